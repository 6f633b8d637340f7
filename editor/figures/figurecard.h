// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class FigureImageView;
class MetricChart;

// One figure of a section: the picture, or the chart drawn with the review's milestones as
// they are now, and under it the caption; a chart has its title too. Every edit is an undo
// command on the figure's row; the card follows the row (setFigure()) and, for a chart, the
// timeline and the display zone, without pushing anything back.
class FigureCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureCard)

public:
    FigureCard(model::ReviewDocument &document, const model::Figure &figure, QWidget *parent = nullptr);

    qint64 id() const { return m_figure.id; }
    model::FigureKind kind() const { return m_figure.kind; }
    // Shows figure (the same id) as it is now; parts that did not change are left alone.
    void setFigure(const model::Figure &figure);
    // Where the card is among its section's figures, for the move buttons and the heading.
    void setPosition(int index, int count);

    QLineEdit *captionEdit() const { return m_caption; }
    QLineEdit *titleEdit() const { return m_title; } // nullptr for an image
    QCheckBox *publicBox() const { return m_public; }
    QToolButton *moveUpButton() const { return m_up; }
    QToolButton *moveDownButton() const { return m_down; }
    QToolButton *removeButton() const { return m_remove; }
    FigureImageView *imageView() const { return m_image; } // nullptr for a chart
    MetricChart *chart() const { return m_chart; }         // nullptr for an image

Q_SIGNALS:
    // The user asked to move the figure one place up (-1) or down (+1) in its section.
    void moveRequested(qint64 id, int step);

private:
    void updateHeading();
    void updateChart();
    void write(int column, const QVariant &value);

    model::ReviewDocument &m_document;
    model::Figure m_figure;
    int m_index = 0;
    int m_count = 1;
    QLabel *m_heading;
    QLineEdit *m_title = nullptr;
    FigureImageView *m_image = nullptr;
    MetricChart *m_chart = nullptr;
    QLineEdit *m_caption;
    QCheckBox *m_public;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
};

} // namespace hindsight::editor
