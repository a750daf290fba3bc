// SPDX-License-Identifier: MPL-2.0
#include "outputdialog.h"

#include "busyindicator.h"
#include "filedialog.h"
#include "participantchooser.h"
#include "pdfoutputactions.h"
#include "workspace.h"

#include "document/document.h"
#include "domain/project.h"
#include "exchange/calendarindex.h"
#include "i18n/displaytext.h"
#include "report/onepager.h"
#include "report/personalschedule.h"
#include "report/runsheet.h"
#include "report/schedulefolder.h"
#include "report/webprogramme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Akademiplan {

OutputDialog::OutputDialog(Kind kind, Workspace *workspace, const OutputOptions &start, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_workspace(workspace)
    , m_scope(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(title());
    const Project &project = workspace->document()->project();
    addScopes(start);
    // A long activity title must not make the dialog wider than a small laptop's screen.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(36);
    m_scope->setAccessibleName(kind == Kind::OnePager || kind == Kind::WebPage ? tr("Academy") : tr("What it covers"));
    // Each language in its own name.
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setAccessibleName(tr("Language"));
    m_summary->setObjectName(QStringLiteral("outputSummary"));
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    if (kind == Kind::Schedules) {
        m_scopeChoice = new QRadioButton(tr("Everyone &enrolled in:"), this);
        m_personChoice = new QRadioButton(tr("&One participant:"), this);
        m_participant = new ParticipantChooser(project, this);
        m_participant->setEnabled(false);
        m_scopeChoice->setChecked(true);
        form->addRow(m_scopeChoice, m_scope);
        form->addRow(m_personChoice, m_participant);
        connect(m_scopeChoice, &QRadioButton::toggled, this, [this](bool scope) {
            m_scope->setEnabled(scope);
            m_participant->setEnabled(!scope);
            if (!scope)
                m_participant->setFocus();
            updateSummary();
        });
        connect(m_participant, &QLineEdit::textChanged, this, &OutputDialog::updateSummary);
    } else {
        form->addRow(kind == Kind::RunSheets ? tr("&Sessions of:") : tr("A&cademy:"), m_scope);
    }
    if (kind == Kind::RunSheets) {
        m_session = new QComboBox(this);
        m_session->setAccessibleName(tr("Session"));
        m_session->setObjectName(QStringLiteral("sessionChoice"));
        form->addRow(tr("S&ession:"), m_session);
        connect(m_scope, &QComboBox::currentIndexChanged, this, &OutputDialog::fillSessions);
        connect(m_session, &QComboBox::currentIndexChanged, this, &OutputDialog::updateSummary);
        fillSessions();
    }
    form->addRow(tr("&Language:"), m_language);
    if (kind == Kind::WebPage) {
        m_withParticipants = new QCheckBox(tr("Name the &people enrolled in each activity (personal data)"), this);
        form->addRow(QString(), m_withParticipants);
    }

    auto *buttons = new QDialogButtonBox(this);
    const bool pdf = kind != Kind::WebPage;
    QPushButton *save = buttons->addButton(kind == Kind::Schedules ? tr("&Save to Folder…")
                                           : pdf                  ? tr("&Save as PDF…")
                                                                  : tr("&Save Web Page…"),
                                           QDialogButtonBox::AcceptRole);
    QPushButton *preview = buttons->addButton(pdf ? tr("Pre&view…") : tr("&Open in Browser"), QDialogButtonBox::ActionRole);
    m_actions = {save, preview};
    if (pdf) {
        QPushButton *print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
        connect(print, &QPushButton::clicked, this, &OutputDialog::print);
        m_actions.append(print);
    }
    buttons->addButton(QDialogButtonBox::Close);
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &OutputDialog::save);
    connect(preview, &QPushButton::clicked, this, &OutputDialog::preview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &OutputDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateSummary();
}

QString OutputDialog::title() const
{
    switch (m_kind) {
    case Kind::OnePager: return tr("One Page for the Council");
    case Kind::RunSheets: return tr("Run Sheets");
    case Kind::Schedules: return tr("Personal Schedules");
    case Kind::WebPage: return tr("Programme as a Web Page");
    }
    return {};
}

void OutputDialog::addScopes(const OutputOptions &start)
{
    const Project &project = m_workspace->document()->project();
    const bool narrower = m_kind == Kind::RunSheets || m_kind == Kind::Schedules;
    const QString indent = QStringLiteral("    ");
    int chosen = 0;
    for (const Academy &academy : project.academies) {
        OutputOptions scope;
        scope.academyId = academy.id;
        if (academy.id == start.academyId)
            chosen = int(m_scopes.size());
        m_scope->addItem(academy.name);
        m_scopes.append(scope);
        if (!narrower)
            continue;
        for (const Track *track : project.tracksOf(academy.id)) {
            OutputOptions trackScope = scope;
            trackScope.trackId = track->id;
            if (track->id == start.trackId)
                chosen = int(m_scopes.size());
            m_scope->addItem(indent + track->name);
            m_scopes.append(trackScope);
            for (const Activity *activity : project.activitiesOf(track->id)) {
                OutputOptions activityScope = trackScope;
                activityScope.activityId = activity->id;
                if (activity->id == start.activityId)
                    chosen = int(m_scopes.size());
                m_scope->addItem(indent + indent + activity->title);
                m_scopes.append(activityScope);
            }
        }
    }
    m_scope->setCurrentIndex(chosen);
}

void OutputDialog::fillSessions()
{
    const Project &project = m_workspace->document()->project();
    const OutputOptions scope = m_scopes.value(m_scope->currentIndex());
    m_session->clear();
    m_session->addItem(tr("All sessions"), 0);
    // One session only within an activity: its dates are what tell them apart.
    if (scope.activityId != 0) {
        std::vector<const Session *> sessions = project.sessionsOf(scope.activityId);
        std::sort(sessions.begin(), sessions.end(), [](const Session *a, const Session *b) {
            return std::tie(a->date, a->startTime) < std::tie(b->date, b->startTime);
        });
        for (const Session *session : sessions)
            m_session->addItem(QStringLiteral("%1 %2, %3")
                                   .arg(DisplayText::weekday(session->date), DisplayText::dayMonthYear(session->date),
                                        DisplayText::timeRange(session->startTime, session->endTime)),
                               session->id);
    }
    m_session->setEnabled(m_session->count() > 1);
}

OutputOptions OutputDialog::options() const
{
    OutputOptions options = m_scopes.value(m_scope->currentIndex());
    if (m_personChoice && m_personChoice->isChecked()) {
        options = OutputOptions();
        options.participantId = m_participant->participantId();
    }
    if (m_session)
        options.sessionId = m_session->currentData().toLongLong();
    options.locale = m_language->currentData().toString() == QLatin1String("en")
                         ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                         : QLocale(QLocale::Danish, QLocale::Denmark);
    options.withParticipants = m_withParticipants && m_withParticipants->isChecked();
    options.nameOrder = m_workspace->nameOrder();
    return options;
}

QList<qint64> OutputDialog::scheduleParticipants() const
{
    const OutputOptions chosen = options();
    if (m_personChoice->isChecked())
        return chosen.participantId != 0 ? QList<qint64>{chosen.participantId} : QList<qint64>();
    QList<qint64> people;
    // Made once: the dialog is modal, so the project does not change while it is open, and at
    // the large size the index is a pass over 100,000 enrolments.
    if (!m_index)
        m_index = std::make_unique<CalendarIndex>(m_workspace->document()->project());
    for (const ScheduleFolder::Person &person : ScheduleFolder::people(*m_index, chosen))
        if (!person.fileName.isEmpty())
            people.append(person.participantId);
    return people;
}

void OutputDialog::updateSummary()
{
    const bool any = !m_scopes.isEmpty();
    bool ready = any;
    if (m_kind == Kind::Schedules) {
        if (m_personChoice->isChecked() && m_participant->participantId() == 0) {
            m_summary->setText(m_participant->problem());
            ready = false;
        } else {
            const qsizetype people = scheduleParticipants().size();
            m_summary->setText(tr("Schedules to write: %1 (a PDF and a calendar file each)").arg(DisplayText::number(people)));
            ready = people > 0;
        }
    } else if (m_kind == Kind::RunSheets) {
        const qsizetype sessions = RunSheet::sessions(m_workspace->document()->project(), options()).size();
        m_summary->setText(tr("Run sheets to write: %1, each session on pages of its own").arg(DisplayText::number(sessions)));
        ready = any && sessions > 0;
    } else {
        m_summary->clear();
        m_summary->hide();
    }
    for (QPushButton *button : std::as_const(m_actions))
        button->setEnabled(ready);
}

OutputDialog::~OutputDialog() = default;

PdfDocument OutputDialog::document() const
{
    const Project &project = m_workspace->document()->project();
    const OutputOptions chosen = options();
    switch (m_kind) {
    case Kind::OnePager: return OnePager::document(project, chosen);
    case Kind::RunSheets: return RunSheet::document(project, chosen);
    case Kind::Schedules: {
        const QList<qint64> people = scheduleParticipants();
        return PersonalSchedule::document(project, people.value(0), chosen);
    }
    case Kind::WebPage: break;
    }
    return {};
}

void OutputDialog::save()
{
    m_workspace->flushPendingEdits();
    if (m_kind == Kind::Schedules) {
        saveSchedules();
        return;
    }
    if (m_kind == Kind::WebPage) {
        saveWebPage();
        return;
    }
    const Project &project = m_workspace->document()->project();
    const QString path = PdfOutputActions::save(
        this, title(), PdfOutputActions::suggestion(m_workspace->document()->filePath(), title(), QStringLiteral("pdf")),
        project, [this] { return document(); });
    if (path.isEmpty())
        return;
    m_writtenPath = path;
    accept();
}

void OutputDialog::preview()
{
    m_workspace->flushPendingEdits();
    if (m_kind == Kind::WebPage) {
        // The page as the intranet's readers will see it, in the browser they have.
        const QString path =
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("akademiplan-preview.html"));
        QString error;
        if (!WebProgramme::write(m_workspace->document()->project(), options(), path, &error)) {
            QMessageBox::warning(this, tr("Cannot Show the Web Page"), error);
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        return;
    }
    PdfOutputActions::preview(this, tr("%1 Preview").arg(title()), m_workspace->document()->project(),
                              [this] { return document(); });
}

void OutputDialog::print()
{
    m_workspace->flushPendingEdits();
    PdfOutputActions::print(this, m_workspace->document()->project(), [this] { return document(); });
}

void OutputDialog::saveSchedules()
{
    const QString documentPath = m_workspace->document()->filePath();
    const QString start = documentPath.isEmpty() ? QString() : QFileInfo(documentPath).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Schedules"), start);
    if (folder.isEmpty())
        return;
    std::vector<Tombstone> removed;
    QString error;
    ScheduleFolder::Written written;
    bool ok = m_workspace->document()->loadTombstones(EntityType::Session, removed, &error);
    if (ok) {
        const BusyIndicator busy(this, tr("Writing the schedules…"));
        ok = ScheduleFolder::write(m_workspace->document()->project(), options(), removed, folder, &written, &error);
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Cannot Save the Schedules"), error);
        return;
    }
    m_writtenPath = written.listPath;
    accept();
}

void OutputDialog::saveWebPage()
{
    QString path = FileDialog::saveFile(
        this, title(), PdfOutputActions::suggestion(m_workspace->document()->filePath(), m_scope->currentText(), QStringLiteral("html")),
        tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".html");
    QString error;
    if (!WebProgramme::write(m_workspace->document()->project(), options(), path, &error)) {
        QMessageBox::warning(this, tr("Cannot Save the Web Page"), error);
        return;
    }
    m_writtenPath = path;
    accept();
}

} // namespace Akademiplan
