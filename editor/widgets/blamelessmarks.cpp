// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blamelessmarks.h"

#include "model/reviewdocument.h"
#include "model/rows.h"

namespace hindsight::editor {

namespace {

// Typing a name in the Authors table changes the names with every key: build once it settles.
constexpr int RebuildDelayMs = 300;

} // namespace

BlamelessMarks *BlamelessMarks::of(model::ReviewDocument *document)
{
    if (document == nullptr) {
        static BlamelessMarks *nameless = new BlamelessMarks(nullptr);
        return nameless;
    }
    if (auto *marks = document->findChild<BlamelessMarks *>(QString(), Qt::FindDirectChildrenOnly))
        return marks;
    return new BlamelessMarks(document);
}

BlamelessMarks::BlamelessMarks(model::ReviewDocument *document)
    : QObject(document), m_document(document), m_scanner(std::make_unique<model::BlamelessScanner>())
{
    if (document == nullptr)
        return;
    m_names = model::BlamelessScanner::peopleNames(document->review());
    m_scanner = std::make_unique<model::BlamelessScanner>(m_names);
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(RebuildDelayMs);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &BlamelessMarks::rebuild);
    connect(document, &model::ReviewDocument::rowsChanged, this, [this](int typeIndex) {
        if (typeIndex == model::RowTraits<model::Person>::typeIndex ||
            typeIndex == model::RowTraits<model::TimelineEvent>::typeIndex ||
            typeIndex == model::RowTraits<model::ActionItem>::typeIndex)
            m_rebuildTimer.start();
    });
}

void BlamelessMarks::rebuild()
{
    QStringList names = model::BlamelessScanner::peopleNames(m_document->review());
    if (names == m_names)
        return;
    m_names = std::move(names);
    m_scanner = std::make_unique<model::BlamelessScanner>(m_names);
    Q_EMIT changed();
}

QColor BlamelessMarks::underlineColor()
{
    // Amber rather than the red of a spelling error: a suggestion, not a mistake.
    return QColor(0xd9, 0x7a, 0x00);
}

QTextCharFormat BlamelessMarks::underlineFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(underlineColor());
    return format;
}

QString BlamelessMarks::toolTip(const QList<model::BlameFinding> &findings)
{
    QStringList suggestions;
    for (const auto &finding : findings)
        suggestions.append(finding.suggestion);
    return suggestions.join(QLatin1Char('\n'));
}

QString BlamelessMarks::richToolTip(const QString &toolTip)
{
    return QLatin1String("<p>") + toolTip.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("</p><p>")) +
           QLatin1String("</p>");
}

} // namespace hindsight::editor
