// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planwarning.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace Akademiplan {

class Document;

// Keeps the planning warnings of an open document current for the window: after an edit it checks
// a snapshot of the project on a worker thread (the window never waits for it), and announces the
// new warnings when they are ready. Edits that come in quick succession are checked once.
class PlanChecker : public QObject
{
    Q_OBJECT

public:
    explicit PlanChecker(Document &document, QObject *parent = nullptr);
    ~PlanChecker() override;

    const PlanWarnings &warnings() const { return m_warnings; }
    // The warnings about an item or that concern it (e.g. both sessions of an overlap).
    std::vector<const PlanWarning *> warningsConcerning(const QUuid &uuid) const;
    // The worst severity among the warnings concerning an item that are not dismissed.
    std::optional<PlanWarning::Severity> worstConcerning(const QUuid &uuid) const;
    // Counts of the warnings that are not dismissed.
    int count(PlanWarning::Severity severity) const;

    // Checks at once, on the calling thread, and announces the result (tests).
    void checkNow();
    // Checks on the worker thread without waiting for edits to settle (after opening).
    void checkInBackground();
    // True while a check has been asked for and its result is not in yet.
    bool isPending() const;

signals:
    // Around each new result, which replaces the warnings as a whole.
    void warningsAboutToChange();
    void warningsChanged();

private:
    void schedule();
    void take(PlanWarnings warnings);

    Document &m_document;
    QTimer m_delay;
    PlanWarnings m_warnings;
    QHash<QUuid, std::vector<qsizetype>> m_byUuid;
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace Akademiplan
