// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reviewdocument.h"
#include "model/types.h"

#include <QPersistentModelIndex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <optional>

namespace hindsight::editor {

class BlamelessMarks;
class MarkdownHighlighter;

// A plain-text Markdown editor bound to one text of a review: a scalar field, or a text cell
// of a row (an additional note). Every change pushes an undo command (the model merges
// consecutive typing into one step); the editor follows the document on undo, redo and edits
// made elsewhere. Ctrl+Z and Ctrl+Shift+Z act on the document's undo stack. The Markdown is
// highlighted (see MarkdownHighlighter), fenced code blocks on a tinted band. Wording that pins a
// failure on a person is underlined as it is typed (see BlamelessMarks), with a suggestion in its
// tooltip; the lines of code blocks are not checked.
class MarkdownEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEdit)

public:
    // Larger pastes would make every keystroke afterwards copy megabytes into an undo command.
    static constexpr qsizetype MaxPasteLength = 1'000'000;

    explicit MarkdownEdit(QWidget *parent = nullptr);

    // Binds to a scalar text field; nullptr unbinds and clears.
    void bind(model::ReviewDocument *document, model::Field field);
    // Binds to a text cell of a row in document's model (or a proxy of it).
    void bind(model::ReviewDocument *document, const QModelIndex &cell);
    void unbind();

    model::ReviewDocument *reviewDocument() const { return m_document; }
    // The scalar field bound, if any.
    std::optional<model::Field> field() const { return m_field; }

    // An open comment thread about a passage of this text, where the passage is now. Such
    // passages are tinted; hovering one shows its thread, clicking it asks to show the thread.
    struct CommentedPassage
    {
        QUuid thread;
        int start = 0;
        int length = 0;
        QString toolTip;
    };
    QList<CommentedPassage> commentedPassages() const { return m_passages; }

    // Small, so that forms in a scroll area grow editors by stretch instead of scrolling.
    QSize sizeHint() const override;

    MarkdownHighlighter *highlighter() const { return m_highlighter; }
    // The suggestions for the underlined phrase at position (viewport coordinates), as its
    // tooltip shows them; empty where nothing is underlined.
    QString blamelessToolTipAt(const QPoint &position) const;

    // Pastes and drops that are not text for this editor (a screenshot, image files) go to
    // whoever keeps them beside the text: canTake says whether it would take the data, take
    // takes it and returns whether it did. Anything they leave is pasted as before.
    struct ForeignContent
    {
        std::function<bool(const QMimeData *)> canTake;
        std::function<bool(const QMimeData *)> take;
    };
    void setForeignContentHandler(ForeignContent handler);

Q_SIGNALS:
    // A paste was refused; message says why, for people.
    void pasteRefused(const QString &message);
    // The user clicked a commented passage.
    void commentActivated(const QUuid &thread);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void attach(model::ReviewDocument *document);
    QString boundText() const;
    void pushText();
    void load();
    void refresh();
    void replaceText(const QString &text);
    void markComments();
    const CommentedPassage *passageAt(const QPoint &position) const;

    QPointer<model::ReviewDocument> m_document;
    std::optional<model::Field> m_field;
    QPersistentModelIndex m_cell;
    QList<QMetaObject::Connection> m_connections;
    bool m_refreshing = false;
    MarkdownHighlighter *m_highlighter = nullptr;
    QPointer<BlamelessMarks> m_marks;
    ForeignContent m_foreign;
    QList<CommentedPassage> m_passages;
    QTimer m_markTimer; // marks the passages again after a pause in typing
};

} // namespace hindsight::editor
