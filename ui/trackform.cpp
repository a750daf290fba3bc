// SPDX-License-Identifier: MPL-2.0
#include "trackform.h"

#include "domain/domainlabels.h"
#include "enrolmentpanel.h"
#include "partnerline.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Akademiplan {

namespace {

constexpr ParticipantRole allRoles[] = {ParticipantRole::Employee, ParticipantRole::Manager,
                                        ParticipantRole::Politician, ParticipantRole::KeyPerson,
                                        ParticipantRole::ExternalPartner};

} // namespace

TrackForm::TrackForm(Workspace *workspace, QWidget *parent)
    : EntityForm(workspace, EntityType::Track, parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_targetGroup(new QLineEdit(this))
    , m_goal(new QPlainTextEdit(this))
    , m_colour(new QPushButton(this))
    , m_enrolments(new EnrolmentPanel(workspace, this))
    , m_partners(new PartnerLine(workspace, this))
{
    for (TrackKind kind : {TrackKind::InnovationNetwork, TrackKind::LeadershipInnovators,
                           TrackKind::PoliticalInnovators, TrackKind::OrganisationalInnovation, TrackKind::Custom})
        m_kind->addItem(DomainLabels::label(kind), int(kind));
    auto *roles = new QHBoxLayout;
    for (ParticipantRole role : allRoles) {
        auto *box = new QCheckBox(DomainLabels::plural(role), this);
        m_roles.append(box);
        roles->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            commit<Track>(QString(), [&](Track &t) {
                t.targetRoles.clear();
                for (qsizetype i = 0; i < m_roles.size(); ++i)
                    if (m_roles.at(i)->isChecked())
                        t.targetRoles.append(allRoles[i]);
            });
        });
    }
    roles->addStretch();
    m_goal->setTabChangesFocus(true);
    setLines(m_goal, 3);
    m_colour->setAccessibleName(tr("Track colour"));
    m_colour->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *heading = new QLabel(tr("Track"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    form()->addRow(withWarnings(heading));
    form()->addRow(tr("&Name:"), m_name);
    // The colour beside the kind, so that the fields leave the participants room on a laptop.
    auto *kindAndColour = new QHBoxLayout;
    auto *colourLabel = new QLabel(tr("C&olour:"), this);
    colourLabel->setBuddy(m_colour);
    kindAndColour->addWidget(m_kind);
    kindAndColour->addSpacing(colourLabel->fontMetrics().height());
    kindAndColour->addWidget(colourLabel);
    kindAndColour->addWidget(m_colour);
    kindAndColour->addStretch();
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form()->addRow(kindLabel, kindAndColour);
    form()->addRow(tr("&Target group:"), m_targetGroup);
    form()->addRow(tr("Covers:"), roles);
    form()->addRow(tr("&Goal:"), m_goal);
    form()->addRow(tr("Partners:"), m_partners);
    setSections(m_enrolments);

    m_name->setAccessibleName(tr("Track name"));
    m_kind->setAccessibleName(tr("Track kind"));
    m_targetGroup->setAccessibleName(tr("Target group"));
    m_goal->setAccessibleName(tr("Goal"));

    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { commit<Track>(QStringLiteral("name"), [&](Track &t) { t.name = text; }); });
    connect(m_targetGroup, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit<Track>(QStringLiteral("targetGroup"), [&](Track &t) { t.targetGroup = text; });
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        commit<Track>(QString(), [&](Track &t) { t.kind = TrackKind(m_kind->currentData().toInt()); });
    });
    connect(m_goal, &QPlainTextEdit::textChanged, this, [this] {
        commit<Track>(QStringLiteral("goal"), [&](Track &t) { t.goal = m_goal->toPlainText(); });
    });
    connect(m_colour, &QPushButton::clicked, this, &TrackForm::chooseColour);
}

void TrackForm::chooseColour()
{
    const Track *track = project().tracks.find(entityId());
    if (!track)
        return;
    const QColor colour = QColorDialog::getColor(track->colour, this, tr("Track Colour"));
    if (colour.isValid())
        commit<Track>(QString(), [&](Track &t) { t.colour = colour; });
}

void TrackForm::load()
{
    const Track *track = project().tracks.find(entityId());
    if (!track)
        return;
    if (m_name->text() != track->name)
        m_name->setText(track->name);
    if (m_targetGroup->text() != track->targetGroup)
        m_targetGroup->setText(track->targetGroup);
    m_kind->setCurrentIndex(m_kind->findData(int(track->kind)));
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        m_roles.at(i)->setChecked(track->targetRoles.contains(allRoles[i]));
    if (m_goal->toPlainText() != track->goal)
        m_goal->setPlainText(track->goal);
    // A swatch of the colour and a word, not its code: "#d55e00" says nothing to a consultant.
    const qreal scale = m_colour->devicePixelRatioF();
    QPixmap swatch(QSize(28, 16) * scale);
    swatch.setDevicePixelRatio(scale);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(track->colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 27, 15), 3, 3);
    painter.end();
    m_colour->setIcon(QIcon(swatch));
    m_colour->setIconSize(QSize(28, 16));
    m_colour->setText(tr("Change…"));
    m_colour->setToolTip(tr("The track's colour in the timeline and the plan (%1)").arg(track->colour.name()));
    m_enrolments->showTrack(track->id);
    m_partners->showTrack(track->id);
}

} // namespace Akademiplan
