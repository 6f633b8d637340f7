// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hindsight::model {

// Where a check points: a section, and inside it a field or a row when there is one.
struct CheckLocation
{
    SectionKey section = SectionKey::Summary;
    std::optional<Field> field;
    qint64 rowId = 0; // the row's id (Person, TimelineEvent, Lesson, ActionItem, AdditionalNote); 0 for none
    // The row is an additional note, on the page after the template's sections (section is then
    // the last one, Share, so that such checks come last).
    bool additionalNote = false;
    friend bool operator==(const CheckLocation &, const CheckLocation &) = default;
};

// One piece of the template's advice that a review does not follow yet.
struct Check
{
    // Stable, never translated: dismissals are stored under it and scripts read it. A check about
    // one row has '#' and the row's id after its kind ("action.complete#12"); a check about wording
    // ends in the phrase it flags ("wording.blame.event#12:Katrin forgot").
    QString id;
    QString title; // short, for lists
    QString text;  // why, quoting what it flags
    CheckLocation location;
    bool dismissed = false;
    friend bool operator==(const Check &, const Check &) = default;
};

// The review checks: pure functions of a review, cheap enough to run again after every
// keystroke (benchmarks/bench_checks.cpp).
class ReviewChecks
{
    Q_DECLARE_TR_FUNCTIONS(ReviewChecks)

public:
    // A summary longer than this is no longer a TL;DR: about half a minute of reading.
    static constexpr int SummaryWordLimit = 100;
    static constexpr int QuoteLength = 60;

    // Every check the review does not pass, in section order, dismissed ones included (marked).
    static QList<Check> run(const Review &review);
    // The checks that are neither passed nor dismissed.
    static QList<Check> open(const Review &review);

    // The page a check is about, for people ("Timeline", "Additional notes") and for scripts: the
    // section's key, or "additional" for a note, as the JSON format calls the notes.
    static QString placeLabel(const CheckLocation &location);
    static QString placeKey(const CheckLocation &location);

    // The stable id of a check about one row.
    static QString rowCheckId(const QString &base, qint64 rowId);
    // "“Rotate the certificates by…”": a text as checks quote it, shortened to QuoteLength.
    static QString quote(const QString &text);
};

} // namespace hindsight::model
