// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

// Which template section a Markdown heading stands for. The list in headingsynonyms.cpp is the
// only one: docs/import.md shows it as a table, and a test checks that the two agree.
namespace hindsight::importing::mdimport {

// The part of a section a heading names, when it names less than the whole section.
enum class HeadingPart {
    Whole,
    ImpactUser,
    ImpactBusiness,
    ImpactTeam,
    ImpactFigures,
    WentWell,
    WentWrong,
    GotLucky,
};

enum class HeadingScope {
    Anywhere,  // a heading at any level
    InSection, // only a subheading inside its own section: "User" under "Impact"
};

struct HeadingSynonym
{
    const char *heading; // UTF-8, as people write it
    model::SectionKey section;
    HeadingPart part;
    HeadingScope scope;
    // The heading names one aspect of the section ("Trigger" of the root causes), so its text
    // keeps the heading when it is put into the section.
    bool labelled;
};

std::span<const HeadingSynonym> headingSynonyms();

// The form headings are compared in: lower case; emoji, punctuation, Markdown emphasis, leading
// numbering ("2.", "3)") and a trailing parenthesis ("Timeline (UTC)") left out; "&" read as
// "and". "🐛 Root Cause(s):" and "root causes" become "root cause" and "root causes".
QString normalizedHeading(QStringView heading);

// A synonym's stable name for a part, as docs/import.md writes it ("user", "wentWell"), and back.
QString partKey(HeadingPart part);
std::optional<HeadingPart> partFromKey(QStringView key);

struct HeadingMeaning
{
    model::SectionKey section;
    HeadingPart part = HeadingPart::Whole;
    bool labelled = false;
};

// What a heading means anywhere in a document, or nullopt when it names no section.
std::optional<HeadingMeaning> headingMeaning(QStringView heading);
// What a heading means inside section: its own subsections first, then any section's synonym.
std::optional<HeadingMeaning> subheadingMeaning(QStringView heading, model::SectionKey section);

} // namespace hindsight::importing::mdimport
