// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include "export/markdown/markdowntext.h"
#include "import/markdown/markdowntree.h"

#include <QList>
#include <QRegularExpression>

#include <memory>

namespace hindsight::exporting::html {

using importing::MarkdownTree;

namespace {

// The images cmark-gfm keeps in safe rendering: their pixels are in the address.
bool isInlineImage(const QString &url)
{
    static const QRegularExpression inlineImage(QStringLiteral("^data:image/(?:png|gif|jpeg|webp)[;,]"),
                                                QRegularExpression::CaseInsensitiveOption);
    return inlineImage.match(url.trimmed()).hasMatch();
}

bool insideLink(cmark_node *node)
{
    for (cmark_node *parent = cmark_node_parent(node); parent; parent = cmark_node_parent(parent)) {
        if (cmark_node_get_type(parent) == CMARK_NODE_LINK)
            return true;
    }
    return false;
}

// Every image a browser would fetch becomes a link to it, showing its description (or its
// address when it has none); one that already sits in a link becomes its description, since
// links do not nest.
void linkOutsideImages(cmark_node *root)
{
    QList<cmark_node *> images;
    MarkdownTree::walk(root, [&images](cmark_node *node) {
        if (cmark_node_get_type(node) == CMARK_NODE_IMAGE && !isInlineImage(MarkdownTree::url(node)))
            images.append(node);
    });
    for (cmark_node *image : std::as_const(images)) {
        if (!cmark_node_first_child(image)) {
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, cmark_node_get_url(image));
            cmark_node_append_child(image, text);
        }
        cmark_node *link = nullptr;
        if (!insideLink(image)) {
            link = cmark_node_new(CMARK_NODE_LINK);
            cmark_node_set_url(link, cmark_node_get_url(image));
            cmark_node_set_title(link, cmark_node_get_title(image));
            cmark_node_insert_before(image, link);
        }
        while (cmark_node *child = cmark_node_first_child(image)) {
            if (link)
                cmark_node_append_child(link, child);
            else
                cmark_node_insert_before(image, child);
        }
        cmark_node_free(image);
    }
}

} // namespace

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString markdownHtml(const QString &markdown)
{
    const MarkdownTree tree(markdown);
    linkOutsideImages(tree.root());
    return MarkdownTree::html(tree.root());
}

QString sectionHtml(const QString &markdown, int parentLevel)
{
    return markdownHtml(markdown::nestedMarkdown(markdown, parentLevel));
}

QString cellHtml(const QString &markdown)
{
    const QString cell = markdown::markdownCell(markdown);
    if (cell.isEmpty())
        return {};
    // A table of one header cell: GitHub reads a cell's content as inline Markdown only.
    const MarkdownTree tree(QStringLiteral("| ") + cell + QStringLiteral(" |\n| - |\n"));
    cmark_node *found = nullptr;
    MarkdownTree::walk(tree.root(), [&found](cmark_node *node) {
        if (!found && MarkdownTree::typeName(node) == u"table_cell")
            found = node;
    });
    // markdownCell() always makes a row; should that ever fail, the text still shows.
    if (!found)
        return escaped(markdown.simplified());
    // The cell's content as a paragraph of its own, which, unlike a table cell, may hold line
    // breaks: markdownCell() writes them as "<br>", the one HTML it writes, which safe rendering
    // would leave out.
    const std::unique_ptr<cmark_node, void (*)(cmark_node *)> paragraph(cmark_node_new(CMARK_NODE_PARAGRAPH),
                                                                        cmark_node_free);
    while (cmark_node *child = cmark_node_first_child(found))
        cmark_node_append_child(paragraph.get(), child);
    linkOutsideImages(paragraph.get());
    QList<cmark_node *> breaks;
    MarkdownTree::walk(paragraph.get(), [&breaks](cmark_node *node) {
        if (cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE && MarkdownTree::literal(node) == u"<br>")
            breaks.append(node);
    });
    for (cmark_node *node : std::as_const(breaks)) {
        cmark_node_insert_before(node, cmark_node_new(CMARK_NODE_LINEBREAK));
        cmark_node_free(node);
    }
    QString html;
    for (cmark_node *child : MarkdownTree::children(paragraph.get()))
        html += MarkdownTree::html(child);
    return html.trimmed();
}

QString dataUri(const QByteArray &bytes, const QString &mimeType)
{
    return QStringLiteral("data:") + mimeType + QStringLiteral(";base64,") + QString::fromLatin1(bytes.toBase64());
}

} // namespace hindsight::exporting::html
