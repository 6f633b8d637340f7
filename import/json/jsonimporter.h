// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QByteArray>
#include <QCoreApplication>

namespace hindsight::importing {

// The version of docs/format.md that the writer produces and the reader accepts at most.
inline constexpr int JsonFormatVersion = 1;

ImportResult reviewFromJson(const QByteArray &data);

class JsonImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    QString id() const override;
    QString name() const override;
    QStringList suffixes() const override;
    ImportResult read(const QString &path) const override;
    ImportResult parse(const QByteArray &data) const override;
};

} // namespace hindsight::importing
