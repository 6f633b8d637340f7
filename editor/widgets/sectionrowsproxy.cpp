// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionrowsproxy.h"

#include "model/reviewmodel.h"
#include "model/rows.h"

namespace hindsight::editor {

SectionRowsProxy::SectionRowsProxy(model::ReviewModel *source, int typeIndex, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source), m_typeIndex(typeIndex)
{
    setSourceModel(source);
    setSortRole(Qt::EditRole);
}

QModelIndex SectionRowsProxy::rowsRoot() const
{
    return mapFromSource(m_source->parentForType(m_typeIndex));
}

void SectionRowsProxy::setColumnFilter(int column, const QVariant &value)
{
    m_filterColumn = column;
    m_filterValue = value;
    invalidateFilter();
}

QVariant SectionRowsProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSortFilterProxyModel::headerData(section, orientation, role);
    if (m_typeIndex == model::RowTraits<model::TimelineEvent>::typeIndex) {
        if (section == model::ReviewModel::TimelineRelativeColumn)
            return tr("Since start");
        if (section == model::RowTraits<model::TimelineEvent>::Time)
            return tr("Time (%1)").arg(QString::fromUtf8(m_source->displayZone().id()));
    }
    return model::visitRowType(
        m_typeIndex, [section]<typename Row>() -> QVariant { return model::RowTraits<Row>::header(section); });
}

bool SectionRowsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterColumn < 0 || m_source->typeIndexOf(sourceParent) != m_typeIndex)
        return true;
    return m_source->index(sourceRow, m_filterColumn, sourceParent).data(Qt::EditRole) == m_filterValue;
}

} // namespace hindsight::editor
