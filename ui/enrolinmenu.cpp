// SPDX-License-Identifier: MPL-2.0
#include "enrolinmenu.h"

#include "document/document.h"
#include "enrolmentpanel.h"
#include "workspace.h"

namespace Akademiplan {

namespace {

// A name as a menu entry: an ampersand in it is a letter, not a mnemonic.
QString entry(const QString &name)
{
    return QString(name).replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

EnrolInMenu::EnrolInMenu(Workspace *workspace, QWidget *owner, std::function<QList<qint64>()> people,
                         QWidget *parent)
    : QMenu(tr("&Enrol In"), parent)
    , m_workspace(workspace)
    , m_owner(owner)
    , m_people(std::move(people))
{
    setObjectName(QStringLiteral("enrolInMenu"));
    connect(this, &QMenu::aboutToShow, this, &EnrolInMenu::fill);
}

void EnrolInMenu::fill()
{
    clear();
    const Project &project = m_workspace->document()->project();
    if (project.academies.size() == 1) {
        addTracks(this, project.academies.items().front().id);
    } else {
        for (const Academy &academy : project.academies)
            addTracks(addMenu(entry(academy.name)), academy.id);
    }
    if (isEmpty())
        addAction(tr("No tracks yet"))->setEnabled(false);
}

void EnrolInMenu::addTracks(QMenu *menu, qint64 academyId)
{
    const Project &project = m_workspace->document()->project();
    for (const Track *track : project.tracksOf(academyId)) {
        QMenu *trackMenu = menu->addMenu(entry(track->name));
        const qint64 trackId = track->id;
        trackMenu->addAction(tr("The Whole Track"), this, [this, trackId] {
            EnrolmentPanel::enrol(m_workspace, m_owner, trackId, 0, m_people());
        });
        trackMenu->addSeparator();
        for (const Activity *activity : project.activitiesOf(trackId)) {
            const qint64 activityId = activity->id;
            trackMenu->addAction(entry(activity->title), this, [this, activityId] {
                EnrolmentPanel::enrol(m_workspace, m_owner, 0, activityId, m_people());
            });
        }
    }
}

} // namespace Akademiplan
