// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class MarkdownEdit;
class RowTable;

// The additional notes (content an import could not place in a template section): a list of
// their headings with Add and Remove, and the selected note's heading, visibility and text.
class AdditionalNotesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdditionalNotesEditor)

public:
    explicit AdditionalNotesEditor(model::ReviewDocument &document, QWidget *parent = nullptr);

    RowTable *table() const { return m_table; }
    QLineEdit *headingEdit() const { return m_heading; }
    QComboBox *visibilityCombo() const { return m_visibility; }
    MarkdownEdit *textEdit() const { return m_text; }

private:
    void showNote(const QModelIndex &index);
    void refresh();
    void setCell(int column, const QVariant &value);

    model::ReviewDocument &m_document;
    RowTable *m_table;
    QLineEdit *m_heading;
    QComboBox *m_visibility;
    MarkdownEdit *m_text;
    QPersistentModelIndex m_note; // the note's row in the review model
};

} // namespace hindsight::editor
