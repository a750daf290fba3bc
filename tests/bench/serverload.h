// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace Akademiplan::Bench {

// The team server under load: a project is published, then N simulated consultants, each with
// a connection and a thread of their own, edit it at once for a while, as a window's store does.
// Reports the edits per second, how long an edit takes to reach the other clients (median and
// 99th percentile), the conflicts detected and the edits lost, which must be none: every
// acknowledged edit must be on the server and in every client at the end. Beside it, the raw
// limit: the same UPDATE and NOTIFY as bare transactions from one connection.
class ServerLoad
{
public:
    struct Options
    {
        QString uri;      // a user who may publish and edit projects of Silkeborg (740)
        int clients = 8;
        int seconds = 60;
        int pauseMs = 20; // between one client's edits: a person works, they do not hammer
    };

    static bool run(const Options &options, QJsonObject *report, QString *error);
    static QString table(const QJsonObject &report);
};

} // namespace Akademiplan::Bench
