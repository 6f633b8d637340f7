// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "samplereview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hindsight::model;
using Role = ReviewModel::Role;

class TestReviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sectionsInTemplateOrder();
    void tabularSectionsHoldTheirRows_data();
    void tabularSectionsHoldTheirRows();
    void insertEditRemoveUnderTheTester_data();
    void insertEditRemoveUnderTheTester();
    void sectionStateFollowsContent();
    void timesShowInTheDisplayZoneToTheirPrecision_data();
    void timesShowInTheDisplayZoneToTheirPrecision();
    void enumColumnsShowLabelsAndEditNumbers();
    void relativeTimesFollowTheStart();

private:
    std::unique_ptr<ReviewDocument> m_document;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestReviewModel::init()
{
    m_tester.reset();
    m_document = std::make_unique<ReviewDocument>(hindsight::tests::fullReview());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_document->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestReviewModel::sectionsInTemplateOrder()
{
    auto *model = m_document->model();
    QCOMPARE(model->rowCount(), SectionCount + 3);
    const QStringList expected{QStringLiteral("Authors"),         QStringLiteral("Summary"),
                               QStringLiteral("Impact"),          QStringLiteral("Detection"),
                               QStringLiteral("Triage"),          QStringLiteral("Root causes"),
                               QStringLiteral("Resolution"),      QStringLiteral("Timeline"),
                               QStringLiteral("Lessons learned"), QStringLiteral("Actions and issues"),
                               QStringLiteral("Share it"),        QStringLiteral("Additional notes"),
                               QStringLiteral("Figures"),         QStringLiteral("Reviewers")};
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model->index(row, 0).data().toString(), expected.at(row));
    QCOMPARE(model->index(int(SectionKey::Impact), 0).data(int(Role::SectionKey)).toInt(), int(SectionKey::Impact));
}

void TestReviewModel::tabularSectionsHoldTheirRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    const auto review = hindsight::tests::fullReview();
    QTest::newRow("nominal: authors") << int(SectionKey::Authors) << int(review.authors.size()) << 3;
    QTest::newRow("nominal: timeline, with the time since start")
        << int(SectionKey::Timeline) << int(review.timeline.size()) << 9;
    QTest::newRow("nominal: lessons") << int(SectionKey::Lessons) << int(review.lessons.size()) << 2;
    QTest::newRow("nominal: actions") << int(SectionKey::Actions) << int(review.actions.size()) << 8;
    QTest::newRow("nominal: additional notes") << ReviewModel::AdditionalNotesRow << int(review.additional.size()) << 3;
    QTest::newRow("nominal: summary has no rows") << int(SectionKey::Summary) << 0 << 1;
}

void TestReviewModel::tabularSectionsHoldTheirRows()
{
    QFETCH(int, row);
    QFETCH(int, rows);
    QFETCH(int, columns);
    auto *model = m_document->model();
    const auto parent = model->index(row, 0);
    QCOMPARE(model->rowCount(parent), rows);
    QCOMPARE(model->columnCount(parent), columns);
    QCOMPARE(model->hasChildren(parent), rows > 0);
}

void TestReviewModel::insertEditRemoveUnderTheTester_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("nominal: author name") << int(SectionKey::Authors) << 0 << QVariant(QStringLiteral("Ana"));
    QTest::newRow("nominal: event kind") << int(SectionKey::Timeline) << 1 << QVariant(int(EventKind::Discovery));
    QTest::newRow("nominal: lesson text") << int(SectionKey::Lessons) << 1 << QVariant(QStringLiteral("Luck"));
    QTest::newRow("nominal: action due date") << int(SectionKey::Actions) << 5 << QVariant(QDate(2030, 1, 2));
    QTest::newRow("nominal: note heading") << ReviewModel::AdditionalNotesRow << 0 << QVariant(QStringLiteral("Misc"));
}

void TestReviewModel::insertEditRemoveUnderTheTester()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    auto *model = m_document->model();
    const auto parent = model->index(row, 0);
    const int before = model->rowCount(parent);

    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model->insertRows(1, 2, parent));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model->rowCount(parent), before + 2);

    const auto cell = model->index(1, column, parent);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(model->setData(cell, value));
    QCOMPARE(cell.data(Qt::EditRole), value);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).toModelIndex(), cell);

    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model->removeRows(2, 1, parent));
    QVERIFY(model->removeRows(0, 1, parent));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(model->rowCount(parent), before);
    QCOMPARE(model->index(0, column, parent).data(Qt::EditRole), value);

    // Undo all of it: back to where it started.
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(m_document->review(), ReviewDocument(hindsight::tests::fullReview()).review());
}

