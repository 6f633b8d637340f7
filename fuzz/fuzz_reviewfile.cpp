// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The review file opener on damaged files: the input is written as a file and opened for
// writing, as the app opens it. Seeded with real review files (scripts/fuzz.sh makes them with
// fuzz_seeds), so most inputs are reviews with damaged pages, records or tables. A file is opened
// or refused with a message, and a refused file is left byte for byte as it was; what is opened,
// the metrics and the internal JSON and Markdown exports take without a crash.
#include "export/json/jsonformat.h"
#include "export/markdown/markdownexporter.h"
#include "fuzzapplication.h"
#include "model/metrics.h"
#include "model/reviewdocument.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace hindsight;

namespace {

QTemporaryDir *folder = nullptr;

QString reviewPath()
{
    return folder->filePath(QStringLiteral("fuzz.hindsight"));
}

// What an earlier input left: the file, its journal and its lock.
void clearFolder()
{
    QDir dir(folder->path());
    for (const auto &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        dir.remove(name);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startCoreApplication();
    folder = new QTemporaryDir;
    if (!folder->isValid())
        fuzz::fail("a temporary folder can be made", folder->errorString().toUtf8());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    clearFolder();
    {
        QFile file(reviewPath());
        if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
            fuzz::fail("the input can be written", file.errorString().toUtf8());
    }

    auto opened = model::ReviewDocument::open(reviewPath());
    if (!opened.document) {
        if (opened.error.trimmed().isEmpty())
            fuzz::fail("a refused file gets a message");
        if (contents(reviewPath()) != input)
            fuzz::fail("a refused file is left untouched", opened.error.toUtf8());
        return 0;
    }
    if (!opened.error.isEmpty())
        fuzz::fail("an opened file has no error", opened.error.toUtf8());

    const auto &review = opened.document->review();
    model::Metrics::compute(review);
    exporting::reviewToJson(review);
    exporting::reviewToMarkdown(review);
    return 0;
}
