// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownedit.h"

#include "editor/widgets/blamelessmarks.h"
#include "editor/widgets/markdownhighlighter.h"
#include "model/commands.h"
#include "model/comments.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewfields.h"
#include "model/reviewmodel.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QTextBlock>
#include <QToolTip>

namespace hindsight::editor {

namespace {

constexpr int IndentWidth = 4;
constexpr int MinimumLines = 5;
// A line is scanned again for each keystroke in it. Prose paragraphs are far shorter; a longer
// line is a pasted log or blob, whose scan would make typing in it lag.
constexpr qsizetype MaxBlamelessLine = model::BlamelessScanner::MaxMarkdownLine;
constexpr int CommentMarkDelayMs = 150;

} // namespace

MarkdownEdit::MarkdownEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    // The document's stack is the only undo history: a second one here would undo behind the
    // model's back.
    setUndoRedoEnabled(false);
    auto mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto base = font();
    if (base.pointSizeF() > 0)
        mono.setPointSizeF(base.pointSizeF());
    setFont(mono);
    document()->setDocumentMargin(6);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * IndentWidth);
    setMinimumHeight(fontMetrics().lineSpacing() * MinimumLines + 2 * frameWidth() + 12);
    m_highlighter = new MarkdownHighlighter(this);
    m_marks = BlamelessMarks::of(nullptr);
    // Line by line, as the highlighter goes: a keystroke scans its own line again, not the text.
    m_highlighter->setOverlay([this](const QString &line) {
        QList<highlight::OverlayRange> ranges;
        if (!m_marks || line.size() > MaxBlamelessLine)
            return ranges;
        const auto format = BlamelessMarks::underlineFormat();
        for (const auto &finding : m_marks->scan(line))
            ranges.append({finding.start, finding.length, format});
        return ranges;
    });
    connect(this, &QPlainTextEdit::textChanged, this, &MarkdownEdit::pushText);
    m_markTimer.setSingleShot(true);
    m_markTimer.setInterval(CommentMarkDelayMs);
    connect(&m_markTimer, &QTimer::timeout, this, &MarkdownEdit::markComments);
    connect(this, &QPlainTextEdit::textChanged, &m_markTimer, qOverload<>(&QTimer::start));
}

QSize MarkdownEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), minimumHeight()};
}

void MarkdownEdit::attach(model::ReviewDocument *document)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    setReadOnly(!document || document->isReadOnly());
    // The text is loaded after this, and highlighted with the marks of its review.
    m_marks = BlamelessMarks::of(document);
    m_connections.append(connect(m_marks, &BlamelessMarks::changed, m_highlighter, &MarkdownHighlighter::rehighlight));
    if (document)
        m_connections.append(
            connect(document, &model::ReviewDocument::commentsChanged, this, &MarkdownEdit::markComments));
}

void MarkdownEdit::bind(model::ReviewDocument *document, model::Field field)
{
    attach(document);
    m_field = field;
    m_cell = QPersistentModelIndex();
    if (document) {
        m_connections.append(
            connect(document, &model::ReviewDocument::fieldChanged, this, [this](model::Field changed) {
                if (m_field == changed)
                    refresh();
            }));
    }
    load();
}

void MarkdownEdit::bind(model::ReviewDocument *document, const QModelIndex &cell)
{
    attach(document);
    m_field.reset();
    m_cell = cell;
    if (document && cell.isValid()) {
        const auto *itemModel = cell.model();
        m_connections.append(connect(itemModel, &QAbstractItemModel::dataChanged, this,
                                     [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                         if (m_cell.isValid() && m_cell.parent() == topLeft.parent() &&
                                             m_cell.row() >= topLeft.row() && m_cell.row() <= bottomRight.row() &&
                                             m_cell.column() >= topLeft.column() &&
                                             m_cell.column() <= bottomRight.column())
                                             refresh();
                                     }));
        // A removed row leaves nothing to edit.
        m_connections.append(connect(itemModel, &QAbstractItemModel::rowsRemoved, this, [this] {
            if (!m_cell.isValid())
                unbind();
        }));
    }
    load();
}

void MarkdownEdit::unbind()
{
    attach(nullptr);
    m_field.reset();
    m_cell = QPersistentModelIndex();
    load();
}

QString MarkdownEdit::boundText() const
{
    if (m_document && m_field)
        return model::fieldValue(m_document->review(), *m_field).toString();
    if (m_document && m_cell.isValid())
        return m_cell.data(Qt::EditRole).toString();
    return {};
}

void MarkdownEdit::pushText()
{
    if (m_refreshing || !m_document || m_document->isReadOnly())
        return;
    if (m_field) {
        model::commands::setField(*m_document, *m_field, toPlainText());
    } else if (m_cell.isValid()) {
        auto *itemModel = const_cast<QAbstractItemModel *>(m_cell.model());
        itemModel->setData(m_cell, toPlainText(), Qt::EditRole);
    }
}

void MarkdownEdit::load()
{
    // A newly bound text starts at its top, not where a partial replacement would leave it.
    const QScopedValueRollback guard(m_refreshing, true);
    setPlainText(boundText());
    markComments();
}

void MarkdownEdit::refresh()
{
    // The editor that caused a change already holds the value: leave its cursor alone.
    const auto text = boundText();
    if (text != toPlainText())
        replaceText(text);
}

void MarkdownEdit::replaceText(const QString &text)
{
    // Replace only the part that differs, so that undo leaves the cursor and the scroll
    // position where the change happened instead of at the top.
    const auto old = toPlainText();
    qsizetype prefix = 0;
    const auto shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;

    const QScopedValueRollback guard(m_refreshing, true);
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    setTextCursor(cursor);
}

void MarkdownEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)) {
        if (m_document) {
            if (event->matches(QKeySequence::Undo))
                m_document->undoStack()->undo();
            else
                m_document->undoStack()->redo();
        }
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::ControlModifier) {
        // Tab indents, so Ctrl+Tab is the way out of the editor.
        QWidget::focusNextPrevChild(true);
        return;
    }
    if (event->key() == Qt::Key_Backtab) {
        QWidget::focusNextPrevChild(false);
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier && !isReadOnly()) {
        const int column = textCursor().positionInBlock();
        insertPlainText(QString(IndentWidth - column % IndentWidth, QLatin1Char(' ')));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEdit::focusOutEvent(QFocusEvent *event)
{
    // Typing merges into one undo step until the user leaves the editor.
    if (m_document)
        m_document->endEditing();
    QPlainTextEdit::focusOutEvent(event);
}

void MarkdownEdit::paintEvent(QPaintEvent *event)
{
    // Fenced code blocks on a band as wide as the editor, under the text that the base class
    // paints: character formats cannot colour a whole line.
    {
        QPainter painter(viewport());
        const auto band = m_highlighter->codeBlockBackground();
        const auto offset = contentOffset();
        const auto area = event->rect();
        const qreal left = 2;
        const qreal width = viewport()->width() - 2 * left;
        for (auto block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const auto geometry = blockBoundingGeometry(block).translated(offset);
            if (geometry.top() > area.bottom())
                break;
            if (block.isVisible() && geometry.bottom() >= area.top() && MarkdownHighlighter::isCodeBlockLine(block))
                painter.fillRect(QRectF(left, geometry.top(), width, geometry.height()), band);
        }
    }
    QPlainTextEdit::paintEvent(event);
}

QString MarkdownEdit::blamelessToolTipAt(const QPoint &position) const
{
    if (!m_marks)
        return {};
    const auto cursor = cursorForPosition(position);
    const auto block = cursor.block();
    if (!block.isValid() || MarkdownHighlighter::isCodeBlockLine(block))
        return {};
    // The cursor stands between two characters: the one under the mouse is on its left when
    // the mouse is left of it.
    auto character = qsizetype(cursor.positionInBlock());
    if (position.x() < cursorRect(cursor).left() && character > 0)
        --character;
    return BlamelessMarks::toolTip(m_marks->scanner().findingsAt(block.text(), character));
}

void MarkdownEdit::markComments()
{
    m_markTimer.stop();
    m_passages.clear();
    if (m_document && m_field) {
        const QString name = model::fieldName(*m_field);
        const QString text = toPlainText();
        for (const auto &thread : m_document->threads()) {
            const auto &anchor = thread.anchor;
            if (thread.isResolved() || anchor.kind != model::AnchorKind::Passage || anchor.field != name)
                continue;
            const auto place = model::locatePassage(text, anchor.quote, anchor.position);
            if (!place.found())
                continue;
            QString tip = tr("<b>%1</b>: %2")
                              .arg(thread.first.author.toHtmlEscaped(),
                                   model::DiscussionText::excerpt(thread.first.markdown).toHtmlEscaped());
            if (!thread.replies.isEmpty())
                tip += QStringLiteral("<br>") +
                       (thread.replies.size() == 1 ? tr("1 reply") : tr("%1 replies").arg(thread.replies.size()));
            m_passages.append({thread.id(), place.start, place.length, tip});
        }
    }
    QList<QTextEdit::ExtraSelection> selections;
    auto tint = model::ReviewModel::commentMarkColor();
    tint.setAlpha(90);
    for (const auto &passage : std::as_const(m_passages)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(passage.start);
        selection.cursor.setPosition(passage.start + passage.length, QTextCursor::KeepAnchor);
        selection.format.setBackground(tint);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

const MarkdownEdit::CommentedPassage *MarkdownEdit::passageAt(const QPoint &position) const
{
    const int at = cursorForPosition(position).position();
    for (const auto &passage : m_passages) {
        if (at >= passage.start && at < passage.start + passage.length)
            return &passage;
    }
    return nullptr;
}

void MarkdownEdit::mousePressEvent(QMouseEvent *event)
{
    QPlainTextEdit::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier) {
        if (const auto *passage = passageAt(event->position().toPoint()))
            Q_EMIT commentActivated(passage->thread);
    }
}

bool MarkdownEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const auto *passage = passageAt(help->pos())) {
            QToolTip::showText(help->globalPos(), passage->toolTip, viewport());
            return true;
        }
        const QString text = blamelessToolTipAt(help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), BlamelessMarks::richToolTip(text), viewport());
            return true;
        }
    }
    return QPlainTextEdit::viewportEvent(event);
}

void MarkdownEdit::setForeignContentHandler(ForeignContent handler)
{
    m_foreign = std::move(handler);
}

bool MarkdownEdit::canInsertFromMimeData(const QMimeData *source) const
{
    if (source && !isReadOnly() && m_foreign.canTake && m_foreign.canTake(source))
        return true;
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEdit::insertFromMimeData(const QMimeData *source)
{
    if (source && !isReadOnly() && m_foreign.take && m_foreign.take(source))
        return;
    if (source && source->hasText()) {
        const auto length = source->text().size();
        if (length > MaxPasteLength) {
            const QLocale locale;
            const auto message = tr("The pasted text is %1; pastes over %2 are refused so the review stays responsive. "
                                    "Nothing was changed.")
                                     .arg(locale.formattedDataSize(length, 0, QLocale::DataSizeSIFormat),
                                          locale.formattedDataSize(MaxPasteLength, 0, QLocale::DataSizeSIFormat));
            Q_EMIT pasteRefused(message);
            QToolTip::showText(viewport()->mapToGlobal(cursorRect().bottomLeft()), message, this);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace hindsight::editor
