// SPDX-License-Identifier: MPL-2.0
#include "htmlbuilder.h"

#include <QRegularExpression>

namespace Akademiplan {

namespace {

// Inline elements stay on the line of their text; after any other element a line break keeps
// the page's source readable for whoever puts it on the intranet.
bool isInline(QStringView tag)
{
    return tag == u"a" || tag == u"time" || tag == u"span" || tag == u"strong" || tag == u"br";
}

} // namespace

void HtmlBuilder::startTag(QStringView tag, Attributes attributes)
{
    m_html += QLatin1Char('<');
    m_html += tag;
    for (const auto &[name, value] : attributes) {
        if (value.isNull())
            continue;
        m_html += QLatin1Char(' ');
        m_html += name;
        m_html += QLatin1String("=\"");
        m_html += value.toHtmlEscaped();
        m_html += QLatin1Char('"');
    }
    m_html += QLatin1Char('>');
}

void HtmlBuilder::endTag(QStringView tag)
{
    m_html += QLatin1String("</");
    m_html += tag;
    m_html += QLatin1Char('>');
    if (!isInline(tag))
        m_html += QLatin1Char('\n');
}

void HtmlBuilder::open(QStringView tag, Attributes attributes)
{
    startTag(tag, attributes);
    if (!isInline(tag))
        m_html += QLatin1Char('\n');
    m_open.append(tag.toString());
}

void HtmlBuilder::close()
{
    Q_ASSERT(!m_open.isEmpty());
    if (!m_open.isEmpty())
        endTag(m_open.takeLast());
}

void HtmlBuilder::element(QStringView tag, const QString &text, Attributes attributes)
{
    startTag(tag, attributes);
    m_html += text.toHtmlEscaped();
    endTag(tag);
}

void HtmlBuilder::empty(QStringView tag, Attributes attributes)
{
    startTag(tag, attributes);
    if (!isInline(tag))
        m_html += QLatin1Char('\n');
}

void HtmlBuilder::text(const QString &text)
{
    m_html += text.toHtmlEscaped();
}

void HtmlBuilder::paragraphs(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &paragraph : text.trimmed().split(blankLine, Qt::SkipEmptyParts)) {
        open(u"p");
        const QStringList lines = paragraph.trimmed().split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                empty(u"br");
            this->text(lines.at(i).trimmed());
        }
        close();
    }
}

void HtmlBuilder::markup(QStringView markup)
{
    m_html += markup;
}

QByteArray HtmlBuilder::bytes() const
{
    Q_ASSERT(m_open.isEmpty());
    return m_html.toUtf8();
}

} // namespace Akademiplan
