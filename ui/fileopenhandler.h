// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace Akademiplan {

class MainWindow;

// Opens the project files the desktop asks the running program to open. Finder does not put a
// double-clicked document on the command line: it sends the application a QFileOpenEvent, which
// may come before the window exists (while the program starts) and is then kept until it does.
// Installed as an event filter on the application object.
class FileOpenHandler : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenHandler(QObject *parent = nullptr);

    // From now on files open in this window; a file asked for before is opened now.
    void setWindow(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<MainWindow> m_window;
    QString m_pending; // the last file asked for while there was no window
};

} // namespace Akademiplan
