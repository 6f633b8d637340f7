// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumdelegate.h"

#include <QComboBox>

namespace hindsight::editor {

EnumDelegate::EnumDelegate(QList<EnumChoice> choices, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices))
{}

QWidget *EnumDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &choice : m_choices)
        combo->addItem(choice.label, choice.value);
    // activated() is emitted for user choices only, never by setEditorData().
    connect(combo, &QComboBox::activated, this,
            [this, combo] { Q_EMIT const_cast<EnumDelegate *>(this)->commitData(combo); });
    return combo;
}

void EnumDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void EnumDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace hindsight::editor
