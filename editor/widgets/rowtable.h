// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QWidget>

#include <functional>

class QPushButton;
class QTableView;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class SectionRowsProxy;

// An editable table over the rows of one kind, with Add and Remove buttons and the Insert and
// Delete keys. Edits go through the model (undo commands); Add makes the row with the row
// factory (an empty row by default) and opens the editor on the edit column.
class RowTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTable)

public:
    RowTable(model::ReviewDocument &document, int typeIndex, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    int typeIndex() const { return m_typeIndex; }
    SectionRowsProxy *proxy() const { return m_proxy; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    void setButtonTexts(const QString &add, const QString &remove);
    // Makes a new row and returns its id (0 when nothing was added).
    void setRowFactory(std::function<qint64()> factory);
    // The column whose editor opens after Add; -1 for none.
    void setEditColumn(int column);
    // Sizes a column to fit its header and the widest of samples.
    void fitColumn(int column, const QStringList &samples);
    void setStretchColumn(int column);
    // The view's index of the row with that id, or an invalid index.
    QModelIndex indexOfId(qint64 id, int column = 0) const;

    // Small, so that forms in a scroll area grow tables by stretch instead of scrolling.
    QSize sizeHint() const override;

public Q_SLOTS:
    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    void rowAdded(const QModelIndex &index);

private:
    void showColumnMenu(const QPoint &position);
    void updateButtons();

    model::ReviewDocument &m_document;
    int m_typeIndex;
    SectionRowsProxy *m_proxy;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    std::function<qint64()> m_factory;
    int m_editColumn = 0;
};

} // namespace hindsight::editor
