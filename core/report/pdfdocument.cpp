// SPDX-License-Identifier: MPL-2.0
#include "pdfdocument.h"

#include "planlayout.h"
#include "planpdfwriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace Akademiplan {

void PdfDocument::setUpPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

QString PdfDocument::pageNumbering()
{
    return tr("Page %1 of %2");
}

PlanLayout PdfDocument::layoutOn(QPagedPaintDevice *device) const
{
    setUpPage(device);
    return PlanLayout(device, device->logicalDpiX() / 25.4, continuous);
}

std::vector<PlanPage> PdfDocument::layout(QPagedPaintDevice *device) const
{
    return layoutOn(device).layout(blocks);
}

bool PdfDocument::paint(const Project &project, QPagedPaintDevice *device, QString *error, bool turnSideways) const
{
    return paintPages(project, device, layout(device), error, turnSideways);
}

bool PdfDocument::paintPages(const Project &project, QPagedPaintDevice *device, const std::vector<PlanPage> &pages,
                             QString *error, bool turnSideways) const
{
    const PlanLayout planLayout = layoutOn(device);
    if (!PlanPainter(project, academyId, planLayout, running).paint(device, pages, progress, turnSideways)) {
        *error = tr("The document could not be drawn.");
        return false;
    }
    return true;
}

bool PdfDocument::writeTo(const Project &project, QIODevice *device, QString *error) const
{
    QPdfWriter writer(device);
    writer.setResolution(resolution);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Akademiplan %1").arg(QCoreApplication::applicationVersion()));
    if (pdfA) {
        // Qt writes the metadata PDF/A requires, consistent with the document information.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    } else {
        writer.setDocumentXmpMetadata(xmpMetadata());
    }
    PlanLayout planLayout = layoutOn(&writer);
    // Laid out twice, the pages let go as they are done: first to count them for "Page 1 of N"
    // and to see whether any needs a painter, then to write them. A document of thousands of
    // pages is never held whole, and the second pass finds every text measured by the first.
    bool painterNeeded = pdfA;
    const int count = planLayout.layout(blocks, [&painterNeeded](PlanPage &&page) {
        painterNeeded = painterNeeded || !PlanPdfWriter::canWrite(page);
    });
    if (painterNeeded)
        return paintPages(project, &writer, planLayout.layout(blocks), error);
    // The writer only measured: nothing is painted on it, so it writes nothing to `device`.
    PlanPdfWriter pdf(&writer, planLayout, running, device);
    int written = 0;
    planLayout.layout(blocks, [&](PlanPage &&page) {
        pdf.addPage(page, count);
        if (progress)
            progress(++written, count);
    });
    return pdf.finish({title, author, subject, writer.creator(),
                       QString::fromLatin1(languageTag()), xmpMetadata()},
                      error);
}

bool PdfDocument::write(const Project &project, const QString &path, QString *error) const
{
    // Written beside the target and put in its place only when complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (!writeTo(project, &file, error))
        return false;
    if (!file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

QByteArray PdfDocument::bytes(const Project &project, QString *error) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeTo(project, &buffer, error))
        return {};
    return buffer.data();
}

QByteArray PdfDocument::languageTag() const
{
    return locale.language() == QLocale::Danish ? "da" : "en";
}

QByteArray PdfDocument::xmpMetadata() const
{
    auto escaped = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    const QByteArray lang = languageTag();
    return QByteArrayLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                             "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                             "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                             "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                             "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n<dc:title><rdf:Alt><rdf:li "
                             "xml:lang=\"x-default\">")
           + escaped(title) + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title>\n<dc:creator><rdf:Seq><rdf:li>")
           + escaped(author)
           + QByteArrayLiteral("</rdf:li></rdf:Seq></dc:creator>\n<dc:description><rdf:Alt><rdf:li "
                               "xml:lang=\"x-default\">")
           + escaped(subject) + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:description>\n")
           + QByteArrayLiteral("<dc:language><rdf:Bag><rdf:li>") + lang
           + QByteArrayLiteral("</rdf:li></rdf:Bag></dc:language>\n<xmp:CreatorTool>Akademiplan ")
           + QCoreApplication::applicationVersion().toUtf8()
           + QByteArrayLiteral("</xmp:CreatorTool>\n</rdf:Description></rdf:RDF></x:xmpmeta>\n"
                               "<?xpacket end=\"w\"?>");
}

} // namespace Akademiplan
