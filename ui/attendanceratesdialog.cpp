// SPDX-License-Identifier: MPL-2.0
#include "attendanceratesdialog.h"

#include "domain/domainlabels.h"
#include "domain/project.h"
#include "i18n/displaytext.h"
#include "planning/attendancerates.h"
#include "screenfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

enum Column { What, Rate, Present, Expected, Absent, Excused, Sessions, ColumnCount };

QTreeWidget *newTree(const QString &first, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(ColumnCount);
    tree->setHeaderLabels({first, AttendanceRatesDialog::tr("Attendance"), AttendanceRatesDialog::tr("Present"),
                           AttendanceRatesDialog::tr("Expected"), AttendanceRatesDialog::tr("Absent"),
                           AttendanceRatesDialog::tr("Excused"), AttendanceRatesDialog::tr("Sessions recorded")});
    tree->setAlternatingRowColors(true);
    tree->setRootIsDecorated(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    for (int column = Rate; column < ColumnCount; ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return tree;
}

QTreeWidgetItem *row(const QString &what, const AttendanceTally &tally)
{
    const QLocale locale;
    auto *item = new QTreeWidgetItem;
    item->setText(What, what);
    const std::optional<double> rate = tally.rate();
    item->setText(Rate, !tally.isRecorded() ? AttendanceRatesDialog::tr("not recorded")
                        : rate            ? DisplayText::percent(*rate)
                                          : QStringLiteral("–"));
    if (tally.isRecorded()) {
        item->setText(Present, locale.toString(tally.present));
        item->setText(Expected, locale.toString(tally.expected));
        item->setText(Absent, locale.toString(tally.absent));
        item->setText(Excused, locale.toString(tally.excused));
        item->setText(Sessions, locale.toString(tally.recordedSessions));
    }
    for (int column = Rate; column < ColumnCount; ++column)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AttendanceRatesDialog::AttendanceRatesDialog(const Project &project, qint64 academyId, QWidget *parent)
    : QDialog(parent)
    , m_programme(newTree(tr("Track and activity"), this))
    , m_roles(newTree(tr("Role"), this))
{
    const Academy *academy = project.academies.find(academyId);
    setWindowTitle(tr("Attendance Rates: %1").arg(academy ? academy->name : QString()));
    m_programme->setObjectName(QStringLiteral("programmeRates"));
    m_roles->setObjectName(QStringLiteral("roleRates"));
    m_roles->setRootIsDecorated(false);

    const AttendanceRates rates(project);
    QTreeWidgetItem *top = row(academy ? academy->name : QString(), rates.ofAcademy(academyId));
    m_programme->addTopLevelItem(top);
    for (const Track *track : project.tracksOf(academyId)) {
        QTreeWidgetItem *trackRow = row(track->name, rates.ofTrack(track->id));
        top->addChild(trackRow);
        for (const Activity *activity : project.activitiesOf(track->id))
            trackRow->addChild(row(activity->title, rates.ofActivity(activity->id)));
    }
    m_programme->expandAll();
    for (const ParticipantRole role : {ParticipantRole::Employee, ParticipantRole::Manager, ParticipantRole::Politician,
                                       ParticipantRole::KeyPerson, ParticipantRole::ExternalPartner})
        m_roles->addTopLevelItem(row(DomainLabels::plural(role), rates.ofRole(academyId, role)));

    auto *explanation = new QLabel(tr("The share of those enrolled in an activity who came, over the sessions "
                                      "where attendance is recorded. Sessions without any record count for "
                                      "nothing yet."),
                                   this);
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_programme, 3);
    layout->addWidget(m_roles, 1);
    layout->addWidget(buttons);
    resize(fittedToScreen(this, QSize(900, 640)));
}

} // namespace Akademiplan
