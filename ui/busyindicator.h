// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QPointer>
#include <QProgressDialog>

namespace Akademiplan {

// Says what the program is doing while it opens, saves or exports a large project. It appears
// only when the work takes longer than half a second and goes when it goes out of scope; input
// to the window waits until the work is done. Without steps it is a busy bar; with them it counts.
class BusyIndicator
{
public:
    BusyIndicator(QWidget *window, const QString &what);
    ~BusyIndicator();
    BusyIndicator(const BusyIndicator &) = delete;
    BusyIndicator &operator=(const BusyIndicator &) = delete;

    // How far the work has come; also lets the window paint.
    void setProgress(int done, int total);

    // Runs `work` with an indicator saying `what`, and hands back its result.
    template <typename Work>
    static auto during(QWidget *window, const QString &what, Work &&work) -> decltype(work())
    {
        const BusyIndicator busy(window, what);
        return work();
    }

    static constexpr int showAfterMs = 500;

private:
    QPointer<QProgressDialog> m_dialog;
};

} // namespace Akademiplan
