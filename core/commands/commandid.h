// SPDX-License-Identifier: MPL-2.0
#pragma once

namespace Akademiplan {

// The ids QUndoCommand::id() returns: commands with the same id may merge.
enum class CommandId { NoMerge = -1, FieldEdit = 1 };

} // namespace Akademiplan
