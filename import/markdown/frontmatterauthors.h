// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// The block list under a front matter "authors:" key, one person per "- " entry: a line
// ("- Priya Raman, SRE, priya@example.com") or a mapping ("- name: Priya Raman" with "role:"
// and "contact:" below it, or "- {name: Priya Raman, role: SRE}"). The keys are an authors
// table's headers (name, role, team, email …). Profiles carry more than that (a handle, links,
// an avatar); an entry with a key that names no field of a person, or without a name, is kept
// as written in the "Front matter" note and warned about, and the entries after it are still
// read.
class FrontMatterAuthors final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    // lines: those below the key, the first at file line firstLine. Returns the entries to keep
    // as written (empty when every one was understood), or nullopt when the lines are no list.
    static std::optional<QStringList> read(ReaderContext &context, const QStringList &lines, int firstLine);
};

} // namespace hindsight::importing::mdimport
