// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan {

// The name a save is recorded under when the consultant has not chosen one.
class AuthorName
{
public:
    // The full name the system knows for the user ("Mette Kristensen"), else the login name.
    static QString fromSystem();
};

} // namespace Akademiplan
