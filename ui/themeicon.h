// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QIcon>

namespace Akademiplan {

// The desktop's icon for a freedesktop icon name ("document-save"), so that the program looks at
// home on the consultant's desktop; where the desktop's theme has none (Windows, macOS, a bare
// Linux desktop) the bundled icon of that name, drawn in the program's own line style.
QIcon themeIcon(const QString &name);

} // namespace Akademiplan
