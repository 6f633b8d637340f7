// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reviewdocument.h"

#include <QListView>
#include <QPointer>

namespace hindsight::editor {

// The review's sections in template order, then "Additional notes", each with its state
// (empty, started, complete) and a lock when it is internal. Picking a section by click,
// keyboard or Enter emits sectionActivated().
class SectionListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionListView)

public:
    explicit SectionListView(QWidget *parent = nullptr);

    // nullptr shows nothing.
    void setDocument(model::ReviewDocument *document);
    model::ReviewDocument *document() const { return m_document; }

    // Selects row without emitting sectionActivated() (the caller knows already).
    void setCurrentSection(int row);
    int currentSection() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void sectionActivated(int row);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void setItemModel(QAbstractItemModel *itemModel);

    QPointer<model::ReviewDocument> m_document;
    QMetaObject::Connection m_modelDestroyed;
    bool m_settingCurrent = false;
    int m_rowAtPress = -1;
};

} // namespace hindsight::editor
