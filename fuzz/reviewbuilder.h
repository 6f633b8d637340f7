// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <fuzzer/FuzzedDataProvider.h>

// A review built from the fuzzer's bytes, for the targets that export one: every text,
// visibility, enumeration, time and figure is chosen by them. It puts in two things that the
// customer version must not show (see fuzz_redaction.cpp): a marker in every internal text and
// in the metadata of every image, and known private data in public texts, in any of the
// spellings that a reader of rendered Markdown would still read as that data.
namespace hindsight::fuzz {

// Nothing but the review's internal parts holds this text; its first character is taken out of
// the fuzzer's own texts.
QString internalMarker();
// Image text is Latin-1; the fuzzer never writes image bytes, so any word will do.
QByteArray imageMarker();

// What the built-in redaction rules must catch, as a reader sees it. The last one is the name
// of the author of an internal event, so her name is to be redacted wherever it appears.
const std::array<QString, 6> &secrets();
QString personName();

// A PNG and a JPEG of a few pixels, each with the image marker in its metadata. Made once, in
// LLVMFuzzerInitialize, since Qt's image writers need the application object.
void prepareImages();

class ReviewBuilder
{
public:
    explicit ReviewBuilder(FuzzedDataProvider &input) : m_input(input) {}

    model::Review build();

private:
    // A text of the fuzzer's, without the marker or anything private.
    QString text();
    QString internalText();
    // A text that may hold private data, as a word of its own, in a spelling that the input
    // chooses.
    QString publicText();
    QString spelled(const QString &secret);
    QString textFor(bool isPublic) { return isPublic ? publicText() : internalText(); }
    model::Visibility visibility();
    int count(int most) { return m_input.ConsumeIntegralInRange<int>(0, most); }
    QDateTime time(model::TimePrecision precision);

    FuzzedDataProvider &m_input;
};

} // namespace hindsight::fuzz
