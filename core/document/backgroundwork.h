// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <memory>
#include <optional>

namespace Akademiplan {

// Runs long work (reading a whole file, writing a copy of it, laying out a plan) on a thread of
// its own while the calling thread goes on with its events, except user input: a window keeps
// painting and shows its progress, and no click or key can change the document meanwhile. The
// work must not touch objects of the calling thread. Off the application's main thread, or
// without an application, the work simply runs in the caller.
class BackgroundWork
{
public:
    template <typename Function>
    static auto run(Function &&function) -> decltype(function())
    {
        using Result = decltype(function());
        const QCoreApplication *application = QCoreApplication::instance();
        if (!application || QThread::currentThread() != application->thread())
            return function();
        std::optional<Result> result;
        const std::unique_ptr<QThread> thread(QThread::create([&] { result.emplace(function()); }));
        QEventLoop loop;
        QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
        thread->start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        thread->wait();
        return std::move(*result);
    }
};

} // namespace Akademiplan
