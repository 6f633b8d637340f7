// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sections/sectionlistview.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace hindsight;
using model::SectionKey;
using model::SectionState;

Q_DECLARE_METATYPE(model::Review)
Q_DECLARE_METATYPE(model::SectionState)

namespace {

constexpr auto StateRole = int(model::ReviewModel::Role::SectionState);

// The state glyph's colours, as SectionDelegate paints them.
const QColor StartedColor(0xd9, 0x8e, 0x04);
const QColor CompleteColor(0x2e, 0x9d, 0x4f);

int pixelsNear(const QImage &image, const QRect &rect, const QColor &color)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) < 24 && std::abs(pixel.green() - color.green()) < 24 &&
                std::abs(pixel.blue() - color.blue()) < 24)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestSectionListView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void activation();
    void followsDocument();
};

void TestSectionListView::states_data()
{
    QTest::addColumn<model::Review>("review");
    QTest::addColumn<int>("row");
    QTest::addColumn<model::SectionState>("state");

    model::Review empty;
    QTest::newRow("empty: impact of a new review") << empty << int(SectionKey::Impact) << SectionState::Empty;
    QTest::newRow("empty: additional notes of a new review")
        << empty << model::ReviewModel::AdditionalNotesRow << SectionState::Empty;

    auto userOnly = empty;
    userOnly.impact.user = QStringLiteral("Checkout failed for a third of users.");
    QTest::newRow("started: impact with the user part only")
        << userOnly << int(SectionKey::Impact) << SectionState::Started;
    auto allImpact = userOnly;
    allImpact.impact.business = QStringLiteral("41,800 EUR");
    allImpact.impact.team = QStringLiteral("Six people pulled in.");
    QTest::newRow("complete: impact with all three parts")
        << allImpact << int(SectionKey::Impact) << SectionState::Complete;

    auto blankSummary = empty;
    blankSummary.summary = QStringLiteral("  \n ");
    QTest::newRow("empty: summary of white space only")
        << blankSummary << int(SectionKey::Summary) << SectionState::Empty;

    auto oneLesson = empty;
    oneLesson.lessons = {{0, model::LessonKind::WentWell, QStringLiteral("The alert paged in time.")}};
    QTest::newRow("started: lessons with one list filled")
        << oneLesson << int(SectionKey::Lessons) << SectionState::Started;
    auto allLessons = oneLesson;
    allLessons.lessons.append({0, model::LessonKind::WentWrong, QStringLiteral("No alert on the pool.")});
    allLessons.lessons.append({0, model::LessonKind::GotLucky, QStringLiteral("Not at peak time.")});
    QTest::newRow("complete: lessons with all three lists")
        << allLessons << int(SectionKey::Lessons) << SectionState::Complete;

    auto note = empty;
    note.additional = {{0, QStringLiteral("Glossary"), QStringLiteral("PgBouncer"), model::Visibility::Public}};
    QTest::newRow("complete: additional notes with one note")
        << note << model::ReviewModel::AdditionalNotesRow << SectionState::Complete;
}

void TestSectionListView::states()
{
    QFETCH(model::Review, review);
    QFETCH(int, row);
    QFETCH(model::SectionState, state);
    model::ReviewDocument document(review);
    editor::SectionListView view;
    view.setDocument(&document);
    view.resize(260, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Another row is current, so that the checked row is painted unselected.
    view.setCurrentSection(row == 0 ? 1 : 0);

    QCOMPARE(view.model()->rowCount(), model::SectionCount + 3);
    QVERIFY(view.isRowHidden(model::ReviewModel::FiguresRow));
    QVERIFY(view.isRowHidden(model::ReviewModel::ReviewersRow));
    const auto index = view.model()->index(row, 0);
    QCOMPARE(model::SectionState(index.data(StateRole).toInt()), state);

    const auto image = view.viewport()->grab().toImage();
    const auto rect = view.visualRect(index);
    QVERIFY(!rect.isEmpty());
    // The glyph sits at the left of the row.
    const QRect glyph(rect.left(), rect.top(), rect.height(), rect.height());
    const int green = pixelsNear(image, glyph, CompleteColor);
    const int amber = pixelsNear(image, glyph, StartedColor);
    switch (state) {
    case SectionState::Empty:
        QCOMPARE(green, 0);
        QCOMPARE(amber, 0);
        break;
    case SectionState::Started:
        QVERIFY(amber > 10);
        QCOMPARE(green, 0);
        break;
    case SectionState::Complete:
        QVERIFY(green > 10);
        QCOMPARE(amber, 0);
        break;
    }
}

void TestSectionListView::activation()
{
    model::ReviewDocument document;
    editor::SectionListView view;
    view.setDocument(&document);
    view.resize(260, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &editor::SectionListView::sectionActivated);

    view.setCurrentSection(int(SectionKey::Impact));
    QCOMPARE(view.currentSection(), int(SectionKey::Impact));
    QCOMPARE(activated.size(), 0); // the caller knows already

    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toInt(), int(SectionKey::Detection));

    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toInt(), int(SectionKey::Detection));

    const auto timeline = view.visualRect(view.model()->index(int(SectionKey::Timeline), 0));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, timeline.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toInt(), int(SectionKey::Timeline));

    // A click on the current section says it again (once), to jump back to it.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, timeline.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toInt(), int(SectionKey::Timeline));
}

void TestSectionListView::followsDocument()
{
    auto document = std::make_unique<model::ReviewDocument>();
    editor::SectionListView view;
    view.setDocument(document.get());
    view.setCurrentSection(int(SectionKey::Share));
    view.setDocument(nullptr);
    QCOMPARE(view.model(), nullptr);

    view.setDocument(document.get());
    QCOMPARE(view.model(), document->model());
    QCOMPARE(view.currentSection(), 0);
    document.reset();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.document(), nullptr);
}

QTEST_MAIN(TestSectionListView)
#include "tst_sectionlistview.moc"
