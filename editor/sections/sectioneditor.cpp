// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectioneditor.h"

#include "editor/figures/figurestrip.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "sectionpage.h"
#include "sectionpagefactory.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hindsight::editor {

namespace {

constexpr int PageCount = model::ReviewModel::AdditionalNotesRow + 1;

} // namespace

SectionEditor::SectionEditor(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(tr("No review is open."), this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void SectionEditor::setDocument(model::ReviewDocument *document)
{
    if (document == m_document && (document != nullptr) == !m_pages.isEmpty())
        return;
    clearPages();
    m_document = document;
    if (!document)
        return;
    // A destroyed document takes its model with it: drop the pages before anything repaints.
    m_destroyed = connect(document, &QObject::destroyed, this, [this] { clearPages(); });
    for (int row = 0; row < PageCount; ++row) {
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        // The page's inputs take the focus; the scroll area itself is no tab stop.
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setWidget(SectionPageFactory::create(*document, row));
        m_stack->addWidget(scroll);
        m_pages.append(scroll);
    }
    m_stack->setCurrentWidget(m_pages.at(m_current));
}

void SectionEditor::clearPages()
{
    disconnect(m_destroyed);
    m_stack->setCurrentWidget(m_placeholder);
    qDeleteAll(m_pages);
    m_pages.clear();
}

FigureStrip *SectionEditor::currentFigureStrip() const
{
    if (m_current < 0 || m_current >= m_pages.size() || !m_pages.at(m_current)->widget())
        return nullptr;
    return m_pages.at(m_current)->widget()->findChild<FigureStrip *>();
}

void SectionEditor::showSection(int row)
{
    if (row < 0 || row >= PageCount)
        return;
    if (!m_pages.isEmpty())
        m_stack->setCurrentWidget(m_pages.at(row));
    if (row == m_current)
        return;
    m_current = row;
    Q_EMIT currentSectionChanged(row);
}

} // namespace hindsight::editor
