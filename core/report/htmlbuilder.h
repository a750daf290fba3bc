// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <utility>

namespace Akademiplan {

// An HTML5 document written element by element. Written by hand rather than with
// QXmlStreamWriter, which writes XML: an empty cell comes out as <td/>, which HTML reads as an
// opening tag. Every text and attribute value is escaped here, so that the code building a page
// has no way to put a user's text into it as markup.
class HtmlBuilder
{
public:
    // Names and values; an attribute whose value is a null QString is left out.
    using Attributes = std::initializer_list<std::pair<QStringView, QString>>;

    // Opens an element that later elements go into, until close().
    void open(QStringView tag, Attributes attributes = {});
    // Closes the element opened last.
    void close();
    // An element holding only `text`.
    void element(QStringView tag, const QString &text, Attributes attributes = {});
    // An element with no content and no end tag, such as <meta>.
    void empty(QStringView tag, Attributes attributes = {});
    void text(const QString &text);
    // Text as paragraphs: a blank line starts a new one, a single line break stays a line break.
    void paragraphs(const QString &text);
    // Markup the program writes itself (the doctype, the style sheet), never a user's text.
    void markup(QStringView markup);

    // The document in UTF-8; every element opened has been closed.
    QByteArray bytes() const;

private:
    void startTag(QStringView tag, Attributes attributes);
    void endTag(QStringView tag);

    QString m_html;
    QList<QString> m_open;
};

} // namespace Akademiplan
