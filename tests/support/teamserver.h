// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "postgrescluster.h"
#include "server/serveraddress.h"
#include "testfiles.h"

#include <QUuid>

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

} // namespace Akademiplan::Test
