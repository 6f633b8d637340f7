// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownredactor.h"

#include "export/markdown/markdowntext.h"
#include "import/markdown/markdowntree.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hindsight::exporting {

using importing::MarkdownTree;

namespace {

// Where an image stands in the text a paragraph shows.
constexpr QChar objectReplacement(0xfffc);

// Readings and rewrites of one text before it is given up as Markdown (see the class comment).
constexpr int MaxRounds = 4;
// Beyond this depth of nested emphasis, a match replaces the outer element.
constexpr int MaxDepth = 16;

enum class Reading { Document, Cell };

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
using OwnedNode = std::unique_ptr<cmark_node, NodeDeleter>;

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isInline(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

// A link that shows its own target ("<https://…>", "www.…", an e-mail address): its text is the
// address, so a match in it takes the link along.
bool isAutolink(cmark_node *link)
{
    cmark_node *child = cmark_node_first_child(link);
    if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT)
        return false;
    const QString target = QString::fromUtf8(cmark_node_get_url(link));
    const QString text = MarkdownTree::literal(child);
    return target == text || target == QStringLiteral("mailto:") + text || target == QStringLiteral("http://") + text;
}

// Emphasis, strong, strikethrough, links and images: inline elements that hold inline text.
bool holdsInlines(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_IMAGE:
        return true;
    case CMARK_NODE_LINK:
        return !isAutolink(node);
    default:
        return MarkdownTree::typeName(node) == u"strikethrough";
    }
}

cmark_node *newNode(cmark_node_type type, const QString &literal = {})
{
    cmark_node *node = cmark_node_new(type);
    if (!literal.isEmpty())
        cmark_node_set_literal(node, literal.toUtf8().constData());
    return node;
}

