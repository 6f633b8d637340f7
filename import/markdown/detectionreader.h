// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// The detection section: its text, and "**Method:** Alert" and "**Time:** 2023-03-14 13:41 UTC"
// lines, taken out of the text.
class DetectionReader final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    explicit DetectionReader(ReaderContext &context) : m_context(context) {}
    void read();

private:
    ReaderContext &m_context;
};

} // namespace hindsight::importing::mdimport
