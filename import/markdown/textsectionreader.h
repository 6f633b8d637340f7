// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QString>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// The sections that are Markdown text (summary, triage, root causes, resolution, share), kept
// as written; triage also reads a "**Severity:** SEV2" line, share an "**Audience:** …" line.
class TextSectionReader final
{
public:
    explicit TextSectionReader(ReaderContext &context) : m_context(context) {}

    // The section's parts, one after the other, into target.
    void read(model::SectionKey key, QString &target);
    void readTriage();
    void readShare();

    // A second part, or one that names an aspect ("Trigger"), keeps its heading.
    static void appendText(QString &target, const QString &heading, bool labelled, const QString &body);
    static QString joinParagraphs(const QString &a, const QString &b);

private:
    template <typename Take>
    void forEachKeyValueLine(model::SectionKey key, Take take);

    ReaderContext &m_context;
};

} // namespace hindsight::importing::mdimport
