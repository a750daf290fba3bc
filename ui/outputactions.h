// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <utility>

class QAction;
class QWidget;

namespace Akademiplan {

class Workspace;

// File › Export's outputs for each audience: each opens its dialog, where the consultant chooses
// what it covers, looks at it and saves it. Made with a workspace and gone with it.
class OutputActions : public QObject
{
    Q_OBJECT

public:
    // `current` gives the row selected in the programme, as (EntityType, id), so that an output
    // starts from what the consultant is looking at.
    OutputActions(Workspace *workspace, std::function<std::pair<int, qint64>()> current, QWidget *window);

    // In the order the Export menu lists them.
    QList<QAction *> actions() const { return m_actions; }
    QAction *invitationAction() const { return m_invitation; }

    void exportInvitation();
    // The one page, run sheets, schedules or web page, in their dialog (an OutputDialog::Kind).
    void exportOutput(int kind);

signals:
    // A file was written that the user may want to open now.
    void exported(const QString &path);

private:
    Workspace *m_workspace;
    std::function<std::pair<int, qint64>()> m_current;
    QWidget *m_window;
    QAction *m_invitation;
    QAction *addOutput(int kind, const QString &text, const QString &name, const QString &tip);
    QList<QAction *> m_actions;
};

} // namespace Akademiplan
