// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace hindsight::model {

// A phrase that pins a failure on a person.
struct BlameFinding
{
    qsizetype start = 0; // in the scanned text, in UTF-16 code units
    qsizetype length = 0;
    QString phrase;     // the text at start, as written ("Katrin forgot", "human error")
    QString suggestion; // one or two sentences for people, in their language
    friend bool operator==(const BlameFinding &, const BlameFinding &) = default;
};

// The entries of one or more word lists (resources/wordlists/blame-*.txt, format in
// docs/blameless.md): each "KIND PHRASE" line lands in the list of its kind.
struct BlameWordList
{
    QStringList words;    // judge people wherever they stand ("human error", "careless*")
    QStringList verbs;    // blame when a person is their subject ("forgot", "hätte ... sollen")
    QStringList subjects; // pronouns that stand for one person ("he", "she")
    QStringList fillers;  // may stand between the subject and the verb ("simply", "hat")
    // Lines that are neither blank, a comment nor a known kind with a phrase, as "N: line".
    QStringList errors;

    static BlameWordList parse(const QString &text);
    // The English and German lists compiled into the program, merged: both languages are always
    // checked, since a team may write either.
    static const BlameWordList &builtin();
    BlameWordList &operator+=(const BlameWordList &other);
};

// Finds blaming phrases in a text, as the user types it:
// - a blame word anywhere ("human error", "fahrlässig"), and
// - a blame verb whose subject is a person: one of names, a name's possessive or genitive
//   ("Katrin's", "Katrins"), or a subject pronoun of the word lists ("he"), followed by the
//   verb right away or after up to two filler words ("Katrin simply forgot", "Katrin hat den
//   Check vergessen" through "... vergessen"). A name with any other verb is not blame
//   ("Katrin restarted the pool"), nor a blame verb after anything else ("the alert missed").
// Matching ignores case and white space between words, and takes whole words only ("Ann" is not
// in "Annual"). A name of one word matches as written, capitalised or in capitals, not in lower
// case, so that an event author such as "Alert" does not make "the alert missed" blame. The
// parts of a name of two to four capitalised words count on their own ("Katrin", "Meier"),
// since notes name people by first name. Findings never overlap and are in text order.
//
// The expressions are built once, in the constructor: keep a scanner while the names stay the
// same. scan() is linear in the text's length.
class BlamelessScanner final
{
    Q_DECLARE_TR_FUNCTIONS(BlamelessScanner)

public:
    // A longer line of Markdown is a pasted log or blob, not prose: neither the editor nor the
    // review checks scan it (a scan takes about 100 ms a megabyte).
    static constexpr qsizetype MaxMarkdownLine = 100'000;

    explicit BlamelessScanner(const QStringList &names = {}, const BlameWordList &words = BlameWordList::builtin());

    QList<BlameFinding> scan(const QString &text) const;
    // The findings of scan() that overlap position, for a tooltip at the mouse.
    QList<BlameFinding> findingsAt(const QString &text, qsizetype position) const;

    // The names looked for as subjects, full names and their parts; longest first.
    QStringList names() const { return m_names; }

    // The people of a review: its authors, the events' authors and the actions' owners (the
    // names that a customer version redacts), each once, blank ones left out.
    static QStringList peopleNames(const Review &review);

private:
    QRegularExpression m_words;
    QRegularExpression m_subjectVerb;
    QStringList m_names;
};

} // namespace hindsight::model
