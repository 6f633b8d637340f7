// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// What the text of a timeline event says about itself. Private to the Markdown import.
namespace hindsight::importing::mdimport {

std::optional<model::EventKind> eventKindFrom(QStringView text);
std::optional<model::Milestone> milestoneFrom(QStringView text);

// A kind prefix ("Action:", "!", "?", ">") and a milestone tag ("#detected", "<DETECTED>",
// "[mitigated]", "(resolved)"), both taken out of the event's Markdown.
struct EventMarkup
{
    model::EventKind kind = model::EventKind::Note;
    bool explicitKind = false;
    model::Milestone milestone = model::Milestone::None;
    QString text;
};
EventMarkup eventMarkup(const QString &text);

// An imported, internal event at time with the kind and milestone its text says.
model::TimelineEvent importedEvent(const QDateTime &time, model::TimePrecision precision, const QString &text);

} // namespace hindsight::importing::mdimport
