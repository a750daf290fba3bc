// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan {

// `akademiplan --drive FILE --seed N`: a seeded, endless run of edits and saves on FILE, for the
// fault test that kills the program at random moments (docs/reliability.md). It first recovers
// the work a killed run left, as the window offers to. Every step is announced on stdout before it
// starts and acknowledged once it is durable, so the test knows what must survive a kill:
//   opened M / recovered M    the highest participant number in the project after starting
//   recovered-read-only M     recovered, but the document's lock could not be taken: it waits
//   editing N / committed N   participant "Fault N" added, and on disk in the working copy
//   renaming N / renamed N    participant "Fault N" renamed, and on disk
//   saving M / saved M        the document saved with participants up to "Fault M"
// Not listed in --help: it is for testing, and it writes to FILE without asking.
class EditDriver
{
public:
    static int run(const QString &path, quint32 seed);
};

} // namespace Akademiplan
