// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::importing {

// RFC 8259's grammar, checked before Qt's parser reads the text: Qt takes "\q", raw control
// characters, "2." and ".5" as if they were JSON, and another program would not. What
// Hindsight accepts is exactly what every conforming reader accepts.
class JsonSyntax final
{
    Q_DECLARE_TR_FUNCTIONS(JsonSyntax)

public:
    // Deeper nesting is refused: no review nests more than a few levels, and the limit keeps the
    // parsers behind this check from recursing without bound.
    static constexpr int MaxDepth = 256;

    struct Error
    {
        qsizetype offset = 0; // in bytes, where the text stops being JSON
        QString message;      // for people, without the position
    };
    // The first place where utf8 is not a JSON text, or nullopt when it is one. utf8 must be
    // valid UTF-8 (TextFile::problem checks that first).
    static std::optional<Error> check(QByteArrayView utf8);
};

} // namespace hindsight::importing
