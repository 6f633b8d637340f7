// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/names.h"

#include <QList>
#include <QString>
#include <QStyledItemDelegate>

namespace hindsight::editor {

// One entry of a choice list: what people see, and the int the model stores.
struct EnumChoice
{
    QString label;
    int value = 0;
};

template <typename E>
QList<EnumChoice> enumChoices()
{
    QList<EnumChoice> choices;
    for (const auto value : model::enumValues<E>())
        choices.append({model::enumLabel(value), int(value)});
    return choices;
}

// Edits an int-valued column (an enum, a priority) with a combo box of labelled choices.
// Choosing an entry writes it at once, so a mouse pick needs no extra Enter.
class EnumDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnumDelegate)

public:
    explicit EnumDelegate(QList<EnumChoice> choices, QObject *parent = nullptr);

    const QList<EnumChoice> &choices() const { return m_choices; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<EnumChoice> m_choices;
};

} // namespace hindsight::editor
