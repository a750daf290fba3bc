// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace Akademiplan::Bench {

// A window's large steps on a project on the team server: a project of a size (or a file) is
// published and opened as a document, as File › Connect to Server… opens it; then the track with
// the most enrolments is removed and brought back, an activity renamed and a revision saved.
// Each step is timed until the server holds it (the document's writes finished). Beside it, the
// raw limit: one bare UPDATE of as many rows, by the same user through the same policies.
class ServerSteps
{
public:
    struct Options
    {
        QString uri;  // a user who may publish and edit the project's municipality's projects
        QString size; // S, L or XL, when no file is given
        QString file;
    };

    static bool run(const Options &options, QJsonObject *report, QString *error);
    static QString table(const QJsonObject &report);
};

} // namespace Akademiplan::Bench
