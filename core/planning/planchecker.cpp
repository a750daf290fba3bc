// SPDX-License-Identifier: MPL-2.0
#include "planchecker.h"

#include "plancheck.h"

#include "document/document.h"

#include <QPointer>
#include <QThread>

namespace Akademiplan {

namespace {

// Long enough that typing in a form or a burst of undo checks once, short enough that the
// warnings follow an edit without a noticeable wait.
constexpr int settleMilliseconds = 150;

} // namespace

// A check in progress: the thread works on its own copy of the project, so the document can go
// on changing meanwhile; a change during the check asks for one more when it is done.
struct PlanChecker::Worker
{
    std::unique_ptr<QThread> thread;
    PlanWarnings result;
    bool again = false;
};

PlanChecker::PlanChecker(Document &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(settleMilliseconds);
    connect(&m_delay, &QTimer::timeout, this, &PlanChecker::checkInBackground);
    connect(&document, &Document::changesApplied, this, &PlanChecker::schedule);
    connect(&document, &Document::rowsReset, this, &PlanChecker::schedule);
}

PlanChecker::~PlanChecker()
{
    if (m_worker && m_worker->thread) {
        m_worker->thread->disconnect(this);
        m_worker->thread->wait();
    }
}

void PlanChecker::schedule()
{
    m_delay.start();
}

bool PlanChecker::isPending() const
{
    return m_delay.isActive() || (m_worker && m_worker->thread);
}

void PlanChecker::checkInBackground()
{
    if (m_worker && m_worker->thread) {
        m_worker->again = true;
        return;
    }
    if (!m_worker)
        m_worker = std::make_unique<Worker>();
    // The copy costs a few milliseconds even for a large municipality, far less than the check.
    auto snapshot = std::make_shared<Project>(m_document.project());
    Worker *worker = m_worker.get();
    worker->thread.reset(QThread::create([worker, snapshot] { worker->result = PlanCheck::run(*snapshot); }));
    connect(worker->thread.get(), &QThread::finished, this, [this, worker] {
        worker->thread.reset();
        take(std::move(worker->result));
        if (std::exchange(worker->again, false))
            checkInBackground();
    });
    worker->thread->start(QThread::LowPriority);
}

void PlanChecker::checkNow()
{
    m_delay.stop();
    if (m_worker && m_worker->thread) {
        m_worker->thread->disconnect(this);
        m_worker->thread->wait();
        m_worker->thread.reset();
        m_worker->again = false;
    }
    take(PlanCheck::run(m_document.project()));
}

void PlanChecker::take(PlanWarnings warnings)
{
    emit warningsAboutToChange();
    m_warnings = std::move(warnings);
    m_byUuid.clear();
    for (qsizetype position = 0; position < qsizetype(m_warnings.size()); ++position) {
        const PlanWarning &warning = m_warnings[std::size_t(position)];
        m_byUuid[warning.subjectUuid].push_back(position);
        for (const QUuid &uuid : warning.related)
            if (uuid != warning.subjectUuid)
                m_byUuid[uuid].push_back(position);
    }
    emit warningsChanged();
}

std::vector<const PlanWarning *> PlanChecker::warningsConcerning(const QUuid &uuid) const
{
    std::vector<const PlanWarning *> result;
    for (qsizetype position : m_byUuid.value(uuid))
        result.push_back(&m_warnings[std::size_t(position)]);
    return result;
}

std::optional<PlanWarning::Severity> PlanChecker::worstConcerning(const QUuid &uuid) const
{
    std::optional<PlanWarning::Severity> worst;
    for (const PlanWarning *warning : warningsConcerning(uuid))
        if (!warning->dismissed && (!worst || warning->severity < *worst))
            worst = warning->severity;
    return worst;
}

int PlanChecker::count(PlanWarning::Severity severity) const
{
    return PlanCheck::countOf(m_warnings, severity);
}

} // namespace Akademiplan