QString fromCmark(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

bool isInTableCell(cmark_node *node)
{
    for (; node; node = cmark_node_parent(node)) {
        if (MarkdownTree::typeName(node) == u"table_cell")
            return true;
    }
    return false;
}

// "<br>", "<br/>" or "<br />": a line break that can carry nothing else.
bool isBareLineBreak(const QString &html)
{
    static const QRegularExpression lineBreak(QStringLiteral("^<br\\s*/?>$"),
                                              QRegularExpression::CaseInsensitiveOption);
    return lineBreak.match(html).hasMatch();
}

// The numeric entities and the few named ones people type; others stay as written, which is
// how the text that replaces the HTML then shows them.
QString decodedEntities(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));"));
    QString result;
    qsizetype copied = 0;
    auto matches = entity.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        char32_t c = 0xa0;
        if (!match.captured(1).isEmpty())
            c = match.captured(1).toUInt();
        else if (!match.captured(2).isEmpty())
            c = match.captured(2).toUInt(nullptr, 16);
        else if (const QString name = match.captured(3); name == u"amp")
            c = u'&';
        else if (name == u"lt")
            c = u'<';
        else if (name == u"gt")
            c = u'>';
        else if (name == u"quot")
            c = u'"';
        else if (name == u"apos")
            c = u'\'';
        if (c == 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
            c = 0xfffd;
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += QString::fromUcs4(&c, 1);
        copied = match.capturedEnd();
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

// The text HTML shows, a line for each line-breaking element: tags, comments and the content of
// scripts and styles left out, entities decoded, white space collapsed.
QStringList htmlLines(const QString &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<!--.*?(?:-->|$)|<!\\[CDATA\\[.*?(?:\\]\\]>|$)|<[?!][^>]*>?|"
                       "<(script|style|title)\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>.*?(?:</\\1\\s*>|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("</?([A-Za-z][A-Za-z0-9-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"));
    static const QStringList breaking{
        QStringLiteral("address"), QStringLiteral("article"), QStringLiteral("aside"),   QStringLiteral("blockquote"),
        QStringLiteral("br"),      QStringLiteral("dd"),      QStringLiteral("details"), QStringLiteral("div"),
        QStringLiteral("dl"),      QStringLiteral("dt"),      QStringLiteral("figure"),  QStringLiteral("figcaption"),
        QStringLiteral("footer"),  QStringLiteral("h1"),      QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),      QStringLiteral("h6"),      QStringLiteral("header"),
        QStringLiteral("hr"),      QStringLiteral("li"),      QStringLiteral("ol"),      QStringLiteral("p"),
        QStringLiteral("pre"),     QStringLiteral("section"), QStringLiteral("summary"), QStringLiteral("table"),
        QStringLiteral("td"),      QStringLiteral("th"),      QStringLiteral("tr"),      QStringLiteral("ul"),
    };
    QString text = html;
    text.replace(hidden, QString());
    QString shown;
    qsizetype copied = 0;
    auto tags = tag.globalMatch(text);
    while (tags.hasNext()) {
        const auto match = tags.next();
        shown += QStringView(text).mid(copied, match.capturedStart() - copied);
        if (breaking.contains(match.captured(1).toLower()))
            shown += QLatin1Char('\n');
        copied = match.capturedEnd();
    }
    shown += QStringView(text).mid(copied);
    QStringList lines;
    for (const auto &line : decodedEntities(shown).split(QLatin1Char('\n'))) {
        if (const QString simple = line.simplified(); !simple.isEmpty())
            lines.append(simple);
    }
    return lines;
}

// What a redaction left of the visible text of one paragraph, heading or cell.
struct Redacted
{
    Redactor::Traced traced;
    // The runs of visible text that were replaced, in order.
    std::vector<Span> runs;

    // Where the result's characters that stand for the visible text in span are.
    Span resultOf(Span visible) const
    {
        const auto before = [](qsizetype origin, qsizetype index) { return originIndex(origin) < index; };
        const auto begin = traced.origin.cbegin();
        return {std::lower_bound(begin, traced.origin.cend(), visible.start, before) - begin,
                std::lower_bound(begin, traced.origin.cend(), visible.end, before) - begin};
    }

    static qsizetype originIndex(qsizetype origin) { return origin >= 0 ? origin : -1 - origin; }
};

// One reading of a text (see Reading), redacted in its tree.
class Rewrite
{
public:
    Rewrite(const Redactor &redactor, const QString &markdown, Reading reading, MarkdownRedactor::Layout layout)
        : m_redactor(redactor), m_source(markdown), m_reading(reading), m_layout(layout),
          m_tree(reading == Reading::Document ? MarkdownTree(markdown) : MarkdownTree(markdown::cellTable(markdown)))
    {
        if (reading == Reading::Document) {
            m_content = m_tree.root();
            return;
        }
        MarkdownTree::walk(m_tree.root(), [this](cmark_node *node) {
            if (!m_content && MarkdownTree::typeName(node) == u"table_cell")
                m_content = node;
        });
    }

    // Redacts the tree; true when the text must be written anew from it.
    bool run()
    {
        if (!m_content)
            return false;
        bool rewrite = false;
        std::vector<cmark_node *> nodes;
        std::vector<std::pair<int, int>> verbatimLines;
        MarkdownTree::walk(m_content, [&nodes](cmark_node *node) { nodes.push_back(node); });
        // A cell shows HTML as written (markdown::markdownCell() escapes it), so its tags stay,
        // unless one of them carries something: then they all go, lest a closing tag be left.
        m_keepInlineHtml =
            m_reading == Reading::Document && m_layout == MarkdownRedactor::Layout::Cell &&
            std::all_of(nodes.cbegin(), nodes.cend(), [this](cmark_node *node) {
                return cmark_node_get_type(node) != CMARK_NODE_HTML_INLINE || htmlIsClean(MarkdownTree::literal(node));
            });
        for (cmark_node *node : nodes) {
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_CODE_BLOCK:
                verbatimLines.emplace_back(MarkdownTree::startLine(node), MarkdownTree::endLine(node));
                rewrite |= redactCode(node);
                break;
            case CMARK_NODE_HTML_BLOCK:
                verbatimLines.emplace_back(MarkdownTree::startLine(node), MarkdownTree::endLine(node));
                rewrite |= htmlBlock(node);
                break;
            case CMARK_NODE_HTML_INLINE:
                rewrite |= inlineHtml(node);
                break;
            default:
                break;
            }
        }
        if (m_reading == Reading::Document && hasDefinitions(verbatimLines))
            rewrite = true;

        std::vector<cmark_node *> leaves;
        MarkdownTree::walk(m_content, [&leaves](cmark_node *node) {
            if (!isInline(node) && cmark_node_first_child(node) && isInline(cmark_node_first_child(node)))
                leaves.push_back(node);
        });
        for (cmark_node *leaf : leaves)
            rewrite |= redactInlines(leaf);

        // After the text, so that only the targets of links that are left count.
        std::vector<cmark_node *> links;
        MarkdownTree::walk(m_content, [&links](cmark_node *node) {
            if (cmark_node_get_type(node) == CMARK_NODE_LINK || cmark_node_get_type(node) == CMARK_NODE_IMAGE)
                links.push_back(node);
        });
        // Innermost first (an image inside a link), since an autolink may go.
        for (auto link = links.crbegin(); link != links.crend(); ++link)
            rewrite |= redactTarget(*link);
        return rewrite;
    }

    // The tree as Markdown; the text of a cell as a paragraph.
    QString write()
    {
        cmark_node *root = m_tree.root();
        OwnedNode paragraphDocument;
        if (m_reading == Reading::Cell) {
            paragraphDocument.reset(cmark_node_new(CMARK_NODE_DOCUMENT));
            cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_append_child(paragraphDocument.get(), paragraph);
            while (cmark_node *child = cmark_node_first_child(m_content))
                cmark_node_append_child(paragraph, child);
            // The export writes a line break of a cell's text as <br> again (markdownCell()).
            std::vector<cmark_node *> breaks;
            MarkdownTree::walk(paragraph, [&breaks](cmark_node *node) {
                if (cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE && isBareLineBreak(MarkdownTree::literal(node)))
                    breaks.push_back(node);
            });
            for (cmark_node *node : breaks) {
                cmark_node_insert_before(node, newNode(CMARK_NODE_LINEBREAK));
                cmark_node_free(node);
            }
            root = paragraphDocument.get();
        }
        writePlaceholdersAsTheyAre(root);
        char *markdown = cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0);
        QString result = QString::fromUtf8(markdown);
        cmark_get_default_mem_allocator()->free(markdown);
        while (result.endsWith(QLatin1Char('\n')))
            result.chop(1);
        return result;
    }

    const RedactionCounts &counts() const { return m_counts; }

private:
    // CommonMark's writer escapes the brackets of "[name]" in text. The placeholders are written
    // as they are instead, as the source redaction writes them, so that a customer text reads
    // the same wherever it was redacted: as raw inline nodes, which the writer copies. Not where
    // what follows could make one a link or a link definition.
    static void writePlaceholdersAsTheyAre(cmark_node *root)
    {
        static const QRegularExpression plain(QStringLiteral("^\\[[\\p{L}\\p{N} ._-]*\\]$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        // Built for each text, since the placeholders follow the language of the moment.
        QStringList alternatives;
        for (const QString &text :
             {Redactor::hostPlaceholder(), Redactor::ipAddressPlaceholder(), Redactor::emailPlaceholder(),
              Redactor::namePlaceholder(), Redactor::patternPlaceholder()}) {
            if (plain.match(text).hasMatch())
                alternatives.append(QRegularExpression::escape(text));
        }
        if (alternatives.isEmpty())
            return;
        const QRegularExpression placeholder(QStringLiteral("(?:") + alternatives.join(QLatin1Char('|')) +
                                             QStringLiteral(")(?![(\\[:])"));
        // Text that follows a placeholder in the next node counts too ("Kat*rin*(x)"), so each run
        // of text becomes one node first.
        std::vector<cmark_node *> texts;
        MarkdownTree::walk(root, [&texts](cmark_node *node) {
            if (cmark_node_get_type(node) == CMARK_NODE_TEXT)
                texts.push_back(node);
        });
        std::vector<cmark_node *> runs;
        for (qsizetype i = 0; i < qsizetype(texts.size());) {
            qsizetype end = i + 1;
            while (end < qsizetype(texts.size()) &&
                   cmark_node_previous(texts.at(size_t(end))) == texts.at(size_t(end - 1)))
                ++end;
            if (end > i + 1) {
                QString joined;
                for (qsizetype k = i; k < end; ++k)
                    joined += MarkdownTree::literal(texts.at(size_t(k)));
                cmark_node_set_literal(texts.at(size_t(i)), joined.toUtf8().constData());
                for (qsizetype k = i + 1; k < end; ++k)
                    cmark_node_free(texts.at(size_t(k)));
            }
            runs.push_back(texts.at(size_t(i)));
            i = end;
        }
        texts = std::move(runs);
        for (cmark_node *node : texts) {
            const QString text = MarkdownTree::literal(node);
            qsizetype copied = 0;
            auto matches = placeholder.globalMatch(text);
            while (matches.hasNext()) {
                const auto match = matches.next();
                if (match.capturedStart() > copied)
                    cmark_node_insert_before(
                        node, newNode(CMARK_NODE_TEXT, text.mid(copied, match.capturedStart() - copied)));
                cmark_node_insert_before(node, newNode(CMARK_NODE_HTML_INLINE, match.captured()));
                copied = match.capturedEnd();
            }
            if (copied == 0)
                continue;
            if (copied < text.size())
                cmark_node_insert_before(node, newNode(CMARK_NODE_TEXT, text.mid(copied)));
            cmark_node_free(node);
        }
    }

    bool redactCode(cmark_node *node)
    {
        bool changed = false;
        if (auto code = m_redactor.redact(MarkdownTree::literal(node)); code.counts.total() > 0) {
            cmark_node_set_literal(node, code.text.toUtf8().constData());
            m_counts += code.counts;
            changed = true;
        }
        if (auto info = m_redactor.redact(fromCmark(cmark_node_get_fence_info(node))); info.counts.total() > 0) {
            cmark_node_set_fence_info(node, info.text.toUtf8().constData());
            m_counts += info.counts;
            changed = true;
        }
        return changed;
    }

    // Whether HTML as written, with entities and %-escapes decoded, holds nothing to redact. An
    // entity decodedEntities() does not know ("&commat;", "&#64" without its semicolon, which
    // browsers read too) could hide anything: such HTML is not clean.
    bool htmlIsClean(const QString &html) const
    {
        static const QRegularExpression unknownEntity(
            QStringLiteral("&(?!(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);)[#A-Za-z]"));
        return !unknownEntity.match(html).hasMatch() &&
               m_redactor.redact(decodedAddress(decodedEntities(html))).counts.total() == 0;
    }

    bool htmlBlock(cmark_node *node)
    {
        const QString html = MarkdownTree::literal(node);
        // What cmark-gfm's CommonMark writer puts between two lists that follow each other, to
        // keep them apart; it shows nothing and carries nothing.
        if (html.trimmed() == u"<!-- end list -->")
            return false;
        const QStringList lines = htmlLines(html);
        // A cell shows HTML as written.
        if (m_layout == MarkdownRedactor::Layout::Cell && htmlIsClean(html) &&
            m_redactor.redactRendered(lines.join(QLatin1Char('\n'))).counts.total() == 0)
            return false;
        if (!lines.isEmpty()) {
            cmark_node *paragraph = newNode(CMARK_NODE_PARAGRAPH);
            for (const auto &line : lines) {
                if (cmark_node_first_child(paragraph))
                    cmark_node_append_child(paragraph, newNode(CMARK_NODE_LINEBREAK));
                cmark_node_append_child(paragraph, newNode(CMARK_NODE_TEXT, line));
            }
            cmark_node_insert_before(node, paragraph);
        }
        cmark_node_free(node);
        return true;
    }

    bool inlineHtml(cmark_node *node)
    {
        const QString html = MarkdownTree::literal(node);
        // Carries nothing; in a cell, markdown::markdownCell() writes each line break so.
        if (isBareLineBreak(html))
            return false;
        if (m_keepInlineHtml)
            return false;
        cmark_node_free(node);
        return true;
    }

    // Whether the source holds something that reads as a link reference definition, outside code
    // and HTML blocks: cmark-gfm resolves them into links and leaves no node for them. A
    // footnote definition ("[^1]: …") counts too: GitHub shows it at the end of the page, while
    // the PDF reads it as a link reference definition, or as text.
    bool hasDefinitions(const std::vector<std::pair<int, int>> &verbatimLines) const
    {
        static const QRegularExpression definition(
            QStringLiteral("^(?:[ \\t]*(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t])))*[ \\t]*"
                           "\\[(?:\\\\.|[^\\\\\\]])+\\]:"));
        QString source = m_source;
        source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        source.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        const QStringList lines = source.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const int line = int(i) + 1;
            const bool verbatim = std::any_of(verbatimLines.cbegin(), verbatimLines.cend(), [line](const auto &range) {
                return line >= range.first && line <= range.second;
            });
            if (!verbatim && definition.match(lines.at(i)).hasMatch())
                return true;
        }
        return false;
    }

    // The text that leaf shows, and where each inline element's text lies in it.
    QString visibleText(cmark_node *leaf, std::unordered_map<cmark_node *, Span> &spans) const
    {
        QString text;
        cmark_iter *iter = cmark_iter_new(leaf);
        for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (node == leaf)
                continue;
            // A block shows an image as an object, its description apart from the text around it;
            // a cell shows the description as text.
            const bool object = cmark_node_get_type(node) == CMARK_NODE_IMAGE && m_reading == Reading::Document;
            if (object)
                text += objectReplacement;
            if (event == CMARK_EVENT_EXIT) {
                spans[node].end = text.size();
                continue;
            }
            const qsizetype start = text.size() - (object ? 1 : 0);
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                text += MarkdownTree::literal(node);
                break;
            case CMARK_NODE_SOFTBREAK:
                text += QLatin1Char(' ');
                break;
            case CMARK_NODE_LINEBREAK:
                text += QLatin1Char('\n');
                break;
            case CMARK_NODE_HTML_INLINE:
                if (isBareLineBreak(MarkdownTree::literal(node)))
                    text += QLatin1Char('\n');
                break;
            default:
                // HTML takes no room, as a browser shows it; a footnote reference shows a number.
                break;
            }
            spans[node] = {start, text.size()};
        }
        cmark_iter_free(iter);
        return text;
    }

    bool redactInlines(cmark_node *leaf)
    {
        std::unordered_map<cmark_node *, Span> spans;
        const QString text = visibleText(leaf, spans);
        if (text.isEmpty())
            return false;
        Redacted redacted{m_redactor.redactRendered(text), {}};
        if (redacted.traced.counts.total() == 0)
            return false;
        m_counts += redacted.traced.counts;
        std::vector<bool> kept(size_t(text.size()), false);
        for (const qsizetype origin : std::as_const(redacted.traced.origin)) {
            if (origin >= 0)
                kept[size_t(origin)] = true;
        }
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (kept[size_t(i)])
                continue;
            if (!redacted.runs.empty() && redacted.runs.back().end == i)
                redacted.runs.back().end = i + 1;
            else
                redacted.runs.push_back({i, i + 1});
        }
        replaceIn(leaf, spans, redacted, 0);
        return true;
    }

    // Replaces the children of container that show replaced text, or what inside them does.
    void replaceIn(cmark_node *container, const std::unordered_map<cmark_node *, Span> &spans, const Redacted &redacted,
                   int depth)
    {
        const QList<cmark_node *> children = MarkdownTree::children(container);
        if (children.isEmpty())
            return;
        const Span whole{spans.at(children.first()).start, spans.at(children.last()).end};
        // Groups of children, first and last index, that the runs of replaced text touch. A child
        // that shows nothing (an HTML tag a cell keeps) goes with a run it borders, so that
        // "<b>Katrin</b>" leaves no tag behind.
        const auto touches = [&spans](cmark_node *child, const Span &run) {
            const Span span = spans.at(child);
            return span.start == span.end ? span.start >= run.start && span.start <= run.end
                                          : span.start < run.end && span.end > run.start;
        };
        std::vector<std::pair<qsizetype, qsizetype>> groups;
        qsizetype from = 0;
        for (const Span &run : redacted.runs) {
            if (run.end <= whole.start || run.start >= whole.end)
                continue;
            while (from < children.size() && !touches(children.at(from), run))
                ++from;
            qsizetype last = from;
            while (last + 1 < children.size() && touches(children.at(last + 1), run))
                ++last;
            if (!groups.empty() && from <= groups.back().second)
                groups.back().second = std::max(groups.back().second, last);
            else
                groups.emplace_back(from, last);
        }
        for (const auto &[first, last] : groups) {
            cmark_node *child = children.at(first);
            if (first == last && depth < MaxDepth && holdsInlines(child)) {
                replaceIn(child, spans, redacted, depth + 1);
                continue;
            }
            const Span shown = redacted.resultOf({spans.at(child).start, spans.at(children.at(last)).end});
            if (first == last && cmark_node_get_type(child) == CMARK_NODE_CODE) {
                const QString code = redacted.traced.text.mid(shown.start, shown.end - shown.start);
                cmark_node_set_literal(child, code.toUtf8().constData());
                continue;
            }
            for (cmark_node *node : plainText(redacted, shown, isInTableCell(container)))
                cmark_node_insert_before(child, node);
            for (qsizetype i = first; i <= last; ++i)
                cmark_node_free(children.at(i));
        }
    }

    // Nodes that show the result's characters [start, end): text and line breaks. A table cell
    // takes no line break node (a row is one line): there <br> makes them, as on GitHub.
    static std::vector<cmark_node *> plainText(const Redacted &redacted, Span shown, bool inTableCell)
    {
        std::vector<cmark_node *> nodes;
        QString text = redacted.traced.text.mid(shown.start, shown.end - shown.start);
        text.remove(objectReplacement);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                nodes.push_back(inTableCell ? newNode(CMARK_NODE_HTML_INLINE, QStringLiteral("<br>"))
                                            : newNode(CMARK_NODE_LINEBREAK));
            if (!lines.at(i).isEmpty())
                nodes.push_back(newNode(CMARK_NODE_TEXT, lines.at(i)));
        }
        return nodes;
    }

    bool redactTarget(cmark_node *link)
    {
        bool changed = false;
        const QString target = decodedAddress(fromCmark(cmark_node_get_url(link)));
        if (auto redacted = m_redactor.redact(target); redacted.counts.total() > 0) {
            m_counts += redacted.counts;
            if (cmark_node_get_type(link) == CMARK_NODE_LINK && isAutolink(link)) {
                // Its text is the address, %-escapes and all: the redacted address replaces both.
                cmark_node_insert_before(link, newNode(CMARK_NODE_TEXT, redacted.text));
                cmark_node_free(link);
                return true;
            }
            cmark_node_set_url(link, redacted.text.toUtf8().constData());
            changed = true;
        }
        if (auto title = m_redactor.redact(fromCmark(cmark_node_get_title(link))); title.counts.total() > 0) {
            cmark_node_set_title(link, title.text.toUtf8().constData());
            m_counts += title.counts;
            changed = true;
        }
        return changed;
    }

    const Redactor &m_redactor;
    const QString m_source;
    const Reading m_reading;
    const MarkdownRedactor::Layout m_layout;
    MarkdownTree m_tree;
    // The document, or the table cell of a cell reading; null for an empty cell.
    cmark_node *m_content = nullptr;
    bool m_keepInlineHtml = false;
    RedactionCounts m_counts;
};

