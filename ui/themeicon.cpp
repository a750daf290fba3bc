// SPDX-License-Identifier: MPL-2.0
#include "themeicon.h"

namespace Akademiplan {

QIcon themeIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace Akademiplan
