// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldatedelegate.h"

#include "optionaldateedit.h"

namespace hindsight::editor {

QWidget *OptionalDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    return new OptionalDateEdit(parent);
}

void OptionalDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<OptionalDateEdit *>(editor)->setValue(index.data(Qt::EditRole).toDate());
}

void OptionalDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<OptionalDateEdit *>(editor)->value(), Qt::EditRole);
}

} // namespace hindsight::editor
