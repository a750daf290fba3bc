// SPDX-License-Identifier: MPL-2.0
#include "mergecommand.h"

#include "document/document.h"

namespace Akademiplan {

MergeCommand::MergeCommand(Document *document, const QString &text, ChangeSet changes, TakenInCopy takenIn)
    : ChangeCommand(document, text, std::move(changes))
    , m_document(document)
    , m_takenIn(std::move(takenIn))
{
}

void MergeCommand::undo()
{
    ChangeCommand::undo();
    m_document->forgetTakenIn(m_takenIn.record.uuid);
}

void MergeCommand::redo()
{
    ChangeCommand::redo();
    m_document->takeIn(m_takenIn);
}

} // namespace Akademiplan
