// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QByteArray>
#include <QCoreApplication>

// The JSON interchange format, version 1, as docs/format.md describes it.
namespace hindsight::exporting {

// The newest formatVersion this build reads and the one it writes.
// The review as an indented, deterministic JSON document (keys in alphabetical order, events in
// time order). With Audience::Customer, internal sections are left out altogether.
QByteArray reviewToJson(const model::Review &review, const ExportOptions &options = {});
// Reads a JSON review. Refuses the whole document at its first invalid value; never reads a
// document partly.

class JsonExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    QString id() const override;
    QString name() const override;
    QStringList suffixes() const override;

protected:
    QString writeTo(const model::Review &review, const QString &path, const ExportOptions &options) const override;
};

} // namespace hindsight::exporting
