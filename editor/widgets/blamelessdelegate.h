// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class BlamelessMarks;

// A text column of a row table (an event's text, an action's title, a lesson) with the wording
// that pins a failure on a person underlined, as in the Markdown editors, and its suggestion in
// the cell's tooltip, where the style draws the text (wrapped or not). Edits as the default
// delegate does.
class BlamelessDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlamelessDelegate)

public:
    // Column delegates are not owned by their view: view is the parent.
    BlamelessDelegate(model::ReviewDocument *document, QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The suggestions for the underlined phrase at position (view's viewport coordinates) in the
    // cell index drawn with option; empty where nothing is underlined.
    QString toolTipAt(const QPoint &position, const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    QPointer<BlamelessMarks> m_marks;
};

} // namespace hindsight::editor
