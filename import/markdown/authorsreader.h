// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdowntree.h"

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// The authors section: a list of "Name, role, contact", a table of name, role and contact
// columns, or lines like the "Authors:" metadata line. People named twice are merged.
class AuthorsReader final
{
public:
    explicit AuthorsReader(ReaderContext &context) : m_context(context) {}
    void read();

private:
    void readTable(cmark_node *table);

    ReaderContext &m_context;
};

} // namespace hindsight::importing::mdimport
