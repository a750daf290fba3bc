// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan {

// Why a project file cannot be used or written, with a message for the consultant.
struct FileProblem
{
    enum class Kind {
        None,
        Missing,
        NotAFile,
        Unreadable,
        NotSqlite,
        Truncated,
        WriteAheadLog,
        NotAkademiplan,
        Incomplete,
        Damaged,
        ForeignObjects,
        ForeignSchema,
        NewerVersion,
        Locked,
        AlreadyExists,
        ChangedOnDisk,
        ReadOnly,
        NoPath,
        WriteFailed
    };

    Kind kind = Kind::None;
    QString message;

    bool isProblem() const { return kind != Kind::None; }
};

} // namespace Akademiplan
