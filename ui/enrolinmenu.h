// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QList>
#include <QMenu>

#include <functional>

namespace Akademiplan {

class Workspace;

// "Enrol In ▸": the project's tracks and their activities, each track a submenu, to enrol the
// people `people` gives in the one chosen; `owner` is the window that says how it went. Filled as
// it opens, so it always shows the programme as it is; with several academies each has a submenu
// of its own.
class EnrolInMenu : public QMenu
{
    Q_OBJECT

public:
    EnrolInMenu(Workspace *workspace, QWidget *owner, std::function<QList<qint64>()> people,
                QWidget *parent = nullptr);

private:
    void fill();
    void addTracks(QMenu *menu, qint64 academyId);

    Workspace *m_workspace;
    QWidget *m_owner;
    std::function<QList<qint64>()> m_people;
};

} // namespace Akademiplan
