// SPDX-License-Identifier: MPL-2.0
#include "calendarexportdialog.h"

#include "filedialog.h"
#include "participantchooser.h"

#include "document/document.h"
#include "domain/project.h"
#include "i18n/displaytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

} // namespace

CalendarExportDialog::CalendarExportDialog(Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_programmeChoice(new QRadioButton(tr("Sessions in the &programme:"), this))
    , m_participantChoice(new QRadioButton(tr("One p&articipant's own sessions:"), this))
    , m_programme(new QComboBox(this))
    , m_participant(new ParticipantChooser(document.project(), this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Export Calendar"));
    const Project &project = document.project();

    // The programme in its order, as the participant list's export offers it.
    m_programme->addItem(tr("Every session in the project"));
    m_scopes.append(CalendarScope());
    const QString indent = QStringLiteral("    ");
    for (const Academy &academy : project.academies) {
        m_programme->addItem(academy.name);
        m_scopes.append({academy.id, 0, 0, 0});
        for (const Track *track : project.tracksOf(academy.id)) {
            m_programme->addItem(indent + track->name);
            m_scopes.append({0, track->id, 0, 0});
            for (const Activity *activity : project.activitiesOf(track->id)) {
                m_programme->addItem(indent + indent + activity->title);
                m_scopes.append({0, 0, activity->id, 0});
            }
        }
    }
    // The first academy, the calendar most often sent.
    m_programme->setCurrentIndex(m_scopes.size() > 1 ? 1 : 0);
    // A long activity title must not make the dialog wider than a small laptop's screen.
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_programme->setMinimumContentsLength(36);
    m_programme->setAccessibleName(tr("Sessions in the programme"));

    m_participant->setEnabled(false);
    m_programmeChoice->setChecked(true);
    m_summary->setObjectName(QStringLiteral("calendarSummary"));

    auto *choices = new QGridLayout;
    choices->addWidget(m_programmeChoice, 0, 0);
    choices->addWidget(m_programme, 0, 1);
    choices->addWidget(m_participantChoice, 1, 0);
    choices->addWidget(m_participant, 1, 1);
    choices->setColumnStretch(1, 1);

    auto *note = new QLabel(tr("Outlook, Google Calendar and Apple Calendar import the file. Import a later one "
                               "to update the events: a moved session moves, a deleted one is cancelled."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save Calendar…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CalendarExportDialog::exportCalendar);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_programmeChoice, &QRadioButton::toggled, this, [this](bool programme) {
        m_programme->setEnabled(programme);
        m_participant->setEnabled(!programme);
        if (!programme)
            m_participant->setFocus();
        updateSummary();
    });
    connect(m_programme, &QComboBox::currentIndexChanged, this, &CalendarExportDialog::updateSummary);
    connect(m_participant, &QLineEdit::textChanged, this, &CalendarExportDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateSummary();
}

CalendarScope CalendarExportDialog::scope() const
{
    if (m_programmeChoice->isChecked())
        return m_scopes.value(m_programme->currentIndex());
    CalendarScope scope;
    scope.participantId = m_participant->participantId();
    return scope;
}

void CalendarExportDialog::updateSummary()
{
    const CalendarScope chosen = scope();
    if (m_participantChoice->isChecked() && chosen.participantId == 0) {
        m_summary->setText(m_participant->problem());
        m_save->setEnabled(false);
        return;
    }
    const Project &project = m_document.project();
    const QSet<qint64> activities = CalendarExport::activitiesOf(project, chosen);
    int sessions = 0;
    for (const Session &session : project.sessions)
        if (session.date.isValid() && activities.contains(session.activityId))
            ++sessions;
    m_summary->setText(tr("Sessions in the calendar: %1").arg(DisplayText::number(sessions)));
    m_save->setEnabled(true);
}

void CalendarExportDialog::exportCalendar()
{
    const QString documentPath = m_document.filePath();
    const QString folder = documentPath.isEmpty() ? QString() : QFileInfo(documentPath).absolutePath();
    QString name = CalendarExport::name(m_document.project(), scope());
    // A name is a file name here: no folder separators in it.
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    QString path = FileDialog::saveFile(this, tr("Save Calendar"), QDir(folder).filePath(name + QStringLiteral(".ics")),
                                        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    if (writeTo(path)) {
        m_writtenPath = path;
        accept();
    }
}

bool CalendarExportDialog::writeTo(const QString &path)
{
    std::vector<Tombstone> removed;
    QString error;
    const bool written = m_document.loadTombstones(EntityType::Session, removed, &error)
                         && CalendarExport::write(m_document.project(), scope(), removed, path, &error);
    if (!written)
        QMessageBox::warning(this, tr("Cannot Save Calendar"), error);
    return written;
}

} // namespace Akademiplan
