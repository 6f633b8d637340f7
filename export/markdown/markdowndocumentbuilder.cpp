// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowndocumentbuilder.h"

#include "highlight/codehighlighter.h"
#include "import/markdown/markdowntree.h"
#include "longwords.h"
#include "markdowntext.h"

#include <QFont>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <optional>
#include <utility>
#include <vector>

namespace hindsight::exporting {

using importing::MarkdownTree;

namespace {

// Deeper quotes and lists still nest, but indent no further: a page has room for few levels.
constexpr int MaxIndentLevel = 8;

const QChar lineSeparator = QChar(QChar::LineSeparator);

bool isLeaf(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
        return true;
    default:
        return false;
    }
}

bool isInline(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

// The tag name of "<b>", "</b>", "<br/>", lower case; empty for comments and declarations.
QString tagName(QStringView html)
{
    qsizetype i = html.startsWith(u"</") ? 2 : 1;
    const qsizetype start = i;
    while (i < html.size() && (html.at(i).isLetterOrNumber() || html.at(i) == u'-'))
        ++i;
    return html.sliced(start, i - start).toString().toLower();
}

// How an inline HTML node (cmark gives one tag, comment or declaration each) changes the
// number of open elements.
int depthChange(const QString &html)
{
    static const QStringList voidElements{QStringLiteral("area"), QStringLiteral("base"),   QStringLiteral("br"),
                                          QStringLiteral("col"),  QStringLiteral("embed"),  QStringLiteral("hr"),
                                          QStringLiteral("img"),  QStringLiteral("input"),  QStringLiteral("link"),
                                          QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"),
                                          QStringLiteral("wbr"),  QStringLiteral("param")};
    if (html.startsWith(u"</"))
        return -1;
    if (html.startsWith(u"<!") || html.startsWith(u"<?") || html.endsWith(u"/>"))
        return 0;
    return voidElements.contains(tagName(html)) ? 0 : 1;
}

bool isLineBreakTag(const QString &html)
{
    return !html.startsWith(u"</") && tagName(html) == u"br";
}

// node as HTML for Qt's HTML import, raw HTML inside it included.
QString renderedHtml(cmark_node *node)
{
    char *html = cmark_render_html(node, CMARK_OPT_UNSAFE, nullptr);
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

Qt::Alignment columnAlignment(char alignment)
{
    switch (alignment) {
    case 'c':
        return Qt::AlignHCenter;
    case 'r':
        return Qt::AlignRight;
    default:
        return Qt::AlignLeft;
    }
}

using PieceLimits = MarkdownDocumentBuilder::PieceLimits;

// What a top-level block is, for where the next document may start: not after a heading, which
// stays with what follows it, nor before or after a table (Qt keeps an empty block after a
// table, which the next block takes).
enum class TopLevel { None, Heading, Table, Other };

// One walk over a cmark tree, writing into a document through a cursor; with a document
// factory, into one document after another (MarkdownDocumentBuilder::buildPieces()).
class Renderer
{
public:
    Renderer(const MarkdownDocumentStyle &style, QTextDocument *document, bool cell)
        : m_style(style), m_document(document), m_cursor(document), m_cell(cell)
    {
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = document->isEmpty();
        m_inline.emplace_back();
    }

    void setPieces(const MarkdownDocumentBuilder::DocumentFactory &newDocument, PieceLimits limits,
                   std::vector<std::unique_ptr<QTextDocument>> *pieces)
    {
        m_newDocument = newDocument;
        m_limits = limits;
        m_pieces = pieces;
    }

    // Renders node's children: the blocks of a document, or the inlines of a table cell.
    void render(cmark_node *node)
    {
        // One edit for the whole text: insertions one by one into a long paragraph would
        // each cost as much as the paragraph so far.
        m_edit = QTextCursor(m_document);
        m_edit.beginEditBlock();
        cmark_iter *iter = cmark_iter_new(node);
        cmark_node *skipExit = nullptr;
        TopLevel previous = TopLevel::None;
        for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
            cmark_node *current = cmark_iter_get_node(iter);
            if (current == node)
                continue;
            if (event == CMARK_EVENT_EXIT) {
                if (current == skipExit)
                    skipExit = nullptr;
                else
                    leave(current);
                continue;
            }
            if (cmark_node_parent(current) == node && !isInline(current)) {
                const TopLevel next = topLevel(current);
                if (previous == TopLevel::Other && next != TopLevel::Table && full())
                    nextDocument();
                previous = next;
            }
            if (!enter(current) && !isLeaf(current)) {
                // What enter() wrote included the children, or left them out on purpose.
                skipExit = current;
                cmark_iter_reset(iter, current, CMARK_EVENT_EXIT);
            }
        }
        cmark_iter_free(iter);
        flushHtml();
        m_edit.endEditBlock();
    }

private:
    struct List
    {
        QTextListFormat format;
        QTextList *list = nullptr;
        bool tight = true;
    };

    static TopLevel topLevel(cmark_node *node)
    {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING)
            return TopLevel::Heading;
        return MarkdownTree::typeName(node) == u"table" ? TopLevel::Table : TopLevel::Other;
    }

    // Whether the document holds as much as a piece may (times factor).
    bool full(qsizetype factor = 1) const
    {
        return m_newDocument && (m_document->characterCount() >= factor * m_limits.characters ||
                                 m_document->blockCount() + m_lineBreaks >= factor * m_limits.lines);
    }

    // Whether a block of that many characters and line breaks is more than one document holds:
    // only such a block goes on in the next document; any other waits for the next block.
    bool tooLong(qsizetype characters, qsizetype lineBreaks) const
    {
        return m_newDocument && (characters >= m_limits.characters || lineBreaks >= m_limits.lines);
    }

    // Whether the current block can go on in the next document: text of the document's own
    // flow, not of a table cell or of HTML that Qt reads at once.
    bool canContinueBlock() const { return m_newDocument && !m_table && m_htmlDepth == 0 && !m_reuseBlock; }

    // Starts the next document, with nothing in it yet.
    void nextDocument()
    {
        flushHtml();
        m_edit.endEditBlock();
        m_pieces->push_back(m_newDocument());
        m_document = m_pieces->back().get();
        m_cursor = QTextCursor(m_document);
        m_edit = QTextCursor(m_document);
        m_edit.beginEditBlock();
        m_reuseBlock = true;
        m_previousBlock = QTextBlock();
        m_previousTightItem = false;
        m_lineBreaks = 0;
        m_blockLineBreaks = 0;
        // An open list goes on as a new list there.
        for (auto &list : m_lists)
            list.list = nullptr;
    }

    // Goes on with the current block in the next document, where its lines continue without a
    // gap: this part loses its bottom margin, the next its top margin and its list bullet.
    void continueBlock()
    {
        QTextBlockFormat format = m_cursor.blockFormat();
        const QTextCharFormat blockText = m_cursor.blockCharFormat();
        const QTextList *list = m_cursor.currentList();
        const int listIndent = list ? list->format().indent() : 0;
        QTextBlockFormat ending = format;
        ending.setBottomMargin(0);
        m_cursor.setBlockFormat(ending);
        const bool tightItem = m_previousTightItem;
        nextDocument();
        m_previousTightItem = tightItem;
        format.setTopMargin(0);
        format.clearProperty(QTextFormat::ObjectIndex);
        format.clearProperty(QTextFormat::BlockMarker);
        if (list)
            format.setIndent(listIndent); // in line with the item's text
        format.setProperty(MarkdownDocumentBuilder::ContinuedBlock, true);
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(blockText);
        m_reuseBlock = false;
        m_previousBlock = m_cursor.block();
    }

    // Where to cut text so that its first part fits in the current document, and how many
    // characters after the cut to leave out: a line separator, which the next document's block
    // stands for. At a line's end if one is near, else after a space, else anywhere.
    struct Cut
    {
        qsizetype at = 0;
        qsizetype skip = 0;
    };
    Cut cut(QStringView text) const
    {
        if (!m_newDocument)
            return {text.size(), 0};
        // Never cut a word into letters because the document is all but full.
        constexpr qsizetype Least = 256;
        const qsizetype window =
            std::min(text.size(), std::max(Least, m_limits.characters - m_document->characterCount()));
        qsizetype lines = m_limits.lines - m_document->blockCount() - m_lineBreaks;
        qsizetype lastSeparator = -1;
        qsizetype lastSpace = -1;
        for (qsizetype i = 0; i < window; ++i) {
            if (text.at(i) == lineSeparator) {
                if (--lines < 0)
                    return {i, 1};
                lastSeparator = i;
            } else if (text.at(i).isSpace()) {
                lastSpace = i;
            }
        }
        if (window == text.size())
            return {text.size(), 0};
        if (lastSeparator >= 0)
            return {lastSeparator, 1};
        if (lastSpace >= window / 2)
            return {lastSpace + 1, 0};
        return {text.at(window - 1).isHighSurrogate() ? window - 1 : window, 0};
    }

    // Inserts text in format, its long words broken for layout if the style says so. In a
    // block too long for one document (longBlock), the text goes on in the next document when
    // this one is full. inserted(from, to, position, where) learns of each part of text,
    // [from, to), put at position, where being the breaks put into it.
    template <typename Inserted>
    void insert(QStringView text, const QTextCharFormat &format, bool longBlock, Inserted inserted)
    {
        qsizetype done = 0;
        while (done < text.size()) {
            const bool cutting = longBlock && canContinueBlock();
            if (cutting && full())
                continueBlock();
            const QStringView rest = text.sliced(done);
            const Cut at = cutting ? cut(rest) : Cut{rest.size(), 0};
            const QStringView part = rest.first(at.at);
            if (!part.isEmpty()) {
                const qsizetype lineBreaks = part.count(lineSeparator);
                m_lineBreaks += lineBreaks;
                m_blockLineBreaks += lineBreaks;
                QList<qsizetype> where;
                const int position = m_cursor.position();
                m_cursor.insertText(m_style.breakLongWords ? m_words.feed(part, &where) : part.toString(), format);
                inserted(done, done + part.size(), position, where);
            }
            done += at.at + at.skip;
            if (at.at < rest.size())
                continueBlock();
        }
    }

    // Inserts inline text, which makes the block it is in too long when it is more than a
    // document holds.
    void insert(QStringView text, const QTextCharFormat &format)
    {
        const bool longBlock = !m_reuseBlock && tooLong(m_cursor.block().length() + text.size(),
                                                        m_blockLineBreaks + text.count(lineSeparator));
        insert(text, format, longBlock, [](qsizetype, qsizetype, int, const QList<qsizetype> &) {});
    }

    // Returns false when node's children are not to be visited.
    bool enter(cmark_node *node)
    {
        if (m_htmlDepth > 0 && isInline(node) && cmark_node_get_type(node) != CMARK_NODE_HTML_INLINE) {
            // Inside an HTML element that is still open: Qt's HTML import reads it all at once.
            m_html += renderedHtml(node);
            return false;
        }
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_BLOCK_QUOTE:
            ++m_quoteLevel;
            break;
        case CMARK_NODE_LIST:
            enterList(node);
            break;
        case CMARK_NODE_ITEM:
            m_itemStart = true;
            m_task.reset();
            if (MarkdownTree::typeName(node) == u"tasklist")
                m_task = cmark_gfm_extensions_get_tasklist_item_checked(node);
            break;
        case CMARK_NODE_PARAGRAPH:
            m_blockText = quoted({});
            startBlock(m_style.paragraph, m_blockText, true);
            break;
        case CMARK_NODE_HEADING: {
            const int level = std::clamp(cmark_node_get_heading_level(node), 1, 6);
            QTextBlockFormat format = m_style.headingBlocks[size_t(level - 1)];
            format.setHeadingLevel(level);
            m_blockText = quoted(m_style.headings[size_t(level - 1)]);
            startBlock(format, m_blockText);
            break;
        }
        case CMARK_NODE_CODE_BLOCK:
            codeBlock(node);
            break;
        case CMARK_NODE_HTML_BLOCK:
            // Its last line's end would print as a space at the end of the block.
            htmlBlock(MarkdownTree::literal(node).trimmed());
            break;
        case CMARK_NODE_THEMATIC_BREAK: {
            QTextBlockFormat format = m_style.paragraph;
            format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                               QTextLength(QTextLength::PercentageLength, 100));
            startBlock(format, quoted({}));
            break;
        }
        case CMARK_NODE_TEXT:
            insertText(MarkdownTree::literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
            insertText(QStringLiteral(" "));
            break;
        case CMARK_NODE_LINEBREAK:
            insertText(QString(lineSeparator));
            break;
        case CMARK_NODE_CODE:
            insert(MarkdownTree::literal(node), textFormat(&m_style.code));
            break;
        case CMARK_NODE_HTML_INLINE:
            inlineHtml(MarkdownTree::literal(node));
            break;
        case CMARK_NODE_EMPH:
            pushInline([](QTextCharFormat &format) { format.setFontItalic(true); });
            break;
        case CMARK_NODE_STRONG:
            pushInline([](QTextCharFormat &format) { format.setFontWeight(QFont::Bold); });
            break;
        case CMARK_NODE_LINK: {
            const QString url = QString::fromUtf8(cmark_node_get_url(node));
            m_link = m_style.linkTarget ? m_style.linkTarget(url) : url;
            break;
        }
        case CMARK_NODE_IMAGE:
            image(node);
            return false;
        default:
            return enterExtension(node);
        }
        return true;
    }

