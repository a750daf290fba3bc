// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Akademiplan {

class Document;
struct CopyComparison;

// The command line's side of a returned copy: --compare prints the differences as JSON, --merge
// takes a copy in.
class RoundTripCommands
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::RoundTripCommands)

public:
    static int compare(const QString &theirPath, const QString &projectPath);
    // `prefer` is "mine", "theirs" or empty: without it, any conflict refuses the merge.
    static int merge(const QString &theirPath, const QString &projectPath, const QString &prefer);

private:
    // The project opened and compared with the copy; null, with the reason printed, when either
    // cannot be used.
    static std::unique_ptr<Document> openAndCompare(const QString &theirPath, const QString &projectPath,
                                                    bool forEditing, CopyComparison &comparison);
};

} // namespace Akademiplan
