// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QSize>

class QWidget;

namespace Akademiplan {

// `preferred`, but no larger than the screen the widget is on leaves room for with its frame: a
// window or dialog opened on a small laptop screen (1024×640) must not start with its buttons or
// its status bar beyond the screen's edge.
QSize fittedToScreen(const QWidget *widget, const QSize &preferred);

} // namespace Akademiplan
