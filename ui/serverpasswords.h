// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "server/serveraddress.h"

#include <QString>

namespace Akademiplan {

// Team server passwords in the system's keyring (the Secret Service on Linux, the Keychain on
// macOS, the Credential Manager on Windows), through QtKeychain. Never in the program's settings
// or any file of its own: where no keyring answers, the password is asked for each time.
class ServerPasswords
{
public:
    // The password kept for this user on this server; empty when none is kept or no keyring
    // answers.
    static QString read(const ServerAddress &address);
    // False when no keyring took it.
    static bool keep(const ServerAddress &address, const QString &password);
    static void forget(const ServerAddress &address);
};

} // namespace Akademiplan
