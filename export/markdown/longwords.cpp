// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "longwords.h"

#include <algorithm>

namespace hindsight::exporting {

namespace {

constexpr char16_t ZeroWidthSpace = 0x200b;
constexpr char16_t ZeroWidthJoiner = 0x200d;

// Where Qt may end a line anyway: a space that is no no-break space, or a zero-width space.
bool endsWord(QChar c)
{
    if (c.unicode() == ZeroWidthSpace)
        return true;
    return c.isSpace() && c.unicode() != 0x00a0 && c.unicode() != 0x2007 && c.unicode() != 0x202f;
}

} // namespace

QString LongWordBreaker::feed(QStringView text, QList<qsizetype> *where)
{
    QString result;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (endsWord(c)) {
            reset();
            continue;
        }
        // Never between a character and its accents, the halves of a surrogate pair, or the
        // parts of an emoji sequence.
        const bool attached = c.isLowSurrogate() || c.isMark() || c.unicode() == ZeroWidthJoiner || m_afterJoiner;
        if (m_run >= m_limit && m_sinceBreak >= Spacing && !attached) {
            if (result.isNull())
                result.reserve(2 * text.size() - i);
            result.append(text.sliced(copied, i - copied));
            result.append(QChar(ZeroWidthSpace));
            copied = i;
            m_sinceBreak = 0;
            if (where)
                where->append(i);
        }
        m_afterJoiner = c.unicode() == ZeroWidthJoiner;
        if (!c.isLowSurrogate() && !c.isMark()) {
            ++m_run;
            ++m_sinceBreak;
        }
    }
    if (result.isNull())
        return text.toString();
    result.append(text.sliced(copied));
    return result;
}

void LongWordBreaker::reset()
{
    m_run = 0;
    m_sinceBreak = Spacing;
    m_afterJoiner = false;
}

qsizetype LongWordBreaker::moved(qsizetype position, const QList<qsizetype> &where)
{
    return position + (std::upper_bound(where.begin(), where.end(), position) - where.begin());
}

} // namespace hindsight::exporting