    bool enterExtension(cmark_node *node)
    {
        const QString type = MarkdownTree::typeName(node);
        if (type == u"strikethrough") {
            pushInline([](QTextCharFormat &format) { format.setFontStrikeOut(true); });
        } else if (type == u"table") {
            return enterTable(node);
        } else if (type == u"table_header" || type == u"table_row") {
            ++m_row;
            m_column = -1;
            m_headerRow = cmark_gfm_extensions_get_table_row_is_header(node) != 0;
        } else if (type == u"table_cell") {
            return enterCell();
        }
        return true;
    }

    void leave(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_BLOCK_QUOTE:
            --m_quoteLevel;
            break;
        case CMARK_NODE_LIST:
            m_lists.pop_back();
            break;
        case CMARK_NODE_ITEM:
            // An empty item still shows its bullet.
            if (m_itemStart)
                startBlock(m_style.paragraph, quoted({}), true);
            break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
            flushHtml();
            break;
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
            m_inline.pop_back();
            break;
        case CMARK_NODE_LINK:
            m_link.clear();
            break;
        default:
            leaveExtension(node);
            break;
        }
    }

    void leaveExtension(cmark_node *node)
    {
        const QString type = MarkdownTree::typeName(node);
        if (type == u"strikethrough") {
            m_inline.pop_back();
        } else if (type == u"table_cell") {
            flushHtml();
        } else if (type == u"table") {
            m_cursor = m_table->lastCursorPosition();
            m_cursor.movePosition(QTextCursor::NextBlock);
            // The block Qt keeps after a table takes whatever comes next.
            m_reuseBlock = true;
            m_table = nullptr;
            m_previousTightItem = false;
        }
    }

    template <typename Change>
    void pushInline(Change change)
    {
        QTextCharFormat format = m_inline.back();
        change(format);
        m_inline.push_back(format);
    }

    // format with what a block quote adds to its text.
    QTextCharFormat quoted(QTextCharFormat format) const
    {
        if (m_quoteLevel > 0)
            format.merge(m_style.quoteText);
        return format;
    }

    QTextCharFormat textFormat(const QTextCharFormat *span = nullptr) const
    {
        QTextCharFormat format = m_inline.back();
        if (span)
            format.merge(*span);
        format.merge(m_blockText);
        if (!m_link.isEmpty()) {
            format.merge(m_style.link);
            format.setAnchor(true);
            format.setAnchorHref(m_link);
        }
        return format;
    }

    void insertText(QString text)
    {
        if (m_htmlDepth > 0) {
            m_html += text.toHtmlEscaped();
            return;
        }
        // After a "<br>", as in a browser, a line starts with its first word ("a<br>\nb").
        const int position = m_cursor.position();
        if (position > m_cursor.block().position() && m_document->characterAt(position - 1) == lineSeparator) {
            qsizetype spaces = 0;
            while (spaces < text.size() && text.at(spaces) == u' ')
                ++spaces;
            text.remove(0, spaces);
        }
        if (!text.isEmpty())
            insert(text, textFormat());
    }

    int indentLevel() const { return std::min(int(m_lists.size()), MaxIndentLevel); }

    // Starts a block for the next paragraph, heading, code or break, inside the quotes and
    // list items open around it.
    void startBlock(QTextBlockFormat format, const QTextCharFormat &text, bool paragraph = false)
    {
        flushHtml();
        // Inside a list or a quote far longer than a document holds, between two of its blocks.
        if (full(2) && !m_table)
            nextDocument();
        if (m_quoteLevel > 0) {
            format.setProperty(QTextFormat::BlockQuoteLevel, m_quoteLevel);
            format.setLeftMargin(format.leftMargin() + m_style.quoteIndent * std::min(m_quoteLevel, MaxIndentLevel));
        }
        const bool marker = m_itemStart && !m_lists.empty();
        if (marker && m_task)
            format.setMarker(*m_task ? QTextBlockFormat::MarkerType::Checked : QTextBlockFormat::MarkerType::Unchecked);
        else if (!marker && !m_lists.empty())
            format.setIndent(indentLevel()); // in line with its item's text
        if (m_previousTightItem && !m_lists.empty() && m_previousList == m_outerList) {
            QTextBlockFormat previous = m_previousBlock.blockFormat();
            previous.setBottomMargin(m_style.listItemSpacing);
            QTextCursor(m_previousBlock).setBlockFormat(previous);
        }
        m_words.reset();
        m_blockLineBreaks = 0;
        if (m_reuseBlock) {
            if (m_cursor.block() == m_document->firstBlock() && (!m_pieces || m_pieces->size() == 1))
                format.setTopMargin(0);
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(text);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(format, text);
        }
        if (marker) {
            List &list = m_lists.back();
            if (list.list)
                list.list->add(m_cursor.block());
            else
                list.list = m_cursor.createList(list.format);
            m_itemStart = false;
        }
        m_previousBlock = m_cursor.block();
        m_previousTightItem = paragraph && !m_lists.empty() && m_lists.back().tight;
        m_previousList = m_outerList;
    }

    void enterList(cmark_node *node)
    {
        List list;
        list.tight = cmark_node_get_list_tight(node) != 0;
        const int depth = int(m_lists.size()) + 1;
        if (depth == 1)
            ++m_outerList;
        list.format.setIndent(std::min(depth, MaxIndentLevel));
        if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST) {
            list.format.setStyle(QTextListFormat::ListDecimal);
            list.format.setNumberSuffix(cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? QStringLiteral(")")
                                                                                             : QStringLiteral("."));
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
            list.format.setStart(cmark_node_get_list_start(node));
#endif
        } else {
            // As browsers show nested lists: disc, circle, then square.
            list.format.setStyle(depth == 1   ? QTextListFormat::ListDisc
                                 : depth == 2 ? QTextListFormat::ListCircle
                                              : QTextListFormat::ListSquare);
        }
        m_lists.push_back(list);
    }

    void codeBlock(cmark_node *node)
    {
        QString code = MarkdownTree::literal(node);
        if (code.endsWith(u'\n'))
            code.chop(1);
        const QString info = QString::fromUtf8(cmark_node_get_fence_info(node)).trimmed();
        QTextBlockFormat format = m_style.codeBlock;
        format.setProperty(QTextFormat::BlockCodeLanguage, info.section(u' ', 0, 0));
        int length = 0;
        int offset = 0;
        char fence = 0;
        if (cmark_node_get_fenced(node, &length, &offset, &fence) != 0)
            format.setProperty(QTextFormat::BlockCodeFence, QString(QLatin1Char(fence)));
        const QTextCharFormat text = quoted(m_style.codeBlockText);
        startBlock(format, text);
        if (code.isEmpty())
            return;
        // The whole block at once, so that a grammar carries what spans lines (a string, a
        // comment) from line to line.
        QList<QTextLayout::FormatRange> ranges;
        if (m_style.highlightCode) {
            if (!m_highlighter)
                m_highlighter.emplace();
            ranges = m_highlighter->highlight(code, info, m_style.darkBackground);
        }
        // '\n' and the line separator are one character each.
        QString shown = code;
        shown.replace(u'\n', lineSeparator);
        auto range = ranges.cbegin();
        const bool longBlock = tooLong(code.size(), code.count(u'\n'));
        insert(shown, text, longBlock, [&](qsizetype from, qsizetype to, int position, const QList<qsizetype> &where) {
            QTextCursor cursor(m_document);
            for (; range != ranges.cend() && range->start < to; ++range) {
                const qsizetype start = std::clamp<qsizetype>(range->start, from, to) - from;
                const qsizetype end = std::clamp<qsizetype>(range->start + range->length, from, to) - from;
                if (end > start) {
                    cursor.setPosition(position + int(LongWordBreaker::moved(start, where)));
                    cursor.setPosition(position + int(LongWordBreaker::moved(end, where)), QTextCursor::KeepAnchor);
                    cursor.mergeCharFormat(range->format);
                }
                // A range over where the part ends goes on in the next one.
                if (range->start + range->length > to)
                    break;
            }
        });
    }

    void htmlBlock(const QString &html)
    {
        // A comment or an empty element leaves no empty block behind.
        if (QTextDocumentFragment::fromHtml(html).isEmpty())
            return;
        m_blockText = quoted({});
        startBlock(m_style.paragraph, m_blockText);
        const QTextBlockFormat format = m_cursor.blockFormat();
        const int start = m_cursor.block().position();
        m_cursor.insertHtml(html);
        fitInsertedHtml(start, m_cursor.position(), &format);
        m_previousBlock = m_cursor.block();
    }

    void inlineHtml(const QString &html)
    {
        if (m_cell) {
            // A cell as the Markdown export writes it has "<br>" for its line breaks, and
            // escapes every other "<".
            insertText(isLineBreakTag(html) ? QString(lineSeparator) : html);
            return;
        }
        m_html += html;
        m_htmlDepth = std::max(0, m_htmlDepth + depthChange(html));
        if (m_htmlDepth == 0)
            flushHtml();
    }

    // Inserts the inline HTML gathered so far, an element with what it holds, as Qt reads it.
    void flushHtml()
    {
        if (m_html.isEmpty())
            return;
        const QString html = std::exchange(m_html, QString());
        m_htmlDepth = 0;
        const int start = m_cursor.position();
        m_cursor.insertHtml(html);
        fitInsertedHtml(start, m_cursor.position(), nullptr);
    }

    // Gives text that Qt's HTML import inserted the formats of the Markdown around it: the
    // block's margins, the surrounding emphasis and block text, code and link styles.
    void fitInsertedHtml(int from, int to, const QTextBlockFormat *blockFormat)
    {
        struct Run
        {
            int position;
            int length;
            QTextCharFormat format;
        };
        std::vector<Run> runs;
        const QTextBlock first = m_document->findBlock(from);
        for (QTextBlock block = first; block.isValid() && block.position() <= to; block = block.next()) {
            if (blockFormat) {
                // Only the first block is the list item, if any.
                QTextBlockFormat format = *blockFormat;
                if (block != first) {
                    format.clearProperty(QTextFormat::ObjectIndex);
                    format.clearProperty(QTextFormat::BlockMarker);
                }
                QTextCursor(block).mergeBlockFormat(format);
            }
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const int start = std::max(from, fragment.position());
                const int end = std::min(to, fragment.position() + fragment.length());
                if (fragment.isValid() && start < end)
                    runs.push_back({start, end - start, fragment.charFormat()});
            }
        }
        QTextCursor cursor(m_document);
        for (auto &run : runs) {
            QTextCharFormat format = m_inline.back();
            format.merge(run.format);
            if (format.fontFixedPitch())
                format.merge(m_style.code);
            format.merge(m_blockText);
            if (format.isAnchor()) {
                const QString target =
                    m_style.linkTarget ? m_style.linkTarget(format.anchorHref()) : format.anchorHref();
                if (target.isEmpty()) {
                    format.setAnchor(false);
                    format.clearProperty(QTextFormat::AnchorHref);
                    format.clearForeground();
                    format.setFontUnderline(false);
                    format.merge(m_blockText);
                } else {
                    format.merge(m_style.link);
                    format.setAnchorHref(target);
                }
            }
            cursor.setPosition(run.position);
            cursor.setPosition(run.position + run.length, QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }

    void image(cmark_node *node)
    {
        const QString description = MarkdownTree::plainText(node);
        if (m_cell) {
            insertText(description);
            return;
        }
        if (m_htmlDepth > 0) {
            m_html += renderedHtml(node);
            return;
        }
        QTextImageFormat format;
        format.merge(textFormat());
        format.setName(QString::fromUtf8(cmark_node_get_url(node)));
        format.setProperty(QTextFormat::ImageAltText, description);
        format.setProperty(QTextFormat::ImageTitle, QString::fromUtf8(cmark_node_get_title(node)));
        m_cursor.insertImage(format);
    }

    bool enterTable(cmark_node *node)
    {
        const int columns = cmark_gfm_extensions_get_table_columns(node);
        const auto rows = MarkdownTree::children(node).size();
        if (columns <= 0 || rows <= 0)
            return false;
        flushHtml();
        const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(node);
        m_alignments.assign(size_t(columns), Qt::AlignLeft);
        for (int c = 0; alignments && c < columns; ++c)
            m_alignments[size_t(c)] = columnAlignment(char(alignments[c]));
        QTextTableFormat format = m_style.table;
        format.setLeftMargin(format.leftMargin() + m_style.quoteIndent * std::min(m_quoteLevel, MaxIndentLevel) +
                             m_document->indentWidth() * indentLevel());
        m_table = m_cursor.insertTable(int(rows), columns, format);
        m_row = -1;
        m_itemStart = false;
        m_previousTightItem = false;
        return true;
    }

    bool enterCell()
    {
        ++m_column;
        if (!m_table || m_row >= m_table->rows() || m_column >= m_table->columns())
            return false;
        QTextTableCell cell = m_table->cellAt(m_row, m_column);
        m_cursor = cell.firstCursorPosition();
        m_words.reset();
        QTextBlockFormat format = m_style.tableCellBlock;
        format.setAlignment(m_alignments[size_t(m_column)]);
        QTextCharFormat text = m_style.tableText;
        if (m_headerRow)
            text.merge(m_style.tableHeaderText);
        m_blockText = quoted(text);
        m_cursor.setBlockFormat(format);
        // The cell's own format (its fill) is the format of its first block's characters.
        QTextCharFormat cellFormat = m_blockText;
        if (m_headerRow && m_style.tableHeaderFill.style() != Qt::NoBrush)
            cellFormat.setBackground(m_style.tableHeaderFill);
        cell.setFormat(cellFormat);
        return true;
    }

    const MarkdownDocumentStyle &m_style;
    QTextDocument *m_document;
    QTextCursor m_cursor;
    QTextCursor m_edit; // holds the edit block of the document being written
    const bool m_cell;
    LongWordBreaker m_words;

    // With a factory, a full document is followed by a new one (buildPieces()).
    MarkdownDocumentBuilder::DocumentFactory m_newDocument;
    PieceLimits m_limits;
    std::vector<std::unique_ptr<QTextDocument>> *m_pieces = nullptr;
    qsizetype m_lineBreaks = 0;      // in the document being written
    qsizetype m_blockLineBreaks = 0; // in the block being written
    // The cursor's block is empty and takes the next block (the document's first block, the
    // block after a table).
    bool m_reuseBlock = false;
    QTextBlock m_previousBlock;
    bool m_previousTightItem = false;
    // Which outermost list the previous block is in: two lists in a row are apart.
    int m_previousList = 0;
    int m_outerList = 0;

    int m_quoteLevel = 0;
    std::vector<List> m_lists;
    bool m_itemStart = false;
    std::optional<bool> m_task;

    std::vector<QTextCharFormat> m_inline; // emphasis, strong and strikethrough, innermost last
    QTextCharFormat m_blockText;
    QString m_link;

    QString m_html;
    int m_htmlDepth = 0;

    QTextTable *m_table = nullptr;
    std::vector<Qt::Alignment> m_alignments;
    int m_row = -1;
    int m_column = -1;
    bool m_headerRow = false;

    std::optional<highlight::CodeHighlighter> m_highlighter;
};

} // namespace

