// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Akademiplan {

struct Participant;

// The names of the files each person's schedule is written to, the same on every run for the
// same people (docs/schedules.md): the person's name in plain letters, digits and hyphens
// ("Søren Ærø-Holm" becomes "Soeren-Aeroe-Holm", as Danish writes æ, ø and å without them), so
// that a name survives Windows, macOS and Linux, a zip file and an e-mail attachment alike. Where
// two names are the same, as Windows and macOS compare them (in any case), each gets the first
// part of their e-mail address after it ("Anne-Jensen-aj"), and where that is not enough a number.
class ScheduleFileNames
{
public:
    // The longest a name gets before the disambiguator and the extension: well inside every
    // system's limit, and a folder path of 150 characters still leaves Windows room.
    static constexpr int longestName = 60;

    // One name per person, without an extension, in the order given; no two equal in any case.
    static QStringList assign(const std::vector<const Participant *> &people);
    // Letters and digits of the Latin alphabet, everything else a single hyphen between words.
    static QString plain(const QString &text);
    // Whether Windows keeps the name for a device ("CON", "NUL", "COM1" …), with any extension.
    static bool reservedOnWindows(const QString &name);
};

} // namespace Akademiplan
