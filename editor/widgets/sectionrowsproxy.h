// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace hindsight::model {
class ReviewModel;
}

namespace hindsight::editor {

// The rows of one kind (RowTraits<Row>::typeIndex) as a table sees them. The review model is a
// tree whose headerData() cannot know which section a table shows, so the column headers come
// from here; the proxy can also keep only rows whose column holds a value (lessons of one
// kind) and sort (the timeline by time).
class SectionRowsProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionRowsProxy)

public:
    SectionRowsProxy(model::ReviewModel *source, int typeIndex, QObject *parent = nullptr);

    int typeIndex() const { return m_typeIndex; }
    // The index to give a view as root index.
    QModelIndex rowsRoot() const;
    // Keeps only rows whose column has value as EditRole.
    void setColumnFilter(int column, const QVariant &value);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    model::ReviewModel *m_source;
    int m_typeIndex;
    int m_filterColumn = -1;
    QVariant m_filterValue;
};

} // namespace hindsight::editor
