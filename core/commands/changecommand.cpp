// SPDX-License-Identifier: MPL-2.0
#include "changecommand.h"

#include "document/document.h"
#include "domain/entitydescription.h"

namespace Akademiplan {

ChangeCommand::ChangeCommand(Document *document, const QString &text, ChangeSet changes, const QString &mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_changes(std::move(changes))
    , m_mergeKey(mergeKey)
{
}

void ChangeCommand::undo()
{
    // The document turns the set round in place, and back again on redo: a removal of a quarter
    // of a million rows needs no second copy of them.
    bool refused = false;
    const QString error = m_document->replay(m_changes, &refused);
    // On a team server: someone else has changed the rows since. The step goes from the stack
    // (Qt deletes a command made obsolete in its undo), and their change stays.
    if (refused)
        setObsolete(true);
    if (!error.isEmpty())
        m_document->reportError(error);
}

void ChangeCommand::redo()
{
    // The editor applies a change before pushing it, so that a rejected change never reaches
    // the stack; the stack's first redo() must then do nothing.
    if (m_appliedByEditor) {
        m_appliedByEditor = false;
        return;
    }
    bool refused = false;
    const QString error = m_document->replay(m_changes, &refused);
    if (refused)
        setObsolete(true);
    if (!error.isEmpty())
        m_document->reportError(error);
}

int ChangeCommand::id() const
{
    return int(m_mergeKey.isEmpty() ? CommandId::NoMerge : CommandId::FieldEdit);
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || m_changes.size() != 1 || next->m_changes.size() != 1)
        return false;
    // The other step is deleted once merged, and its rows may still be being written.
    m_document->finishWriting();
    Change &mine = m_changes.changes().front();
    mine.after = next->m_changes.changes().front().after;
    // Typing a value and typing the old one back leaves nothing to undo. The row keeps its newer
    // modification time and change counter: those never go back.
    if (mine.before && mine.after) {
        const bool unchanged = std::visit(
            [&](const auto &before) {
                return sameFields(before, std::get<std::decay_t<decltype(before)>>(*mine.after));
            },
            *mine.before);
        if (unchanged)
            setObsolete(true);
    }
    return true;
}

} // namespace Akademiplan
