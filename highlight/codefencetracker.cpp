// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codefencetracker.h"

#include <algorithm>

namespace hindsight::highlight {

namespace {

struct Fence
{
    QChar marker;
    qsizetype length = 0;
    QStringView rest;
};

// A run of three or more backticks or tildes after any indentation.
Fence fenceAt(QStringView line)
{
    auto i = qsizetype(0);
    while (i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
        ++i;
    if (i >= line.size() || (line[i] != QLatin1Char('`') && line[i] != QLatin1Char('~')))
        return {};
    const auto marker = line[i];
    auto end = i;
    while (end < line.size() && line[end] == marker)
        ++end;
    if (end - i < 3)
        return {};
    return {marker, end - i, line.sliced(end)};
}

} // namespace

int CodeFenceTracker::infoIndex(const QString &info)
{
    auto index = m_infos.indexOf(info);
    if (index < 0) {
        // Bounded by the number of different info strings ever typed into one document; the
        // first one is reused if that ever outgrows the bits of a state.
        if (m_infos.size() > InfoMask)
            return 0;
        m_infos.append(info);
        index = m_infos.size() - 1;
    }
    return int(index);
}

CodeFenceTracker::Line CodeFenceTracker::classify(int previousState, QStringView line)
{
    const auto previous = std::max(previousState, 0);
    const auto fence = fenceAt(line);
    if (previous & Open) {
        const QChar marker = (previous & Tilde) ? QLatin1Char('~') : QLatin1Char('`');
        const auto length = previous & LengthMask;
        const auto info = m_infos.value((previous >> InfoShift) & InfoMask);
        // A closing fence: the same character, at least as many, and nothing after it.
        if (fence.marker == marker && fence.length >= length && fence.rest.trimmed().isEmpty())
            return {Line::Kind::Closing, info, InCode};
        return {Line::Kind::Content, info, previous};
    }
    // An info string after backticks may not hold a backtick: "```a```" is inline code.
    if (fence.length == 0 || (fence.marker == QLatin1Char('`') && fence.rest.contains(QLatin1Char('`'))))
        return {};
    const auto info = fence.rest.trimmed().toString();
    const int state = InCode | Open | (infoIndex(info) << InfoShift) | (fence.marker == QLatin1Char('~') ? Tilde : 0) |
                      int(std::min<qsizetype>(fence.length, LengthMask));
    return {Line::Kind::Opening, info, state};
}

} // namespace hindsight::highlight