MarkdownDocumentBuilder::MarkdownDocumentBuilder(MarkdownDocumentStyle style) : m_style(std::move(style)) {}

void MarkdownDocumentBuilder::build(const QString &markdown, QTextDocument *document) const
{
    const MarkdownTree tree(markdown);
    Renderer(m_style, document, false).render(tree.root());
}

std::vector<std::unique_ptr<QTextDocument>> MarkdownDocumentBuilder::buildPieces(const QString &markdown,
                                                                                 const DocumentFactory &newDocument,
                                                                                 PieceLimits limits) const
{
    std::vector<std::unique_ptr<QTextDocument>> pieces;
    pieces.push_back(newDocument());
    const MarkdownTree tree(markdown);
    Renderer renderer(m_style, pieces.front().get(), false);
    renderer.setPieces(newDocument, limits, &pieces);
    renderer.render(tree.root());
    return pieces;
}

void MarkdownDocumentBuilder::buildCell(const QString &markdown, QTextDocument *document) const
{
    const QString table = markdown::cellTable(markdown);
    if (table.isEmpty())
        return;
    const MarkdownTree tree(table);
    cmark_node *found = nullptr;
    MarkdownTree::walk(tree.root(), [&found](cmark_node *node) {
        if (!found && MarkdownTree::typeName(node) == u"table_cell")
            found = node;
    });
    if (found) {
        Renderer(m_style, document, true).render(found);
    } else {
        // markdownCell() always makes a row; should that ever fail, the text still shows.
        QTextCursor(document).insertText(markdown.simplified());
    }
}

} // namespace hindsight::exporting
