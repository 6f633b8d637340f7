// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QStyledItemDelegate>

namespace hindsight::editor {

// Paints a row of the section list: the section's state as a drawn glyph (empty: grey ring,
// started: half-filled amber ring, complete: green disc with a check), its name, and a lock
// when the customer version leaves the section out. Drawn with QPainter so that it looks the
// same without an emoji font.
class SectionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // ringColor replaces the grey of an empty ring (on a selected row, where grey is lost).
    static void paintState(QPainter *painter, const QRectF &rect, model::SectionState state,
                           const QColor &ringColor = {});
    static void paintLock(QPainter *painter, const QRectF &rect, const QColor &color);
};

} // namespace hindsight::editor
