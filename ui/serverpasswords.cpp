// SPDX-License-Identifier: MPL-2.0
#include "serverpasswords.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace Akademiplan {

namespace {

const QString service = QStringLiteral("Akademiplan team server");

// The key is the server and the user, as the address shows them without a password.
QString keyOf(const ServerAddress &address)
{
    ServerAddress withoutPassword = address;
    withoutPassword.password.clear();
    return withoutPassword.shown();
}

// QtKeychain's jobs answer by signal, and delete themselves once they have. A dialog waits for
// the answer, but never long: a keyring that does not answer within a few seconds is taken as
// none, and its late answer goes nowhere.
bool run(QKeychain::Job *job, const std::function<void()> &answered)
{
    bool ok = false;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        ok = job->error() == QKeychain::NoError;
        if (ok && answered)
            answered();
        loop.quit();
    });
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return ok;
}

} // namespace

QString ServerPasswords::read(const ServerAddress &address)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(keyOf(address));
    QString password;
    run(job, [&] { password = job->textData(); });
    return password;
}

bool ServerPasswords::keep(const ServerAddress &address, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(keyOf(address));
    job->setTextData(password);
    return run(job, {});
}

void ServerPasswords::forget(const ServerAddress &address)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(keyOf(address));
    run(job, {});
}

} // namespace Akademiplan
