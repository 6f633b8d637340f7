// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetooltip.h"

#include "model/metrics.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "timelinetracker.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace hindsight::editor {

namespace {

using model::TimelineEvent;

constexpr int TextLength = 200;
constexpr int BubbleLines = 6;

QString elide(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QStringLiteral("…");
}

} // namespace

QString TimelineToolTip::text(const TimelineScene &s, const TimelineTracker &tracker, const QPointF &pos, QRect *area)
{
    auto *document = tracker.document();
    const auto &milestones = tracker.milestones();
    if (const int item = s.itemAt(pos); item >= 0) {
        *area = s.items[size_t(item)].rect.toAlignedRect().adjusted(-3, -3, 3, 3);
        return forEvents(tracker, s.ids(s.items[size_t(item)]));
    }
    if (s.hintRect.contains(pos)) {
        *area = s.hintRect.toAlignedRect();
        return s.following ? tr("The view follows the current time. Pan or zoom to stop; End follows again.")
                           : tr("Follow the current time (End)");
    }
    if (const auto *flag = s.flagAt(pos)) {
        *area = QRect(int(flag->x) - 3, int(s.flagRows.top()), 7, int(s.lanes.bottom() - s.flagRows.top()));
        const auto time = QDateTime::fromMSecsSinceEpoch(flag->at, QTimeZone::utc());
        QString text = QStringLiteral("<b>%1</b> %2")
                           .arg(model::enumLabel(flag->milestone).toHtmlEscaped(),
                                document ? document->model()->formatTime(time, model::TimePrecision::Second)
                                         : time.toString(Qt::ISODate));
        const auto started = milestones.at(model::Milestone::Started);
        if (flag->milestone != model::Milestone::Started && started.isValid())
            text += QStringLiteral("<br>") +
                    tr("%1 after the start of impact").arg(model::formatDuration(started.msecsTo(time)));
        if (flag->outOfOrder) {
            for (const auto &problem : milestones.problems) {
                if (problem.contains(model::enumLabel(flag->milestone)))
                    text += QStringLiteral("<br>⚠ ") + problem.toHtmlEscaped();
            }
        }
        return text;
    }
    if (const auto *phase = s.phaseAt(pos)) {
        *area = phase->strip.toAlignedRect();
        const auto zone = tracker.zone();
        auto at = [&zone](qint64 t) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t, zone), QStringLiteral("HH:mm:ss"));
        };
        return QStringLiteral("<b>%1</b> %2<br>%3 – %4%5")
            .arg(TimelineScene::phaseName(phase->phase).toHtmlEscaped(), model::formatDuration(phase->to - phase->from),
                 at(phase->from), phase->open ? tr("now") : at(phase->to),
                 phase->open ? QStringLiteral(" (") + tr("still going") + QLatin1Char(')') : QString());
    }
    if (s.axis.contains(pos) || (s.gutter.contains(pos) && pos.y() >= s.axis.top())) {
        *area = QRect(0, int(s.axis.top()), int(s.bounds.width()), int(s.axis.height()));
        return tr("Times in %1").arg(QString::fromUtf8(tracker.zone().id()));
    }
    return {};
}

QString TimelineToolTip::forEvents(const TimelineTracker &tracker, const QList<qint64> &ids)
{
    auto *document = tracker.document();
    if (!document || ids.isEmpty())
        return {};
    const auto *model = document->model();
    // One pass over the events for the few the tooltip shows.
    const int shown = std::min(int(ids.size()), ids.size() == 1 ? 1 : BubbleLines);
    QHash<qint64, const TimelineEvent *> wanted;
    for (int i = 0; i < shown; ++i)
        wanted.insert(ids.at(i), nullptr);
    if (ids.size() > 1)
        wanted.insert(ids.last(), nullptr);
    for (const auto &event : document->review().timeline) {
        if (auto it = wanted.find(event.id); it != wanted.end())
            *it = &event;
    }
    auto describe = [model](const TimelineEvent &event) {
        QString time = model->formatTime(event.time, event.precision);
        if (event.precision < model::TimePrecision::Day)
            time += QLatin1Char(' ') + model->displayZone().abbreviation(event.time);
        return time;
    };

    if (ids.size() == 1) {
        const auto *event = wanted.value(ids.first());
        if (!event)
            return {};
        QStringList facts{model::enumLabel(event->kind)};
        if (event->milestone != model::Milestone::None)
            facts << tr("milestone: %1").arg(model::enumLabel(event->milestone));
        if (event->precision == model::TimePrecision::Day)
            facts << tr("day only");
        else if (event->precision == model::TimePrecision::UnknownTime)
            facts << tr("time unknown");
        if (event->visibility == model::Visibility::Internal)
            facts << tr("internal");
        if (!event->author.isEmpty())
            facts << event->author;
        return QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(describe(*event).toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped(),
                 elide(event->text, TextLength).toHtmlEscaped());
    }

    const auto *first = wanted.value(ids.first());
    const auto *last = wanted.value(ids.last());
    QString text = QStringLiteral("<b>%1</b>").arg(tr("%n event(s)", nullptr, int(ids.size())));
    if (first && last)
        text += QStringLiteral("<br>") + describe(*first).toHtmlEscaped() + QStringLiteral(" – ") +
                describe(*last).toHtmlEscaped();
    for (int i = 0; i < shown; ++i) {
        if (const auto *event = wanted.value(ids.at(i))) {
            const QString time =
                event->precision >= model::TimePrecision::Day
                    ? QString()
                    : QLocale().toString(event->time.toTimeZone(tracker.zone()), QStringLiteral("HH:mm:ss")) +
                          QStringLiteral("  ");
            text += QStringLiteral("<br>") + time.toHtmlEscaped() + QStringLiteral("<i>") +
                    model::enumLabel(event->kind).toHtmlEscaped() + QStringLiteral("</i> ") +
                    elide(event->text, 60).toHtmlEscaped();
        }
    }
    if (ids.size() > shown)
        text += QStringLiteral("<br>") +
                tr("… and %n more. Double-click or zoom in to see each one.", nullptr, int(ids.size() - shown));
    return text;
}

} // namespace hindsight::editor
