// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QMainWindow>
#include <QStatusBar>
#include <QString>
#include <QWidget>

namespace Akademiplan {

// Tells the user in the window's status bar why a cell edit was not taken (a number that cannot
// be read, a rule it would break): the cell itself simply keeps its old value.
inline void showRefusal(QWidget *widget, const QString &why)
{
    if (auto *mainWindow = qobject_cast<QMainWindow *>(widget->window()))
        mainWindow->statusBar()->showMessage(why, 10000);
}

} // namespace Akademiplan
