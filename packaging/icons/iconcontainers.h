// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QList>

namespace Akademiplan::Icons {

// One square picture of an icon, already compressed as PNG.
struct IconPicture
{
    int size = 0;
    QByteArray png;
};

// A Windows icon (.ico) holding every picture as a PNG entry, which Windows reads since Vista.
QByteArray icoFile(const QList<IconPicture> &pictures);

// A macOS icon (.icns) holding the pictures whose size macOS has a PNG entry type for; the others
// are left out. A picture of a size with two types (32 px is 32×32 and 16×16 at double density)
// fills both.
QByteArray icnsFile(const QList<IconPicture> &pictures);

} // namespace Akademiplan::Icons
