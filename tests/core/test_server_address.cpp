// SPDX-License-Identifier: MPL-2.0
// A team server's address as libpq writes it, read as a consultant or an IT department would
// type it, and shown again without its password.
#include "catch.h"
#include "server/serveraddress.h"

using namespace Akademiplan;

TEST_CASE("a server address is read in libpq's URI forms, a socket folder included", "[server]")
{
    QString error;
    const auto tcp = ServerAddress::parse(QStringLiteral("postgresql://anna:hemmelig@db.aarhus.dk:6543/akademiplan"), &error);
    REQUIRE(tcp);
    CHECK(tcp->host == QStringLiteral("db.aarhus.dk"));
    CHECK(tcp->port == 6543);
    CHECK(tcp->database == QStringLiteral("akademiplan"));
    CHECK(tcp->user == QStringLiteral("anna"));
    CHECK(tcp->password == QStringLiteral("hemmelig"));
    CHECK(tcp->shown() == QStringLiteral("postgresql://anna@db.aarhus.dk:6543/akademiplan"));

    const auto plain = ServerAddress::parse(QStringLiteral("postgres://server/plan"), &error);
    REQUIRE(plain);
    CHECK(plain->port == 5432);
    CHECK(plain->user.isEmpty());

    const auto socket = ServerAddress::parse(
        QStringLiteral("postgresql://s%C3%B8ren@/akademiplan?host=%2Fvar%2Frun%2Fpostgresql&port=5433"), &error);
    REQUIRE(socket);
    CHECK(socket->host == QStringLiteral("/var/run/postgresql"));
    CHECK(socket->port == 5433);
    CHECK(socket->user == QStringLiteral("søren"));
    INFO(socket->shown().toStdString());
    CHECK(socket->shown() == QStringLiteral("postgresql://søren@/akademiplan?host=/var/run/postgresql&port=5433"));
    CHECK(ServerAddress::parse(socket->shown(), &error)->host == QStringLiteral("/var/run/postgresql"));
}

TEST_CASE("an address that is not a server's says what is wrong", "[server]")
{
    QString error;
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("https://db.aarhus.dk/akademiplan"), &error));
    CHECK(error.contains(QStringLiteral("is not a server address")));
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://db.aarhus.dk"), &error));
    CHECK(error.contains(QStringLiteral("names no database")));
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://db/plan?port=høj"), &error));
    CHECK(error.contains(QStringLiteral("is not a port number")));
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://db/plan?sslcert=x.pem"), &error));
    CHECK(error.contains(QStringLiteral("does not know: sslcert")));
}
