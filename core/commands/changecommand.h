// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "commandid.h"
#include "domain/changeset.h"

#include <QUndoCommand>

namespace Akademiplan {

class Document;

// The one undo command: it holds a change set that has already been applied once, undoes it
// by applying the inverse and redoes it by applying it again. Consecutive edits of the same
// field of the same row merge into one step, and a step that ends where it began disappears.
class ChangeCommand : public QUndoCommand
{
public:
    // mergeKey names the field for an edit that may merge with the next; empty for no merging.
    ChangeCommand(Document *document, const QString &text, ChangeSet changes, const QString &mergeKey = QString());

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    ChangeSet m_changes;
    QString m_mergeKey;
    bool m_appliedByEditor = true;
};

} // namespace Akademiplan