void TestReviewModel::sectionStateFollowsContent()
{
    ReviewDocument document;
    auto *model = document.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto state = [&](SectionKey key) {
        return SectionState(model->sectionIndex(key).data(int(Role::SectionState)).toInt());
    };
    QCOMPARE(state(SectionKey::Impact), SectionState::Empty);

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    Review review;
    document.setField(Field::ImpactUser, QStringLiteral("Nobody could log in."));
    QCOMPARE(state(SectionKey::Impact), SectionState::Started);
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
        return args.at(0).toModelIndex() == model->sectionIndex(SectionKey::Impact);
    }));
    document.setField(Field::ImpactBusiness, QStringLiteral("Lost sign-ups."));
    document.setField(Field::ImpactTeam, QStringLiteral("Paged at night."));
    QCOMPARE(state(SectionKey::Impact), SectionState::Complete);

    QCOMPARE(state(SectionKey::Lessons), SectionState::Empty);
    QVERIFY(model->insertRows(0, 1, model->sectionIndex(SectionKey::Lessons)));
    QCOMPARE(state(SectionKey::Lessons), SectionState::Started);
}

void TestReviewModel::timesShowInTheDisplayZoneToTheirPrecision_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: UTC seconds") << "UTC" << int(TimePrecision::Second) << "2023-03-14 13:05:00";
    QTest::newRow("nominal: Berlin minutes") << "Europe/Berlin" << int(TimePrecision::Minute) << "2023-03-14 14:05";
    QTest::newRow("nominal: milliseconds") << "UTC" << int(TimePrecision::Millisecond) << "2023-03-14 13:05:00.123";
    QTest::newRow("edge: day only is never shifted") << "Pacific/Auckland" << int(TimePrecision::Day) << "2023-03-14";
    QTest::newRow("edge: unknown time") << "UTC" << int(TimePrecision::UnknownTime) << "2023-03-14 --:--";
    QTest::newRow("robustness: unknown zone falls back to UTC")
        << "Mars/Olympus" << int(TimePrecision::Second) << "2023-03-14 13:05:00";
}

void TestReviewModel::timesShowInTheDisplayZoneToTheirPrecision()
{
    QFETCH(QString, zone);
    QFETCH(int, precision);
    QFETCH(QString, expected);
    m_document->setField(Field::TimeZone, zone);
    const auto time = m_document->review().timeline.first().time;
    QCOMPARE(m_document->model()->formatTime(time, TimePrecision(precision)), expected);
}

void TestReviewModel::enumColumnsShowLabelsAndEditNumbers()
{
    auto *model = m_document->model();
    const auto timeline = model->sectionIndex(SectionKey::Timeline);
    const auto kind = model->index(0, RowTraits<TimelineEvent>::Kind, timeline);
    QCOMPARE(kind.data().toString(), QStringLiteral("Action"));
    QCOMPARE(kind.data(Qt::EditRole).toInt(), int(EventKind::Action));
    const auto milestone = model->index(0, RowTraits<TimelineEvent>::Milestone, timeline);
    QCOMPARE(milestone.data().toString(), QStringLiteral("Started"));
    const auto actions = model->sectionIndex(SectionKey::Actions);
    QCOMPARE(model->index(0, RowTraits<ActionItem>::Priority, actions).data().toString(), QStringLiteral("P1"));
    QCOMPARE(model->index(0, RowTraits<ActionItem>::Due, actions).data().toString(), QStringLiteral("2023-04-01"));
    QVERIFY(!(model->flags(model->index(0, RowTraits<TimelineEvent>::Source, timeline)) & Qt::ItemIsEditable));
    QVERIFY(model->flags(kind) & Qt::ItemIsEditable);
}

void TestReviewModel::relativeTimesFollowTheStart()
{
    auto *model = m_document->model();
    const auto timeline = model->sectionIndex(SectionKey::Timeline);
    const int column = ReviewModel::TimelineRelativeColumn;
    TimelineEvent later;
    later.time = m_document->review().timeline.first().time.addSecs(3723);
    later.text = QStringLiteral("An hour, two minutes and three seconds in");
    commands::insertRow(*m_document, later);
    const auto cell = model->index(2, column, timeline);
    QCOMPARE(cell.data().toString(), QStringLiteral("T+01:02:03"));
    QCOMPARE(cell.data(Qt::EditRole).toLongLong(), qint64(3723) * 1000);
    QVERIFY(!(model->flags(cell) & Qt::ItemIsEditable));
    QCOMPARE(model->index(1, column, timeline).data().toString(), QString()); // a day-only event

    // Moving the start moves every relative time, and the views are told.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const auto startId = m_document->review().timeline.first().id;
    commands::setRowValue<TimelineEvent>(*m_document, startId, RowTraits<TimelineEvent>::Time,
                                         m_document->review().timeline.first().time.addSecs(-60));
    QCOMPARE(cell.data().toString(), QStringLiteral("T+01:03:03"));
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().column() == column && args.at(1).toModelIndex().row() == 2;
    }));
}

QTEST_GUILESS_MAIN(TestReviewModel)
#include "tst_reviewmodel.moc"
