// SPDX-License-Identifier: MPL-2.0
#include "academyform.h"

#include "typeddatefield.h"

#include "domain/domainlabels.h"
#include "domain/municipalityregistry.h"
#include "planning/councilmeetings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>

namespace Akademiplan {

namespace {

TypedDateField *dateField(QWidget *parent)
{
    auto *field = new TypedDateField(TypedDateField::Kind::Date, parent);
    field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 48);
    return field;
}

} // namespace

AcademyForm::AcademyForm(Workspace *workspace, QWidget *parent)
    : EntityForm(workspace, EntityType::Academy, parent)
    , m_name(new QLineEdit(this))
    , m_partnerFilter(new QLineEdit(this))
    , m_partners(new QListWidget(this))
    , m_start(dateField(this))
    , m_end(dateField(this))
    , m_status(new QComboBox(this))
    , m_council(new QComboBox(this))
    , m_meetingWeek(new QComboBox(this))
    , m_meetingDay(new QComboBox(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_focusAreas(new QPlainTextEdit(this))
    , m_consultant(new QLineEdit(this))
{
    for (AcademyStatus status : {AcademyStatus::Draft, AcademyStatus::Agreed, AcademyStatus::Running,
                                 AcademyStatus::Completed})
        m_status->addItem(DomainLabels::label(status), int(status));
    for (CouncilName council : {CouncilName::CityCouncil, CouncilName::MunicipalCouncil, CouncilName::Representatives})
        m_council->addItem(DomainLabels::capitalised(council), int(council));
    m_council->setToolTip(tr("What the municipality's council is called in the plan: byrådet in most municipalities, "
                             "kommunalbestyrelsen where its bylaws say so, Borgerrepræsentationen in København."));
    for (const Municipality &municipality : MunicipalityRegistry::all()) {
        auto *item = new QListWidgetItem(municipality.name, m_partners);
        item->setData(Qt::UserRole, municipality.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_partners->setMaximumHeight(130);
    m_partnerFilter->setPlaceholderText(tr("Find a municipality…"));
    m_partnerFilter->setClearButtonEnabled(true);
    m_purpose->setTabChangesFocus(true);
    m_purpose->setMaximumHeight(110);
    m_focusAreas->setTabChangesFocus(true);
    m_focusAreas->setMaximumHeight(90);
    m_focusAreas->setPlaceholderText(tr("One focus area per line"));

    // When the council meets, for the planning checks: "the last" "Tuesday" of the month.
    m_meetingWeek->addItem(tr("not known"), QString());
    for (const QString &ordinal : CouncilMeetings::ordinals())
        m_meetingWeek->addItem(CouncilMeetings::ordinalLabel(ordinal), ordinal);
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        m_meetingDay->addItem(QLocale().dayName(day), day);
    m_meetingWeek->setObjectName(QStringLiteral("councilMeetingWeek"));
    m_meetingDay->setObjectName(QStringLiteral("councilMeetingDay"));
    m_meetingWeek->setAccessibleName(tr("Which week of the month the council meets"));
    m_meetingDay->setAccessibleName(tr("The weekday the council meets"));
    m_meetingWeek->setToolTip(tr("The planning checks mention politicians' sessions on the council's meeting days "
                                 "(not in July, when councils do not meet)"));
    auto *council = new QHBoxLayout;
    council->addWidget(m_council, 1);
    auto *meets = new QLabel(tr("&meets on"), this);
    meets->setBuddy(m_meetingWeek);
    council->addWidget(meets);
    council->addWidget(m_meetingWeek);
    council->addWidget(m_meetingDay);
    council->addWidget(new QLabel(tr("of the month"), this));

    auto *period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_end);
    period->addStretch();

    auto *heading = new QLabel(tr("Academy"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    form()->addRow(heading);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("Period:"), period);
    form()->addRow(tr("&Status:"), m_status);
    form()->addRow(tr("&Consultant:"), m_consultant);
    // A row whose field is a layout gets no buddy from QFormLayout, and a label without one
    // shows its mnemonic's "&" as text.
    auto *councilLabel = new QLabel(tr("C&ouncil:"), this);
    councilLabel->setBuddy(m_council);
    form()->addRow(councilLabel, council);
    form()->addRow(tr("P&urpose:"), m_purpose);
    form()->addRow(tr("&Focus areas:"), m_focusAreas);
    form()->addRow(tr("Partner &municipalities:"), m_partnerFilter);
    form()->addRow(QString(), m_partners);

    m_name->setAccessibleName(tr("Academy name"));
    m_start->setAccessibleName(tr("Start date"));
    m_end->setAccessibleName(tr("End date"));
    m_status->setAccessibleName(tr("Status"));
    m_consultant->setAccessibleName(tr("Consultant"));
    m_council->setAccessibleName(tr("The council's name"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_focusAreas->setAccessibleName(tr("Strategic focus areas"));
    m_partnerFilter->setAccessibleName(tr("Find a partner municipality"));
    m_partners->setAccessibleName(tr("Partner municipalities"));

    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { commit<Academy>(QStringLiteral("name"), [&](Academy &a) { a.name = text; }); });
    connect(m_consultant, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit<Academy>(QStringLiteral("consultant"), [&](Academy &a) { a.consultant = text; });
    });
    // Stored once the date is typed (Enter or leaving the field) and can be read; a date that
    // cannot stays marked in the field and is not stored.
    connect(m_start, &QLineEdit::editingFinished, this, [this] {
        const QDate date = m_start->date();
        commit<Academy>(QStringLiteral("startDate"), [&](Academy &a) { a.startDate = date; });
    });
    connect(m_end, &QLineEdit::editingFinished, this, [this] {
        const QDate date = m_end->date();
        commit<Academy>(QStringLiteral("endDate"), [&](Academy &a) { a.endDate = date; });
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        commit<Academy>(QString(), [&](Academy &a) { a.status = AcademyStatus(m_status->currentData().toInt()); });
    });
    auto meetingsChanged = [this] {
        m_meetingDay->setEnabled(!m_meetingWeek->currentData().toString().isEmpty());
        commit<Academy>(QString(), [&](Academy &a) {
            a.councilMeetings =
                CouncilMeetings::key(m_meetingWeek->currentData().toString(), m_meetingDay->currentData().toInt());
        });
    };
    connect(m_meetingWeek, &QComboBox::currentIndexChanged, this, meetingsChanged);
    connect(m_meetingDay, &QComboBox::currentIndexChanged, this, meetingsChanged);
    connect(m_council, &QComboBox::currentIndexChanged, this, [this] {
        commit<Academy>(QString(), [&](Academy &a) { a.council = CouncilName(m_council->currentData().toInt()); });
    });
    connect(m_purpose, &QPlainTextEdit::textChanged, this, [this] {
        commit<Academy>(QStringLiteral("purpose"), [&](Academy &a) { a.purpose = m_purpose->toPlainText(); });
    });
    connect(m_focusAreas, &QPlainTextEdit::textChanged, this, [this] {
        commit<Academy>(QStringLiteral("focusAreas"), [&](Academy &a) {
            QStringList areas;
            for (const QString &line : m_focusAreas->toPlainText().split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty())
                    areas.append(line.trimmed());
            a.focusAreas = areas;
        });
    });
    connect(m_partners, &QListWidget::itemChanged, this, [this] {
        commit<Academy>(QString(), [&](Academy &a) {
            a.partnerMunicipalities.clear();
            for (int row = 0; row < m_partners->count(); ++row)
                if (m_partners->item(row)->checkState() == Qt::Checked)
                    a.partnerMunicipalities.append(m_partners->item(row)->data(Qt::UserRole).toInt());
        });
    });
    connect(m_partnerFilter, &QLineEdit::textChanged, this, &AcademyForm::filterPartners);
}

void AcademyForm::filterPartners(const QString &text)
{
    for (int row = 0; row < m_partners->count(); ++row) {
        QListWidgetItem *item = m_partners->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive)
                        && item->checkState() != Qt::Checked);
    }
}

void AcademyForm::load()
{
    const Academy *academy = project().academies.find(entityId());
    if (!academy)
        return;
    if (m_name->text() != academy->name)
        m_name->setText(academy->name);
    if (m_consultant->text() != academy->consultant)
        m_consultant->setText(academy->consultant);
    m_start->setDate(academy->startDate);
    m_end->setDate(academy->endDate);
    m_status->setCurrentIndex(m_status->findData(int(academy->status)));
    m_council->setCurrentIndex(m_council->findData(int(academy->council)));
    m_meetingWeek->setCurrentIndex(m_meetingWeek->findData(CouncilMeetings::ordinalOf(academy->councilMeetings)));
    m_meetingDay->setCurrentIndex(
        std::max(0, m_meetingDay->findData(CouncilMeetings::weekdayOf(academy->councilMeetings))));
    m_meetingDay->setEnabled(!academy->councilMeetings.isEmpty());
    if (m_purpose->toPlainText() != academy->purpose)
        m_purpose->setPlainText(academy->purpose);
    // Lines being typed (or blank) are kept while the areas are the same.
    QStringList shown;
    for (const QString &line : m_focusAreas->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            shown.append(line.trimmed());
    if (shown != academy->focusAreas)
        m_focusAreas->setPlainText(academy->focusAreas.join(QLatin1Char('\n')));
    for (int row = 0; row < m_partners->count(); ++row) {
        QListWidgetItem *item = m_partners->item(row);
        item->setCheckState(academy->partnerMunicipalities.contains(item->data(Qt::UserRole).toInt()) ? Qt::Checked
                                                                                                     : Qt::Unchecked);
    }
    filterPartners(m_partnerFilter->text());
}

} // namespace Akademiplan
