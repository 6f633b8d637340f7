// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace hindsight::importing {

struct ImportResult
{
    // Row ids are 0: the document that takes the review assigns them.
    std::optional<model::Review> review;
    // Set when review is empty: one line for people that names the line or the field at fault.
    QString error;
    // Things the user should know about a review that was read, e.g. milestones out of order.
    QStringList warnings;
};

// One input format. Made by FormatFactory; stateless.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    virtual ~Importer() = default;

    // Stable, never translated: "json".
    virtual QString id() const = 0;
    // For people, translated.
    virtual QString name() const = 0;
    // File name suffixes without the dot, the preferred one first.
    virtual QStringList suffixes() const = 0;
    // Reads the file at path; refuses files over TextFile::MaxBytes without reading them.
    virtual ImportResult read(const QString &path) const = 0;
    // Reads a file's bytes, or a paste.
    virtual ImportResult parse(const QByteArray &data) const = 0;
};

// What every importer tells the user about the milestones it read, which it keeps as written:
// a milestone set on several events, and milestones out of order.
QStringList milestoneWarnings(const QList<model::TimelineEvent> &timeline);

} // namespace hindsight::importing
