// SPDX-License-Identifier: MPL-2.0
#include "screenfit.h"

#include <QScreen>
#include <QWidget>

namespace Akademiplan {

QSize fittedToScreen(const QWidget *widget, const QSize &preferred)
{
    const QScreen *screen = widget->screen();
    if (!screen)
        return preferred;
    const QSize frame(16, 48); // a title bar and borders, before the window manager has said
    return preferred.boundedTo(screen->availableGeometry().size() - frame);
}

} // namespace Akademiplan
