// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "changecommand.h"
#include "storage/revisionnote.h"

namespace Akademiplan {

// A merge of a returned copy: its rows change like any edit, and while the step is done the
// document takes the copy in, so that the next save records it; undone, the record goes too.
class MergeCommand : public ChangeCommand
{
public:
    MergeCommand(Document *document, const QString &text, ChangeSet changes, TakenInCopy takenIn);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    TakenInCopy m_takenIn;
};

} // namespace Akademiplan
