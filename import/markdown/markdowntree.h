// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cmark-gfm.h>
#include <functional>
#include <memory>
#include <optional>

namespace hindsight::importing {

// Markdown as GitHub reads it: cmark-gfm with the table, strikethrough, autolink and task list
// extensions and source positions. The one place that parses Markdown: the importer, the PDF
// and the export preview all read through it, so they all agree with what GitHub renders.
class MarkdownTree final
{
public:
    // Options are cmark's CMARK_OPT_* flags; source positions are always on.
    explicit MarkdownTree(const QByteArray &utf8, int options = CMARK_OPT_DEFAULT);
    explicit MarkdownTree(const QString &text, int options = CMARK_OPT_DEFAULT);

    // GitHub's extensions, which the constructors above all use.
    enum Extension {
        Table = 0x1,
        Strikethrough = 0x2,
        // Bare "www.…", "https://…" and e-mail addresses as links. The slowest of the four on
        // long text; a reader that keeps text as written and reads links' text has no need of it.
        Autolink = 0x4,
        TaskList = 0x8,
        AllExtensions = 0xF,
    };
    MarkdownTree(const QByteArray &utf8, int options, int extensions);

    cmark_node *root() const { return m_root.get(); }

    // The node's children in order.
    static QList<cmark_node *> children(cmark_node *node);
    // Calls visit for node and every node below it, parents first.
    static void walk(cmark_node *node, const std::function<void(cmark_node *)> &visit);
    // cmark's name of the node's type: "paragraph", "table", "strikethrough", …
    static QString typeName(cmark_node *node);
    // The node's own text (code, text, HTML), empty for containers.
    static QString literal(cmark_node *node);
    // The text a reader sees in node: literals and code spans joined, soft breaks as spaces,
    // hard breaks as newlines, inline HTML left out.
    static QString plainText(cmark_node *node);
    // The node's first and last source line, from 1 (0 for nodes cmark gives no position).
    static int startLine(cmark_node *node) { return cmark_node_get_start_line(node); }
    static int endLine(cmark_node *node) { return cmark_node_get_end_line(node); }

    // A heading's level, 1 to 6.
    static int headingLevel(cmark_node *node) { return cmark_node_get_heading_level(node); }
    // A link's or an image's destination as written, without its angle brackets.
    static QString url(cmark_node *node);
    // A task list item's box: checked or not; nullopt for a node that is no task list item.
    static std::optional<bool> taskChecked(cmark_node *node);
    // A table's number of columns: its header row's cells.
    static int tableColumns(cmark_node *table);

    // node and everything under it as HTML, by cmark-gfm's own HTML renderer with GitHub's
    // extensions, for the pages Hindsight writes. Always safe, whatever options say: raw HTML is
    // left out ("<!-- raw HTML omitted -->"), and a link or an image whose destination could run
    // code (javascript:, vbscript:, file:, and data: but PNG, GIF, JPEG and WebP images) gets an
    // empty one, so that a review's text cannot put a script into the page. options are cmark's
    // CMARK_OPT_* render flags (CMARK_OPT_HARDBREAKS); CMARK_OPT_UNSAFE is ignored.
    static QString html(cmark_node *node, int options = CMARK_OPT_DEFAULT);

private:
    struct NodeDeleter
    {
        void operator()(cmark_node *node) const { cmark_node_free(node); }
    };
    std::unique_ptr<cmark_node, NodeDeleter> m_root;
};

} // namespace hindsight::importing
