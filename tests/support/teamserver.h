// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "postgrescluster.h"
#include "server/serveraddress.h"
#include "testfiles.h"

#include <QUuid>

#include <functional>
#include <memory>

namespace Akademiplan::Test {

// A team server of the test's own with Akademiplan's schema and Silkeborg's example project on
// it, published by Anna. Anna and Lene are consultants for Silkeborg (740), Birgit is of its
// steering group.
struct TeamServer
{
    PostgresCluster server;
    TempFolder folder;
    QUuid project;

    TeamServer();
    // Where the project is, as `user` reaches it.
    ServerAddress address(const QString &user) const;
    // Sets up Akademiplan's schema on a server as its administrator; fails the test if it cannot.
    static void setUpSchema(const PostgresCluster &server);
};

// A window's document on the team server's project, as `user` opens it; fails the test when it
// cannot be opened.
std::unique_ptr<Document> openAs(const TeamServer &team, const QString &user);

// Lets the event loop run, as a window's does, until `done` or the time is up; whether it is done.
bool waitFor(const std::function<bool()> &done, int milliseconds = 5000);

// How many projects a server holds, as its administrator counts them.
int projectsOn(const PostgresCluster &server);

} // namespace Akademiplan::Test
