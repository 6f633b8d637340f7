// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionlistview.h"

#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "sectiondelegate.h"

#include <QKeyEvent>
#include <QScopedValueRollback>

namespace hindsight::editor {

SectionListView::SectionListView(QWidget *parent) : QListView(parent)
{
    setItemDelegate(new SectionDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Sections"));
    // A click on the current row emits nothing through currentChanged(): say it here.
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() == m_rowAtPress)
            Q_EMIT sectionActivated(index.row());
    });
}

void SectionListView::setDocument(model::ReviewDocument *document)
{
    if (document == m_document && (!document || model() == document->model()))
        return;
    const int row = currentSection();
    m_document = document;
    disconnect(m_modelDestroyed);
    setItemModel(document ? document->model() : nullptr);
    if (!document)
        return;
    // Figures are shown on the pages of their sections, not as a section of their own.
    setRowHidden(model::ReviewModel::FiguresRow, true);
    setRowHidden(model::ReviewModel::ReviewersRow, true);
    // The document deletes its model before it is gone itself: let go of the model then, or
    // the view resets a selection model that has lost its model.
    m_modelDestroyed = connect(document->model(), &QObject::destroyed, this, [this] {
        m_document = nullptr;
        setItemModel(nullptr);
    });
    setCurrentSection(row < 0 ? 0 : row);
}

void SectionListView::setItemModel(QAbstractItemModel *itemModel)
{
    auto *oldSelection = selectionModel();
    setModel(itemModel);
    // setModel() made a new selection model; the old one is ours to delete.
    if (oldSelection && oldSelection != selectionModel())
        delete oldSelection;
}

void SectionListView::setCurrentSection(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount() || isRowHidden(row))
        return;
    const QScopedValueRollback guard(m_settingCurrent, true);
    setCurrentIndex(model()->index(row, 0));
}

int SectionListView::currentSection() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

QSize SectionListView::sizeHint() const
{
    auto hint = QListView::sizeHint();
    hint.setWidth(std::max(hint.width(), sizeHintForColumn(0) + 2 * frameWidth() + 4));
    return hint;
}

void SectionListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListView::currentChanged(current, previous);
    if (current.isValid() && !m_settingCurrent)
        Q_EMIT sectionActivated(current.row());
}

void SectionListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT sectionActivated(currentIndex().row());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void SectionListView::mousePressEvent(QMouseEvent *event)
{
    m_rowAtPress = currentSection();
    QListView::mousePressEvent(event);
}

} // namespace hindsight::editor
