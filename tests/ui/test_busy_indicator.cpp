// SPDX-License-Identifier: MPL-2.0
// Work that takes longer than half a second says what it is doing; shorter work shows nothing.
#include "busyindicator.h"
#include "catch.h"
#include "document/backgroundwork.h"

#include <QMainWindow>
#include <QProgressDialog>
#include <QTimer>

using namespace Akademiplan;

TEST_CASE("a busy indicator appears only for work longer than half a second, and goes with it", "[ui][background]")
{
    QMainWindow window;
    window.show();
    bool shownDuringWork = false;
    QString label;
    {
        const BusyIndicator busy(&window, QStringLiteral("Opening stor.akademi…"));
        QTimer::singleShot(BusyIndicator::showAfterMs + 250, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("busyIndicator"));
            shownDuringWork = dialog && dialog->isVisible();
            label = dialog ? dialog->labelText() : QString();
        });
        BackgroundWork::run([] {
            QThread::msleep(BusyIndicator::showAfterMs + 500);
            return true;
        });
    }
    CHECK(shownDuringWork);
    CHECK(label == QStringLiteral("Opening stor.akademi…"));
    QCoreApplication::processEvents();
    auto *left = window.findChild<QProgressDialog *>(QStringLiteral("busyIndicator"));
    CHECK((left == nullptr || !left->isVisible()));

    bool shownForQuickWork = false;
    {
        const BusyIndicator busy(&window, QStringLiteral("Saving…"));
        BackgroundWork::run([] {
            QThread::msleep(50);
            return true;
        });
        auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("busyIndicator"));
        shownForQuickWork = dialog && dialog->isVisible();
    }
    CHECK_FALSE(shownForQuickWork);
}
