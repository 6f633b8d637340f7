// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "additionalnoteseditor.h"

#include "editor/widgets/blamelesslinemarks.h"
#include "editor/widgets/markdownedit.h"
#include "editor/widgets/rowtable.h"
#include "editor/widgets/sectionrowsproxy.h"
#include "editor/widgets/undokeyfilter.h"
#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "model/rows.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight::editor {

namespace {

using Traits = model::RowTraits<model::AdditionalNote>;

} // namespace

AdditionalNotesEditor::AdditionalNotesEditor(model::ReviewDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_table(new RowTable(document, Traits::typeIndex, this)),
      m_heading(new QLineEdit(this)), m_visibility(new QComboBox(this)), m_text(new MarkdownEdit(this))
{
    m_table->setObjectName(QStringLiteral("additional"));
    BlamelessLineMarks::attach(m_heading, &document);
    m_table->setButtonTexts(tr("&Add note"), tr("&Remove note"));
    m_table->setEditColumn(-1);
    m_table->setRowFactory([this] {
        model::AdditionalNote note;
        note.heading = tr("New note");
        return model::commands::insertRow(m_document, note);
    });
    auto *view = m_table->view();
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->hide();
    view->setColumnHidden(Traits::Markdown, true);
    view->setColumnHidden(Traits::Visibility, true);
    m_table->setStretchColumn(Traits::Heading);
    view->setAccessibleName(tr("Notes"));
    m_table->setMaximumWidth(fontMetrics().averageCharWidth() * 40);

    m_heading->setObjectName(QStringLiteral("additional.heading"));
    m_heading->setReadOnly(document.isReadOnly());
    UndoKeyFilter::install(m_heading, &document);
    m_visibility->setObjectName(QStringLiteral("additional.visibility"));
    m_visibility->addItem(model::enumLabel(model::Visibility::Public), int(model::Visibility::Public));
    m_visibility->addItem(model::enumLabel(model::Visibility::Internal), int(model::Visibility::Internal));
    m_text->setObjectName(QStringLiteral("additional.markdown"));
    m_text->setPlaceholderText(tr("The note's text, in Markdown."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("&Heading:"), m_heading);
    form->addRow(tr("In the &customer version:"), m_visibility);
    auto *textLabel = new QLabel(tr("&Text"), this);
    textLabel->setBuddy(m_text);
    auto *noteLayout = new QVBoxLayout;
    noteLayout->setContentsMargins(0, 0, 0, 0);
    // Nested layouts inherit the wide gap between list and note otherwise.
    noteLayout->setSpacing(6);
    noteLayout->addLayout(form);
    noteLayout->addWidget(textLabel);
    noteLayout->addWidget(m_text, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_table, 2);
    layout->addLayout(noteLayout, 5);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showNote(current); });
    connect(m_table, &RowTable::rowAdded, this, [this] {
        m_heading->setFocus(Qt::OtherFocusReason);
        m_heading->selectAll();
    });
    connect(document.model(), &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_note.isValid() && topLeft.parent() == m_note.parent())
            refresh();
    });
    connect(document.model(), &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_note.isValid())
            showNote({});
    });
    connect(m_heading, &QLineEdit::textEdited, this, [this](const QString &text) { setCell(Traits::Heading, text); });
    connect(m_visibility, &QComboBox::activated, this,
            [this] { setCell(Traits::Visibility, m_visibility->currentData()); });

    const auto first = m_table->proxy()->index(0, Traits::Heading, view->rootIndex());
    if (first.isValid())
        view->setCurrentIndex(first);
    else
        showNote({});
}

void AdditionalNotesEditor::showNote(const QModelIndex &index)
{
    m_note = index.isValid() ? m_table->proxy()->mapToSource(index.siblingAtColumn(Traits::Heading)) : QModelIndex();
    const bool editable = m_note.isValid() && !m_document.isReadOnly();
    m_heading->setEnabled(m_note.isValid());
    m_heading->setReadOnly(!editable);
    m_visibility->setEnabled(editable);
    m_text->setEnabled(m_note.isValid());
    if (m_note.isValid())
        m_text->bind(&m_document, QModelIndex(m_note).siblingAtColumn(Traits::Markdown));
    else
        m_text->unbind();
    refresh();
}

void AdditionalNotesEditor::refresh()
{
    const auto heading = m_note.isValid() ? m_note.data(Qt::EditRole).toString() : QString();
    if (m_heading->text() != heading)
        m_heading->setText(heading);
    const auto visibility = m_note.isValid()
                                ? QModelIndex(m_note).siblingAtColumn(Traits::Visibility).data(Qt::EditRole).toInt()
                                : int(model::Visibility::Internal);
    m_visibility->setCurrentIndex(m_visibility->findData(visibility));
}

void AdditionalNotesEditor::setCell(int column, const QVariant &value)
{
    if (m_note.isValid() && !m_document.isReadOnly())
        m_document.model()->setData(QModelIndex(m_note).siblingAtColumn(column), value, Qt::EditRole);
}

} // namespace hindsight::editor
