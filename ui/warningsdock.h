// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDockWidget>

class QMainWindow;
class QToolButton;

namespace Akademiplan {

class WarningsPanel;
class Workspace;

// The planning warnings in the window: the panel in a dock, and their count in the status bar,
// which opens the panel when clicked.
class WarningsDock : public QDockWidget
{
    Q_OBJECT

public:
    // Adds itself to the window's right dock area (hidden until asked for) and its count to the
    // window's status bar.
    explicit WarningsDock(QMainWindow *window);

    void setWorkspace(Workspace *workspace);
    WarningsPanel *panel() const { return m_panel; }
    QToolButton *countButton() const { return m_count; }

signals:
    void showRequested(int type, qint64 id);

private:
    void updateCount();

    WarningsPanel *m_panel;
    QToolButton *m_count;
    Workspace *m_workspace = nullptr;
};

} // namespace Akademiplan