// The text the document shows, a line for each paragraph, heading, cell and code block.
QString shownText(const QString &markdown)
{
    const MarkdownTree tree(markdown);
    QStringList lines;
    MarkdownTree::walk(tree.root(), [&lines](cmark_node *node) {
        if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK || cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK)
            lines.append(MarkdownTree::literal(node).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        else if (!isInline(node) && cmark_node_first_child(node) && isInline(cmark_node_first_child(node)))
            lines.append(MarkdownTree::plainText(node).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    });
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString decodedAddress(const QString &address)
{
    QString decoded = address;
    for (int round = 0; round < 3 && decoded.contains(u'%'); ++round) {
        const QString next = QUrl::fromPercentEncoding(decoded.toUtf8());
        if (next == decoded)
            break;
        decoded = next;
    }
    return decoded;
}

RedactedText MarkdownRedactor::redact(const QString &markdown, Layout layout) const
{
    RedactedText result = m_redactor.redact(markdown);
    if (markdown.trimmed().isEmpty())
        return result;
    const std::vector<Reading> readings =
        layout == Layout::Cell ? std::vector{Reading::Document, Reading::Cell} : std::vector{Reading::Document};
    for (int round = 0; round < MaxRounds; ++round) {
        bool settled = true;
        // The source as written again, since a text written anew can read differently as source
        // than as it did ("10\.20\.4\.11_" renders as "10.20.4.11_", which is written so).
        if (round > 0) {
            const RedactedText source = m_redactor.redact(result.text);
            settled = source.counts.total() == 0;
            result.text = source.text;
            result.counts += source.counts;
        }
        for (const Reading reading : readings) {
            Rewrite rewrite(m_redactor, result.text, reading, layout);
            if (!rewrite.run())
                continue;
            settled = false;
            result.text = rewrite.write();
            result.counts += rewrite.counts();
        }
        if (settled)
            return result;
    }
    // The rewrites keep finding something, as a user pattern that matches a placeholder would:
    // the plain text then shows exactly what was redacted, and no formatting can hide anything.
    // %-escapes decoded, since GitHub makes links of the addresses in plain text too.
    const RedactedText plain = m_redactor.redact(decodedAddress(shownText(result.text)));
    result.counts += plain.counts;
    QStringList lines;
    for (const auto &line : plain.text.split(QLatin1Char('\n')))
        lines.append(markdown::plainInline(line));
    result.text = lines.join(layout == Layout::Cell ? QStringLiteral("\n") : QStringLiteral("\n\n"));
    return result;
}

} // namespace hindsight::exporting
