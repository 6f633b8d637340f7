// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecard.h"

#include "editor/charts/chartview.h"
#include "editor/widgets/undokeyfilter.h"
#include "figureimageview.h"
#include "model/commands.h"
#include "model/reviewdocument.h"
#include "model/rows.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace hindsight::editor {

namespace {

using Traits = model::RowTraits<model::Figure>;

// Tall enough for the legend, the milestone labels and the time axis under a title.
constexpr int ChartHeight = 320;

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text, const QIcon &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(icon);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

importing::MetricData chartData(const model::Figure &figure)
{
    return {figure.series, figure.source, {}};
}

void showText(QLineEdit *edit, const QString &text)
{
    // A caption longer than the card can be read whole in the tool tip.
    edit->setToolTip(text);
    if (edit->text() == text)
        return;
    edit->setText(text);
    // A long value shows its beginning, unless the user is working in the input.
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

} // namespace

FigureCard::FigureCard(model::ReviewDocument &document, const model::Figure &figure, QWidget *parent)
    : QFrame(parent), m_document(document), m_figure(figure), m_heading(new QLabel(this)),
      m_caption(new QLineEdit(this)), m_public(new QCheckBox(tr("In customer version"), this)),
      m_up(toolButton(this, QStringLiteral("moveUp"), tr("Move up"),
                      QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)))),
      m_down(toolButton(this, QStringLiteral("moveDown"), tr("Move down"),
                        QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)))),
      m_remove(toolButton(this, QStringLiteral("remove"), tr("Remove figure"),
                          QIcon::fromTheme(QStringLiteral("edit-delete"), style()->standardIcon(QStyle::SP_TrashIcon))))
{
    setObjectName(QStringLiteral("figure"));
    // A figure is a piece of the document: it sits on the page like paper, in a thin frame.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    const bool editable = !document.isReadOnly();

    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    m_heading->setTextFormat(Qt::PlainText);
    m_public->setObjectName(QStringLiteral("public"));
    m_public->setToolTip(tr("Checked figures are in the customer version when their section is; unchecked ones "
                            "are left out."));
    m_public->setEnabled(editable);
    connect(m_public, &QCheckBox::clicked, this, [this](bool checked) {
        write(Traits::Visibility, int(checked ? model::Visibility::Public : model::Visibility::Internal));
    });
    connect(m_up, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(m_figure.id, -1); });
    connect(m_down, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(m_figure.id, 1); });
    connect(m_remove, &QToolButton::clicked, this,
            [this] { model::commands::removeRows<model::Figure>(m_document, {m_figure.id}); });
    m_remove->setEnabled(editable);

    auto *header = new QHBoxLayout;
    header->setSpacing(4);
    header->addWidget(m_heading, 1);
    header->addWidget(m_public);
    header->addSpacing(8);
    header->addWidget(m_up);
    header->addWidget(m_down);
    header->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(header);

    if (figure.kind == model::FigureKind::Chart) {
        m_title = new QLineEdit(this);
        m_title->setObjectName(QStringLiteral("title"));
        m_title->setPlaceholderText(tr("Title"));
        m_title->setAccessibleName(tr("Chart title"));
        m_title->setReadOnly(!editable);
        UndoKeyFilter::install(m_title, &document);
        connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) { write(Traits::Title, text); });
        auto *titleLabel = new QLabel(tr("Title:"), this);
        titleLabel->setBuddy(m_title);
        auto *titleRow = new QHBoxLayout;
        titleRow->addWidget(titleLabel);
        titleRow->addWidget(m_title, 1);
        layout->addLayout(titleRow);

        m_chart = new MetricChart(this);
        m_chart->setObjectName(QStringLiteral("chart"));
        m_chart->setFixedHeight(ChartHeight);
        m_chart->setData(chartData(figure));
        m_chart->setTitle(figure.title);
        m_chart->setReview(document.review());
        layout->addWidget(m_chart);
        // The milestones and the zone are the review's as they are now, not as they were when
        // the chart was added.
        connect(&document, &model::ReviewDocument::rowsChanged, this, [this](int typeIndex) {
            if (typeIndex == model::RowTraits<model::TimelineEvent>::typeIndex)
                updateChart();
        });
        connect(&document, &model::ReviewDocument::fieldChanged, this, [this](model::Field field) {
            if (field == model::Field::TimeZone)
                updateChart();
        });
    } else {
        m_image = new FigureImageView(this);
        m_image->setObjectName(QStringLiteral("image"));
        m_image->setImage(figure.image);
        layout->addWidget(m_image);
    }

    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setPlaceholderText(tr("Caption"));
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setReadOnly(!editable);
    UndoKeyFilter::install(m_caption, &document);
    connect(m_caption, &QLineEdit::textEdited, this, [this](const QString &text) { write(Traits::Caption, text); });
    layout->addWidget(m_caption);

    if (m_title)
        showText(m_title, figure.title);
    showText(m_caption, figure.caption);
    m_public->setChecked(figure.visibility == model::Visibility::Public);
    setPosition(0, 1);
}

