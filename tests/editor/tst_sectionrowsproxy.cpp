// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/widgets/sectionrowsproxy.h"
#include "model/commands.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "model/rows.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using model::Lesson;
using model::LessonKind;
using model::TimelineEvent;

namespace {

QStringList columnTexts(const QAbstractItemModel &proxy, const QModelIndex &root, int column)
{
    QStringList texts;
    for (int row = 0; row < proxy.rowCount(root); ++row)
        texts.append(proxy.index(row, column, root).data().toString());
    return texts;
}

TimelineEvent timelineEvent(int minute, const QString &text)
{
    TimelineEvent result;
    result.time = QDateTime(QDate(2023, 3, 14), QTime(13, minute), QTimeZone::utc());
    result.text = text;
    return result;
}

} // namespace

class TestSectionRowsProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersOneKind();
    void sortsByTime();
};

void TestSectionRowsProxy::filtersOneKind()
{
    using Traits = model::RowTraits<Lesson>;
    model::Review review;
    review.lessons = {{0, LessonKind::WentWell, QStringLiteral("a")},
                      {0, LessonKind::WentWrong, QStringLiteral("b")},
                      {0, LessonKind::WentWell, QStringLiteral("c")}};
    model::ReviewDocument document(review);
    editor::SectionRowsProxy proxy(document.model(), Traits::typeIndex);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setColumnFilter(Traits::Kind, int(LessonKind::WentWell));
    const auto root = proxy.rowsRoot();

    // The top-level rows (the sections, the additional notes, the figures, the reviewers) are never
    // filtered out.
    QCOMPARE(proxy.rowCount(), model::ReviewModel::ReviewersRow + 1);
    QCOMPARE(columnTexts(proxy, root, Traits::Text), QStringList({QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(proxy.headerData(Traits::Text, Qt::Horizontal).toString(), Traits::header(Traits::Text));

    model::commands::insertRow(document, Lesson{0, LessonKind::WentWrong, QStringLiteral("d")});
    QCOMPARE(proxy.rowCount(root), 2);
    const auto id = model::commands::insertRow(document, Lesson{0, LessonKind::WentWell, QStringLiteral("e")});
    QCOMPARE(columnTexts(proxy, root, Traits::Text),
             QStringList({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("e")}));

    // A lesson moved to another list leaves this one, and comes back on undo.
    model::commands::setRowValue<Lesson>(document, id, Traits::Kind, int(LessonKind::GotLucky));
    QCOMPARE(proxy.rowCount(root), 2);
    document.undoStack()->undo();
    QCOMPARE(proxy.rowCount(root), 3);

    model::commands::removeRows<Lesson>(document, {document.review().lessons.first().id});
    QCOMPARE(columnTexts(proxy, root, Traits::Text), QStringList({QStringLiteral("c"), QStringLiteral("e")}));
}

void TestSectionRowsProxy::sortsByTime()
{
    using Traits = model::RowTraits<TimelineEvent>;
    model::Review review;
    review.timeline = {timelineEvent(30, QStringLiteral("third")), timelineEvent(10, QStringLiteral("first")),
                       timelineEvent(20, QStringLiteral("second"))};
    model::ReviewDocument document(review);
    editor::SectionRowsProxy proxy(document.model(), Traits::typeIndex);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(Traits::Time);
    const auto root = proxy.rowsRoot();
    QCOMPARE(columnTexts(proxy, root, Traits::Text),
             QStringList({QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
    // The template's sections keep their order.
    QCOMPARE(proxy.mapToSource(root), document.model()->sectionIndex(model::SectionKey::Timeline));

    // An edit through the proxy moves the row to its place.
    QVERIFY(proxy.setData(proxy.index(2, Traits::Time, root), timelineEvent(5, {}).time));
    QCOMPARE(columnTexts(proxy, root, Traits::Text),
             QStringList({QStringLiteral("third"), QStringLiteral("first"), QStringLiteral("second")}));

    model::commands::insertRow(document, timelineEvent(15, QStringLiteral("between")));
    QCOMPARE(columnTexts(proxy, root, Traits::Text),
             QStringList({QStringLiteral("third"), QStringLiteral("first"), QStringLiteral("between"),
                          QStringLiteral("second")}));
}

QTEST_MAIN(TestSectionRowsProxy)
#include "tst_sectionrowsproxy.moc"
