// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntree.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <utility>

namespace hindsight::importing {

namespace {

cmark_node *parse(const QByteArray &utf8, int options, int extensions = MarkdownTree::AllExtensions)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(options | CMARK_OPT_SOURCEPOS);
    const std::pair<MarkdownTree::Extension, const char *> names[] = {{MarkdownTree::Table, "table"},
                                                                      {MarkdownTree::Strikethrough, "strikethrough"},
                                                                      {MarkdownTree::Autolink, "autolink"},
                                                                      {MarkdownTree::TaskList, "tasklist"}};
    for (const auto &[flag, name] : names) {
        auto *extension = (extensions & flag) ? cmark_find_syntax_extension(name) : nullptr;
        if (extension)
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *root = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    return root;
}

} // namespace

MarkdownTree::MarkdownTree(const QByteArray &utf8, int options) : m_root(parse(utf8, options)) {}

MarkdownTree::MarkdownTree(const QString &text, int options) : MarkdownTree(text.toUtf8(), options) {}

MarkdownTree::MarkdownTree(const QByteArray &utf8, int options, int extensions)
    : m_root(parse(utf8, options, extensions))
{}

QList<cmark_node *> MarkdownTree::children(cmark_node *node)
{
    QList<cmark_node *> result;
    for (auto *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        result.append(child);
    return result;
}

void MarkdownTree::walk(cmark_node *node, const std::function<void(cmark_node *)> &visit)
{
    // Iterative, so that deeply nested input (a thousand ">") cannot overflow the stack.
    cmark_iter *iter = cmark_iter_new(node);
    for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        if (event == CMARK_EVENT_ENTER)
            visit(cmark_iter_get_node(iter));
    }
    cmark_iter_free(iter);
}

QString MarkdownTree::typeName(cmark_node *node)
{
    return QString::fromLatin1(cmark_node_get_type_string(node));
}

QString MarkdownTree::literal(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QString::fromUtf8(text) : QString();
}

QString MarkdownTree::plainText(cmark_node *node)
{
    QString text;
    walk(node, [&text](cmark_node *n) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += literal(n);
            break;
        case CMARK_NODE_SOFTBREAK:
            text += u' ';
            break;
        case CMARK_NODE_LINEBREAK:
            text += u'\n';
            break;
        default:
            break;
        }
    });
    return text;
}

QString MarkdownTree::url(cmark_node *node)
{
    const char *url = cmark_node_get_url(node);
    return url ? QString::fromUtf8(url) : QString();
}

std::optional<bool> MarkdownTree::taskChecked(cmark_node *node)
{
    if (cmark_node_get_type(node) != CMARK_NODE_ITEM || typeName(node) != u"tasklist")
        return std::nullopt;
    return cmark_gfm_extensions_get_tasklist_item_checked(node);
}

int MarkdownTree::tableColumns(cmark_node *table)
{
    return cmark_gfm_extensions_get_table_columns(table);
}

QString MarkdownTree::html(cmark_node *node, int options)
{
    // Source positions would only add data-sourcepos attributes about text the page has moved.
    const int flags = (options & ~(CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS)) | CMARK_OPT_SAFE;
    // The extensions' nodes render themselves; the list is only for extensions that filter raw
    // HTML (GitHub's tagfilter), which safe rendering leaves out altogether.
    cmark_mem *memory = cmark_get_default_mem_allocator();
    char *rendered = cmark_render_html_with_mem(node, flags, nullptr, memory);
    const QString html = QString::fromUtf8(rendered);
    memory->free(rendered);
    return html;
}

} // namespace hindsight::importing
