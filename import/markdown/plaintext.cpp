// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

#include "import/markdown/markdownbytes.h"

namespace hindsight::importing::mdimport {

using namespace detail;

namespace {

void appendCode(QString &text, const QString &code)
{
    // A fence longer than any run of backticks inside.
    int longest = 0;
    int run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = code.startsWith(u'`') || code.endsWith(u'`');
    text += fence;
    if (pad)
        text += u' ';
    text += code;
    if (pad)
        text += u' ';
    text += fence;
}

void appendPlain(QString &text, cmark_node *root)
{
    visitAll(root, [&text](cmark_node *node) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE:
            text += QString::fromUtf8(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_CODE:
            appendCode(text, MarkdownTree::literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += u' ';
            break;
        default:
            break;
        }
    });
}

bool isWhiteSpace(cmark_node *node)
{
    if (cmark_node_get_type(node) != CMARK_NODE_TEXT)
        return false;
    for (const char *c = cmark_node_get_literal(node); c && *c; ++c) {
        if (!isSpace(*c) && *c != '\n')
            return false;
    }
    return true;
}

bool isWrapper(cmark_node *node)
{
    const auto type = cmark_node_get_type(node);
    return type == CMARK_NODE_STRONG || type == CMARK_NODE_EMPH || isType(node, "strikethrough");
}

// The inlines but white space.
QList<cmark_node *> significant(const QList<cmark_node *> &inlines)
{
    QList<cmark_node *> result;
    for (auto *node : inlines) {
        if (!isWhiteSpace(node))
            result.append(node);
    }
    return result;
}

// The one child of node that is not white space, or nullptr.
cmark_node *onlyChild(cmark_node *node)
{
    cmark_node *found = nullptr;
    for (auto *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        if (isWhiteSpace(child))
            continue;
        if (found)
            return nullptr;
        found = child;
    }
    return found;
}

// The only block of a short piece of Markdown, when it is a paragraph.
cmark_node *onlyParagraph(const MarkdownTree &tree)
{
    cmark_node *first = cmark_node_first_child(tree.root());
    if (!first || cmark_node_next(first) || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH)
        return nullptr;
    return first;
}

} // namespace

QString plainText(cmark_node *node)
{
    // Most cells and lines are one text.
    if (cmark_node *child = cmark_node_first_child(node);
        child && !cmark_node_next(child) && cmark_node_get_type(child) == CMARK_NODE_TEXT)
        return QString::fromUtf8(cmark_node_get_literal(child)).trimmed();
    // "**13:05**", "`SEV2`", "_**Dana**_": what is around all of it goes.
    for (int round = 0; round < 3; ++round) {
        cmark_node *only = onlyChild(node);
        if (only && cmark_node_get_type(only) == CMARK_NODE_CODE)
            return MarkdownTree::literal(only).trimmed();
        if (!only || !isWrapper(only))
            break;
        node = only;
    }
    QString text;
    for (auto *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        appendPlain(text, child);
    return text.trimmed();
}

QString plainText(const QList<cmark_node *> &inlines)
{
    QList<cmark_node *> nodes = inlines;
    // "**13:05**", "`SEV2`", "_**Dana**_": what is around all of it goes.
    for (int round = 0; round < 3; ++round) {
        const auto only = significant(nodes);
        if (only.size() != 1)
            break;
        if (cmark_node_get_type(only.first()) == CMARK_NODE_CODE)
            return MarkdownTree::literal(only.first()).trimmed();
        if (!isWrapper(only.first()))
            break;
        nodes = MarkdownTree::children(only.first());
    }
    QString text;
    for (auto *node : std::as_const(nodes))
        appendPlain(text, node);
    return text.trimmed();
}

QString plainTextOf(const QString &markdown)
{
    const QString text = markdown.trimmed();
    if (text.isEmpty())
        return {};
    const MarkdownTree tree(text);
    if (cmark_node *paragraph = onlyParagraph(tree))
        return plainText(paragraph);
    return text;
}

std::optional<QString> linkTargetOf(const QString &markdown)
{
    const MarkdownTree tree(markdown.trimmed());
    cmark_node *paragraph = onlyParagraph(tree);
    if (!paragraph)
        return std::nullopt;
    QList<cmark_node *> nodes = significant(MarkdownTree::children(paragraph));
    while (nodes.size() == 1 && isWrapper(nodes.first()))
        nodes = significant(MarkdownTree::children(nodes.first()));
    if (nodes.size() != 1 || cmark_node_get_type(nodes.first()) != CMARK_NODE_LINK)
        return std::nullopt;
    const QString url = MarkdownTree::url(nodes.first());
    const QString text = plainText(nodes.first());
    // An address written as itself ("<https://…>", "www.…", an e-mail address) is kept as written.
    if (text == url || url == QStringLiteral("mailto:") + text || url == QStringLiteral("http://") + text)
        return text;
    return url;
}

} // namespace hindsight::importing::mdimport
