// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdownsource.h"
#include "model/types.h"

#include <QCoreApplication>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// Actions and issues: a table whose columns map by their headers, or a (task) list whose items
// are actions, nested items too. A "### Preventive" subheading sets the type of the actions
// below it.
class ActionsReader final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    explicit ActionsReader(ReaderContext &context) : m_context(context) {}
    void read();

private:
    void readTable(cmark_node *table, model::ActionType type);
    void readItems(cmark_node *list, model::ActionType type, int depth, QStringList &leftover);

    ReaderContext &m_context;
};

} // namespace hindsight::importing::mdimport
