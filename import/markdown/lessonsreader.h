// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// Lessons learned: each list item (with its nested items) or paragraph is a lesson of the kind
// its subsection names, also when the name is a bold line of its own.
class LessonsReader final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    explicit LessonsReader(ReaderContext &context) : m_context(context) {}
    void read();

private:
    ReaderContext &m_context;
};

} // namespace hindsight::importing::mdimport
