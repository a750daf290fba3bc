// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "catch.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "testfiles.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTimer>

#include <functional>

namespace Akademiplan::Test {

// The main window with the example project open in a temporary folder, shown: what most tests of
// the window start from.
struct OpenWindow
{
    TempFolder folder;
    QString path;
    MainWindow window;

    explicit OpenWindow(const QString &fileName = QStringLiteral("aarhus.akademi"))
        : path(makeProjectFile(folder, fileName, true))
    {
        REQUIRE(window.fileActions()->openFile(path));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

// The visible widget of a type a screen reader knows by this name.
template <typename Widget>
Widget *byAccessibleName(QWidget *parent, const QString &name)
{
    for (Widget *widget : parent->findChildren<Widget *>())
        if (widget->accessibleName() == name && widget->isVisible())
            return widget;
    FAIL("no visible widget named " << name.toStdString());
    return nullptr;
}

// The visible widget of a type with this object name: the track's and the activity's forms both
// hold an enrolments table, and only the one on screen counts.
template <typename Widget>
Widget *visibleNamed(QWidget *parent, const QString &name)
{
    for (Widget *widget : parent->findChildren<Widget *>(name))
        if (widget->isVisible())
            return widget;
    FAIL("no visible widget named " << name.toStdString());
    return nullptr;
}

// Calls `handle` with the next popup or modal window as soon as one is open, until it returns
// true; a test that expects one checks what `handle` saw, so a window that never comes fails there.
inline void whenOpen(const std::function<bool(QWidget *)> &handle)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
        QWidget *open = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                          : QApplication::activeModalWidget();
        if (open && handle(open))
            poll->deleteLater();
    });
    poll->start(10);
    QTimer::singleShot(3000, poll, &QObject::deleteLater);
}

// The visible labels under `parent` whose text has a mnemonic ("&Name:") but no field to take the
// cursor to: Qt shows such a label's "&" as text, and Alt with the letter does nothing.
inline QStringList mnemonicsWithoutField(QWidget *parent)
{
    QStringList lonely;
    for (QLabel *label : parent->findChildren<QLabel *>()) {
        const QString text = QString(label->text()).remove(QStringLiteral("&&"));
        if (label->isVisible() && text.contains(QLatin1Char('&')) && label->textFormat() != Qt::RichText
            && !label->buddy())
            lonely.append(label->text());
    }
    return lonely;
}

} // namespace Akademiplan::Test
