// SPDX-License-Identifier: MPL-2.0
// Draws the program's and the project file's icons from their SVG at every size a desktop asks for:
//   akademiplan_icons OUTPUT_FOLDER APP_SVG APP_SMALL_SVG DOCUMENT_SVG
// (APP_SMALL_SVG is the program's icon redrawn on the pixel grid of 16 and 32 px)
// writes OUTPUT_FOLDER/hicolor/NxN/{apps,mimetypes}/*.png for Linux, akademiplan.ico and
// akademiplan-document.ico for Windows, akademiplan.icns and akademiplan-document.icns for macOS.
//
// The .ico and .icns files are written here rather than by icotool, png2icns or iconutil: the
// build has to make them on Windows and macOS, where icoutils and icnsutils do not exist, and on
// Linux, where iconutil does not, with nothing but Qt at hand. Qt's own ICO writer is no help: it
// writes a single picture per file, and Qt has no ICNS writer at all.
#include "iconcontainers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>

#include <cstdio>
#include <cstdlib>

using Akademiplan::Icons::IconPicture;

namespace {

// What the freedesktop icon theme and Windows use; macOS also wants 512 and 1024.
constexpr int themeSizes[] = {16, 24, 32, 48, 64, 128, 256};
constexpr int largeSizes[] = {512, 1024};

// Sizes at which a small drawing, where it exists, replaces the large one.
constexpr int largestSmallSize = 32;

struct Icon
{
    QString svg;
    QString smallSvg;    // for 32 px and less; empty where the SVG suits every size
    QString themeFolder; // apps or mimetypes
    QString themeName;   // the name of the PNG in the theme
    QString fileName;    // the .ico and .icns without extension
};

void fail(const QString &message)
{
    std::fprintf(stderr, "akademiplan_icons: %s\n", qPrintable(message));
    std::exit(1);
}

// Each size is drawn from the SVG, not scaled down from a larger picture, so that edges placed on
// whole pixels of the small sizes stay sharp.
IconPicture render(const QString &svg, int size)
{
    QImageReader reader(svg);
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull())
        fail(QStringLiteral("cannot draw %1 (%2); Qt's SVG image plugin is needed (Debian: libqt6svg6)")
                 .arg(svg, reader.errorString()));
    IconPicture picture;
    picture.size = size;
    QBuffer buffer(&picture.png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG"))
        fail(QStringLiteral("cannot compress the %1 px picture of %2 as PNG").arg(size).arg(svg));
    return picture;
}

void write(const QString &path, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        fail(QStringLiteral("cannot make the folder of %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

void makeIcon(const QString &output, const Icon &icon)
{
    QList<IconPicture> themePictures;
    for (const int size : themeSizes) {
        const bool small = size <= largestSmallSize && !icon.smallSvg.isEmpty();
        themePictures.append(render(small ? icon.smallSvg : icon.svg, size));
        write(QStringLiteral("%1/hicolor/%2x%2/%3/%4.png").arg(output).arg(size).arg(icon.themeFolder, icon.themeName),
              themePictures.constLast().png);
    }
    write(QStringLiteral("%1/%2.ico").arg(output, icon.fileName), Akademiplan::Icons::icoFile(themePictures));

    QList<IconPicture> allPictures = themePictures;
    for (const int size : largeSizes)
        allPictures.append(render(icon.svg, size));
    write(QStringLiteral("%1/%2.icns").arg(output, icon.fileName), Akademiplan::Icons::icnsFile(allPictures));
}

} // namespace

int main(int argc, char **argv)
{
    // The application object tells Qt where to look for its image plugins; nothing is shown.
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5)
        fail(QStringLiteral("usage: akademiplan_icons OUTPUT_FOLDER APP_SVG APP_SMALL_SVG DOCUMENT_SVG"));
    const QString output = arguments.at(1);
    makeIcon(output, {arguments.at(2), arguments.at(3), QStringLiteral("apps"),
                      QStringLiteral("dk.akademiplan.Akademiplan"), QStringLiteral("akademiplan")});
    makeIcon(output, {arguments.at(4), QString(), QStringLiteral("mimetypes"),
                      QStringLiteral("application-x-akademiplan"), QStringLiteral("akademiplan-document")});
    return 0;
}
