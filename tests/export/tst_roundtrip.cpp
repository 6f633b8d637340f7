// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What one format writes, the importers read back: review → JSON → review is equal, and
// review → Markdown → review is equal in every field the Markdown carries.
#include "export/json/jsonformat.h"
#include "export/markdown/markdownexporter.h"
#include "import/json/jsonimporter.h"
#include "import/markdown/markdownimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::model;
using namespace hindsight::exporting;
using namespace hindsight::importing;

namespace {

Review sample()
{
    QFile file(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return reviewFromJson(file.readAll()).review.value_or(Review());
}

// Markdown carries no visibility (the internal export is all of it) and no event source (an
// import is always "imported"): those are set alike on both sides before comparing. An image
// figure comes back from the export's file, named by the export; a chart only as its picture,
// which is compared elsewhere (tst_figureexport), so charts are left out.
Review withoutWhatMarkdownCannotCarry(Review review)
{
    review.figures.removeIf([](const Figure &figure) { return figure.kind == FigureKind::Chart; });
    for (auto &figure : review.figures) {
        figure.visibility = Visibility::Internal;
        figure.source.clear();
    }
    review.visibility = Review::defaultVisibility();
    for (auto &event : review.timeline) {
        event.visibility = Visibility::Internal;
        event.source = EventSource::Imported;
    }
    for (auto &action : review.actions)
        action.visibility = Visibility::Internal;
    for (auto &note : review.additional)
        note.visibility = Visibility::Internal;
    return review;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonKeepsEverything();
    void markdownKeepsWhatItCarries_data();
    void markdownKeepsWhatItCarries();
};

void TestRoundTrip::jsonKeepsEverything()
{
    const auto original = sample();
    QVERIFY(!original.timeline.isEmpty());
    const auto back = reviewFromJson(reviewToJson(original));
    QVERIFY2(back.review, qPrintable(back.error));
    QVERIFY(*back.review == original);
}

void TestRoundTrip::markdownKeepsWhatItCarries_data()
{
    QTest::addColumn<bool>("emoji");
    QTest::newRow("nominal: with emoji headings") << true;
    QTest::newRow("nominal: plain headings") << false;
}

void TestRoundTrip::markdownKeepsWhatItCarries()
{
    QFETCH(bool, emoji);
    ExportOptions options;
    options.emoji = emoji;
    const auto original = withoutWhatMarkdownCannotCarry(sample());
    // Through files: the figures' images are read back from the assets folder.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("review.md"));
    Review exported = sample();
    exported.figures = original.figures;
    QCOMPARE(MarkdownExporter().write(exported, path, options), QString());
    const auto back = MarkdownImporter().read(path);
    QVERIFY2(back.review, qPrintable(back.error));
    const auto read = withoutWhatMarkdownCannotCarry(*back.review);

    QCOMPARE(read.title, original.title);
    QCOMPARE(read.severity, original.severity);
    QCOMPARE(read.status, original.status);
    QCOMPARE(read.timeZone, original.timeZone);
    QCOMPARE(read.authors, original.authors);
    QCOMPARE(read.summary, original.summary);
    QCOMPARE(read.impact, original.impact);
    QCOMPARE(read.detection, original.detection);
    QCOMPARE(read.triage, original.triage);
    QCOMPARE(read.rootCauses, original.rootCauses);
    QCOMPARE(read.resolution, original.resolution);
    QCOMPARE(read.timeline.size(), original.timeline.size());
    for (int i = 0; i < original.timeline.size(); ++i)
        QCOMPARE(read.timeline.at(i), original.timeline.at(i));
    QCOMPARE(read.lessons, original.lessons);
    QCOMPARE(read.actions, original.actions);
    QCOMPARE(read.shareAudience, original.shareAudience);
    QCOMPARE(read.share, original.share);
    QCOMPARE(read.additional, original.additional);
    QCOMPARE(read.figures.size(), original.figures.size());
    for (int i = 0; i < original.figures.size(); ++i) {
        QCOMPARE(read.figures.at(i).section, original.figures.at(i).section);
        QCOMPARE(read.figures.at(i).caption, original.figures.at(i).caption);
        QVERIFY(read.figures.at(i).image == original.figures.at(i).image);
    }
    QVERIFY(read == original);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
