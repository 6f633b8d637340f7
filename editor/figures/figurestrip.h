// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMimeData;
class QPushButton;
class QVBoxLayout;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class ChartImportDialog;
class FigureCard;
class MarkdownEdit;

// The figures of one section, after the section's own content: a card for each, in the
// review's order, and the ways to add more. A screenshot pasted into the page's Markdown
// fields, image files or a metrics file dropped on the page, "Add image…" and "Add chart…" all
// end here. Every image is checked (FigureImages::inspect) before the review changes; a refusal
// is shown in the strip and the review is left as it was. The strip follows the review's
// figures (undo, redo, edits elsewhere), keeping the card of a figure that stays.
class FigureStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureStrip)

public:
    FigureStrip(model::ReviewDocument &document, model::SectionKey section, QWidget *parent = nullptr);

    model::SectionKey section() const { return m_section; }
    // In the section's order.
    QList<FigureCard *> cards() const { return m_cards; }
    FigureCard *card(qint64 id) const;

    // Pastes and drops into edit that bring a picture or figure files become figures here.
    void attach(MarkdownEdit *edit);
    // Figure files dropped anywhere on page (where no input takes them as text) come here.
    void acceptDrops(QWidget *page);

    // Whether mime is for figures (see FigureInput), and the strip can take it now.
    bool canTake(const QMimeData *mime) const;
    // Makes figures of mime; false when it is not for figures (the caller pastes it as text).
    bool take(const QMimeData *mime);

    // Image files become figures in one undo step; a metrics file opens the chart dialog.
    // Files that are not images are refused with a message. Returns the new figures' ids.
    QList<qint64> addFiles(const QStringList &paths);
    // bytes as they are; name (a file name) is quoted in a refusal, empty for a paste.
    qint64 addImage(const QByteArray &bytes, const QString &source, const QString &name = {});
    // "Add image…": a file dialog for images.
    void chooseImages();
    // "Add chart…": the chart dialog on path, or on a file chosen first when path is empty.
    // The dialog is window-modal and inserts the chart when accepted; nullptr when no file was
    // chosen or the review is read-only.
    ChartImportDialog *addChart(const QString &path = {});

    // The refusal shown in the strip; empty when none is.
    QString message() const;
    void showMessage(const QString &text);
    void hideMessage();

Q_SIGNALS:
    // Something was not added; message says why, for people.
    void refused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool editable() const;
    void sync();
    void updateTextRoom();
    void move(qint64 id, int step);
    void reveal(qint64 id, bool focusCaption);
    QString lastDirectory() const;
    void rememberDirectory(const QString &path);

    model::ReviewDocument &m_document;
    model::SectionKey m_section;
    QList<FigureCard *> m_cards;
    struct AttachedEdit
    {
        QPointer<MarkdownEdit> edit;
        int minimumHeight;
    };
    QList<AttachedEdit> m_edits;
    QVBoxLayout *m_cardLayout;
    QLabel *m_hint;
    QPushButton *m_addImage;
    QPushButton *m_addChart;
    QWidget *m_message;
    QLabel *m_messageText;
};

} // namespace hindsight::editor