void FigureCard::setFigure(const model::Figure &figure)
{
    Q_ASSERT(figure.id == m_figure.id);
    const auto old = std::exchange(m_figure, figure);
    if (m_title)
        showText(m_title, figure.title);
    showText(m_caption, figure.caption);
    m_public->setChecked(figure.visibility == model::Visibility::Public);
    if (m_image)
        m_image->setImage(figure.image);
    if (m_chart) {
        if (!figure.series.isSharedWith(old.series) && figure.series != old.series)
            m_chart->setData(chartData(figure));
        if (figure.title != old.title)
            m_chart->setTitle(figure.title);
    }
    updateHeading();
}

void FigureCard::setPosition(int index, int count)
{
    m_index = index;
    m_count = count;
    const bool editable = !m_document.isReadOnly();
    // A button that goes grey under the keyboard focus would drop the focus: hand it on.
    const bool upHadFocus = m_up->hasFocus();
    const bool downHadFocus = m_down->hasFocus();
    m_up->setEnabled(editable && index > 0);
    m_down->setEnabled(editable && index + 1 < count);
    if (upHadFocus && !m_up->isEnabled() && m_down->isEnabled())
        m_down->setFocus(Qt::OtherFocusReason);
    if (downHadFocus && !m_down->isEnabled() && m_up->isEnabled())
        m_up->setFocus(Qt::OtherFocusReason);
    updateHeading();
}

void FigureCard::updateHeading()
{
    QStringList parts;
    if (m_figure.kind == model::FigureKind::Chart) {
        parts.append(tr("Chart"));
        parts.append(m_figure.source.isEmpty() ? tr("no source file") : m_figure.source);
        parts.append(tr("%n series", nullptr, int(m_figure.series.size())));
        qsizetype points = 0;
        for (const auto &series : m_figure.series)
            points += series.points.size();
        parts.append(tr("%1 points").arg(QLocale().toString(points)));
    } else {
        parts.append(tr("Image"));
        parts.append(m_figure.source.isEmpty() ? tr("pasted") : m_figure.source);
        const auto size = m_image->imageSize();
        if (!size.isEmpty())
            parts.append(tr("%1 × %2 pixels").arg(size.width()).arg(size.height()));
        parts.append(QLocale().formattedDataSize(m_figure.image.size()));
    }
    m_heading->setText(parts.join(QStringLiteral(" · ")));
}

void FigureCard::updateChart()
{
    m_chart->setReview(m_document.review());
}

void FigureCard::write(int column, const QVariant &value)
{
    if (!m_document.isReadOnly())
        model::commands::setRowValue<model::Figure>(m_document, m_figure.id, column, value);
}

} // namespace hindsight::editor
