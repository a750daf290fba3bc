// SPDX-License-Identifier: MPL-2.0
#include "partnerline.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace Akademiplan {

namespace {

std::vector<const Partnership *> attachedTo(const Project &project, qint64 trackId, qint64 activityId)
{
    return trackId != 0 ? project.partnershipsOfTrack(trackId) : project.partnershipsOfActivity(activityId);
}

} // namespace

PartnerLine::PartnerLine(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_names(new QLabel(this))
    , m_button(new QToolButton(this))
{
    m_names->setObjectName(QStringLiteral("partnerNames"));
    m_names->setWordWrap(true);
    m_names->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("partnerMenuButton"));
    m_button->setText(tr("&Partners"));
    m_button->setToolTip(tr("Add a partner from the partner register here, or take one off"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_button);
    menu->setObjectName(QStringLiteral("partnerMenu"));
    m_button->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &PartnerLine::fillMenu);
    connect(workspace->document(), &Document::changesApplied, this, &PartnerLine::refresh);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_names, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
}

void PartnerLine::showTrack(qint64 trackId)
{
    m_trackId = trackId;
    m_activityId = 0;
    refresh();
}

void PartnerLine::showActivity(qint64 activityId)
{
    m_trackId = 0;
    m_activityId = activityId;
    refresh();
}

void PartnerLine::refresh()
{
    const Project &project = m_workspace->document()->project();
    QStringList names;
    QStringList notes;
    for (const Partnership *partnership : attachedTo(project, m_trackId, m_activityId)) {
        const Organisation *partner = project.organisations.find(partnership->organisationId);
        if (!partner)
            continue;
        names.append(partner->name);
        notes.append(partnership->note.isEmpty() ? partner->name
                                                 : tr("%1: %2", "partner: what it does here").arg(partner->name,
                                                                                                  partnership->note));
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    QString text = names.isEmpty() ? tr("No partners") : names.join(QLatin1String(", "));
    // An activity's track may have partners of its own, which take part in the activity too.
    if (const Activity *activity = project.activities.find(m_activityId)) {
        QStringList trackPartners;
        for (const Partnership *partnership : project.partnershipsOfTrack(activity->trackId))
            if (const Organisation *partner = project.organisations.find(partnership->organisationId))
                trackPartners.append(partner->name);
        if (!trackPartners.isEmpty())
            text += QStringLiteral(" · ") + tr("with the whole track: %1").arg(trackPartners.join(QLatin1String(", ")));
    }
    m_names->setText(text);
    m_names->setToolTip(notes.join(QLatin1Char('\n')));
    m_button->setEnabled(!m_workspace->document()->isReadOnly());
}

void PartnerLine::fillMenu()
{
    QMenu *menu = m_button->menu();
    menu->clear();
    const Project &project = m_workspace->document()->project();
    const auto attached = attachedTo(project, m_trackId, m_activityId);
    std::vector<const Organisation *> available;
    bool anyPartner = false;
    for (const Organisation &organisation : project.organisations) {
        if (!organisation.isPartner())
            continue;
        anyPartner = true;
        if (std::none_of(attached.begin(), attached.end(), [&](const Partnership *partnership) {
                return partnership->organisationId == organisation.id;
            }))
            available.push_back(&organisation);
    }
    std::sort(available.begin(), available.end(), [](const Organisation *a, const Organisation *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    menu->addSection(tr("Add"));
    for (const Organisation *partner : available) {
        const qint64 id = partner->id;
        menu->addAction(partner->name, this,
                        [this, id] { m_workspace->editor()->attachPartner(id, m_trackId, m_activityId); });
    }
    if (available.empty())
        menu->addAction(anyPartner ? tr("Every partner is here already")
                                   : tr("No partners yet: add them in the Partners tab"))
            ->setEnabled(false);
    if (!attached.empty()) {
        menu->addSection(tr("Take Off"));
        for (const Partnership *partnership : attached) {
            const Organisation *partner = project.organisations.find(partnership->organisationId);
            const qint64 id = partnership->id;
            menu->addAction(partner ? partner->name : QString(), this,
                            [this, id] { m_workspace->editor()->detachPartner(id); });
        }
    }
}

} // namespace Akademiplan
