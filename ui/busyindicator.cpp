// SPDX-License-Identifier: MPL-2.0
#include "busyindicator.h"

#include <QCoreApplication>

namespace Akademiplan {

BusyIndicator::BusyIndicator(QWidget *window, const QString &what)
    : m_dialog(new QProgressDialog(what, QString(), 0, 0, window))
{
    m_dialog->setObjectName(QStringLiteral("busyIndicator"));
    m_dialog->setWindowTitle(QStringLiteral("Akademiplan"));
    // Not modal: a modal progress dialog lets every event through whenever it counts, clicks
    // included. Instead the work lets the window paint and holds back user input until it is done
    // (BackgroundWork, setProgress).
    m_dialog->setWindowModality(Qt::NonModal);
    m_dialog->setMinimumDuration(showAfterMs);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    // Starts the clock: the dialog shows itself once the work has taken longer than that.
    m_dialog->setValue(0);
}

BusyIndicator::~BusyIndicator()
{
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
    }
}

void BusyIndicator::setProgress(int done, int total)
{
    if (!m_dialog)
        return;
    if (m_dialog->maximum() != total)
        m_dialog->setMaximum(total);
    m_dialog->setValue(done);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

} // namespace Akademiplan
