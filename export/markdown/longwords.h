// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace hindsight::exporting {

// Lets a line end almost anywhere in a very long word. Qt's line breaking measures a word to
// its end for every line it sets in it, before it breaks the word anywhere: a word of a
// megabyte costs a megabyte for each of its thousands of lines. Past limit characters of a
// word, this puts a zero-width space (U+200B) behind every fourth character, which Qt neither
// draws nor writes into a PDF's text, so that a line reads only itself. Words up to the limit
// (every word of an ordinary text, a web address, a token) are left as they are. A word may go
// on over several calls, as the parts of one paragraph do; reset() starts a new paragraph.
class LongWordBreaker final
{
public:
    // Longer than a line of any page can hold, so that a word this long is broken anywhere
    // whether or not it gets the spaces.
    static constexpr qsizetype DefaultLimit = 1000;
    // Characters between two spaces: a line of such a word ends at most three characters short
    // of the margin, and the layout has a quarter more characters to set, not twice as many
    // (which takes twice the time of the word alone).
    static constexpr qsizetype Spacing = 4;

    explicit LongWordBreaker(qsizetype limit = DefaultLimit) : m_limit(limit) {}

    // text with the spaces in it. where, when given, gets the position in text of each
    // character that a space was put in front of, in order.
    QString feed(QStringView text, QList<qsizetype> *where = nullptr);
    void reset();

    // position in text as it is in what feed() made of it, where gave the spaces' positions:
    // a space belongs to the character before it, so a range [start, end) stays over the same
    // characters and the spaces between them.
    static qsizetype moved(qsizetype position, const QList<qsizetype> &where);

private:
    qsizetype m_limit;
    qsizetype m_run = 0;              // characters of the word so far
    qsizetype m_sinceBreak = Spacing; // since the last space put in
    bool m_afterJoiner = false;
};

} // namespace hindsight::exporting
