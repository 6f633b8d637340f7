// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reviewdocument.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace hindsight::editor {

class FigureStrip;

// The form of one section at a time: one page per top-level row of the review model (the
// template's sections, then the additional notes). Pages are made for each document, so a
// page never shows another review's data.
class SectionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionEditor)

public:
    explicit SectionEditor(QWidget *parent = nullptr);

    // nullptr clears the editor. The editor lets go of a document that is destroyed.
    void setDocument(model::ReviewDocument *document);
    model::ReviewDocument *document() const { return m_document; }

    // row is a top-level row of the review model (ReviewModel::AdditionalNotesRow for notes).
    void showSection(int row);
    int currentSection() const { return m_current; }
    // The figures of the section shown; nullptr without a document or on the additional notes.
    FigureStrip *currentFigureStrip() const;

Q_SIGNALS:
    void currentSectionChanged(int row);

private:
    void clearPages();

    QPointer<model::ReviewDocument> m_document;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QList<QScrollArea *> m_pages;
    QMetaObject::Connection m_destroyed;
    int m_current = 0;
};

} // namespace hindsight::editor
