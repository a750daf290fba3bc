// SPDX-License-Identifier: MPL-2.0
#include "fileopenhandler.h"

#include "mainwindow.h"

#include <QFileOpenEvent>

#include <utility>

namespace Akademiplan {

FileOpenHandler::FileOpenHandler(QObject *parent)
    : QObject(parent)
{
}

void FileOpenHandler::setWindow(MainWindow *window)
{
    m_window = window;
    if (m_window && !m_pending.isEmpty())
        m_window->openFile(std::exchange(m_pending, QString()));
}

bool FileOpenHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    // A URL that is not a local file (file() is then empty) is no project the window can open.
    const QString file = static_cast<QFileOpenEvent *>(event)->file();
    if (file.isEmpty())
        return QObject::eventFilter(watched, event);
    if (m_window)
        m_window->openFile(file);
    else
        m_pending = file;
    return true;
}

} // namespace Akademiplan
