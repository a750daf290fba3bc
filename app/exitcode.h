// SPDX-License-Identifier: MPL-2.0
#pragma once

namespace Akademiplan {

// The command line's exit codes, as documented in the README and --help.
enum ExitCode {
    ExitSuccess = 0,
    ExitUsage = 1,        // wrong usage
    ExitFileUnusable = 2, // missing, not a project file, damaged, newer version, locked
    ExitInputRejected = 3 // e.g. an unknown municipality code
};

} // namespace Akademiplan
