// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/timeline/timelinestyle.h"
#include "editor/timeline/timelineview.h"
#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/rows.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <memory>

using namespace hindsight;
using editor::TimelineView;
using model::EventKind;
using model::Milestone;
using model::ReviewDocument;
using model::TimelineEvent;
using model::TimePrecision;

using IdList = QList<qint64>;

Q_DECLARE_METATYPE(hindsight::model::TimelineEvent)

namespace {

const QDateTime Base(QDate(2023, 3, 14), QTime(13, 0), QTimeZone::utc());

TimelineEvent makeEvent(const QDateTime &time, EventKind kind = EventKind::Note, Milestone milestone = Milestone::None,
                        TimePrecision precision = TimePrecision::Second)
{
    TimelineEvent e;
    e.time = time;
    e.kind = kind;
    e.milestone = milestone;
    e.precision = precision;
    e.text = QStringLiteral("%1 at %2").arg(model::enumKey(kind), time.toString(Qt::ISODate));
    e.visibility = model::Visibility::Public;
    return e;
}

model::Review reviewOf(const QList<TimelineEvent> &events, const QString &zone = QStringLiteral("UTC"))
{
    model::Review review;
    review.title = QStringLiteral("Timeline test");
    review.timeZone = zone;
    review.timeline = events;
    return review;
}

std::unique_ptr<TimelineView> showView(ReviewDocument *document, QSize size = QSize(1000, 320))
{
    auto view = std::make_unique<TimelineView>();
    view->resize(size);
    view->setDocument(document);
    view->show();
    view->activateWindow();
    if (!QTest::qWaitForWindowActive(view.get()))
        qWarning("The timeline window did not become active");
    return view;
}

qint64 span(const TimelineView &view)
{
    return view.visibleStart().msecsTo(view.visibleEnd());
}

bool inView(const TimelineView &view, qint64 id)
{
    const auto pos = view.eventPosition(id);
    return pos && view.plotRect().contains(*pos);
}

QList<qint64> idsOf(const ReviewDocument &document)
{
    QList<qint64> ids;
    for (const auto &e : document.review().timeline)
        ids << e.id;
    return ids;
}

QList<qint64> idsInTimeOrder(const ReviewDocument &document)
{
    auto events = document.review().timeline;
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
    QList<qint64> ids;
    for (const auto &e : events)
        ids << e.id;
    return ids;
}

void drag(QWidget *widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step) {
        const QPointF at = QPointF(from) + QPointF(to - from) * step / 4.0;
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

void wheel(QWidget *widget, QPoint at, int delta, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(QPointF(at), widget->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// Whether any pixel in the columns x − 1 … x + 1 of row y has the colour.
bool columnHas(const QImage &image, double x, int y, const QColor &color)
{
    for (int dx = -1; dx <= 1; ++dx) {
        if (near(image.pixelColor(int(std::round(x)) + dx, y), color))
            return true;
    }
    return false;
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eventsInsertedThroughTheModelAppear_data();
    void eventsInsertedThroughTheModelAppear();
    void editsMoveEvents();
    void removingAnEventUpdates();
    void displayZoneChangeMovesDayOnlyEvents();
    void clusteringSplitsWhenZoomingIn();
    void clickSelects_data();
    void clickSelects();
    void doubleClickActivates();
    void ensureVisibleBringsAnEventIntoView();
    void keyboardStepsThroughEventsInTimeOrder();
    void keyboardZoomsAndPans_data();
    void keyboardZoomsAndPans();
    void wheelPansAndCtrlWheelZooms();
    void liveModeFollowsNow();
    void liveNotesAppearAtNow();
    void robustness_data();
    void robustness();
    void pixelsShowMilestonesPhasesAndNow();
    void accessibleAndFocusable();
};

void TestTimelineView::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestTimelineView::eventsInsertedThroughTheModelAppear_data()
{
    QTest::addColumn<QList<int>>("order"); // the order, by minute, in which the events are added

    QTest::newRow("nominal: added in time order") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("nominal: added in reverse") << QList<int>{7, 6, 5, 4, 3, 2, 1, 0};
    QTest::newRow("nominal: added shuffled") << QList<int>{3, 0, 6, 1, 7, 2, 5, 4};
}

void TestTimelineView::eventsInsertedThroughTheModelAppear()
{
    QFETCH(QList<int>, order);
    ReviewDocument document(reviewOf({}));
    auto view = showView(&document);
    view->setVisibleRange(Base.addSecs(-60), Base.addSecs(9 * 60));

    // Minute m holds an event of kind 7 − m: later events sit in higher lanes.
    for (const int minute : order) {
        const qint64 id =
            model::commands::insertRow(document, makeEvent(Base.addSecs(minute * 60), EventKind(7 - minute)));
        QVERIFY(id > 0);
        QVERIFY2(inView(*view, id), "a new event shows at once");
    }
    QList<QPointF> byTime;
    for (const qint64 id : idsInTimeOrder(document))
        byTime << *view->eventPosition(id);
    for (qsizetype i = 1; i < byTime.size(); ++i) {
        QVERIFY2(byTime.at(i).x() > byTime.at(i - 1).x(), "later events are further right");
        QVERIFY2(byTime.at(i).y() < byTime.at(i - 1).y(), "each kind has its lane, in kind order");
    }
    QCOMPARE(view->visibleItems().size(), 8);
}

void TestTimelineView::editsMoveEvents()
{
    ReviewDocument document(
        reviewOf({makeEvent(Base, EventKind::Note), makeEvent(Base.addSecs(600), EventKind::Action)}));
    auto view = showView(&document);
    view->setVisibleRange(Base.addSecs(-60), Base.addSecs(1200));
    const qint64 note = document.review().timeline.at(0).id;
    const qint64 action = document.review().timeline.at(1).id;
    const QPointF actionAt = *view->eventPosition(action);

    // Kind: the note moves to the action's lane.
    model::commands::setRowValue<TimelineEvent>(document, note, model::RowTraits<TimelineEvent>::Kind,
                                                int(EventKind::Action));
    QCOMPARE(view->eventPosition(note)->y(), actionAt.y());
    // Time: it moves right of the action, and Right steps to it after the action now.
    model::commands::setRowValue<TimelineEvent>(document, note, model::RowTraits<TimelineEvent>::Time,
                                                Base.addSecs(900));
    QVERIFY(view->eventPosition(note)->x() > actionAt.x());
    view->setFocus();
    QSignalSpy selected(view.get(), &TimelineView::eventsSelected);
    QTest::keyClick(view.get(), Qt::Key_Right);
    QTest::keyClick(view.get(), Qt::Key_Right);
    QCOMPARE(selected.size(), 2);
    QCOMPARE(selected.at(0).at(0).value<IdList>(), IdList{action});
    QCOMPARE(selected.at(1).at(0).value<IdList>(), IdList{note});
    // Undo puts it back where it was.
    document.undoStack()->undo();
    QVERIFY(view->eventPosition(note)->x() < actionAt.x());
    QCOMPARE(view->eventPosition(note)->y(), actionAt.y());
}

void TestTimelineView::removingAnEventUpdates()
{
    ReviewDocument document(reviewOf({makeEvent(Base), makeEvent(Base.addSecs(60), EventKind::Action),
                                      makeEvent(Base.addSecs(120), EventKind::Mitigation, Milestone::Mitigated)}));
    auto view = showView(&document);
    const auto ids = idsOf(document);
    const QPointF before = *view->eventPosition(ids.at(1));
    view->setSelectedEvents({ids.at(1)});

    model::commands::removeRows<TimelineEvent>(document, {ids.at(1)});
    QVERIFY(!view->eventPosition(ids.at(1)));
    QCOMPARE(view->visibleItems().size(), 2);
    QVERIFY2(view->selectedEvents().isEmpty(), "a removed event leaves the selection");

    document.undoStack()->undo();
    QVERIFY(view->eventPosition(ids.at(1)));
    QCOMPARE(view->eventPosition(ids.at(1))->x(), before.x());
    QCOMPARE(view->visibleItems().size(), 3);

    // Undoing an added note takes it away again.
    const qint64 added = model::commands::insertRow(document, makeEvent(Base.addSecs(90), EventKind::Discovery));
    QVERIFY(view->eventPosition(added));
    document.undoStack()->undo();
    QVERIFY(!view->eventPosition(added));
    document.undoStack()->redo();
    QVERIFY(view->eventPosition(added));
}

void TestTimelineView::displayZoneChangeMovesDayOnlyEvents()
{
    // A day-only event stands for its day in the display zone: Tokyo's 13 March starts 9 h
    // before UTC's.
    const QDateTime day(QDate(2023, 3, 13), QTime(0, 0), QTimeZone::utc());
    ReviewDocument document(reviewOf({makeEvent(day, EventKind::Action, Milestone::None, TimePrecision::Day),
                                      makeEvent(day.addSecs(12 * 3600), EventKind::Note)}));
    auto view = showView(&document);
    view->setVisibleRange(day.addDays(-1), day.addDays(2));
    const qint64 dayOnly = document.review().timeline.at(0).id;
    const qint64 exact = document.review().timeline.at(1).id;
    QCOMPARE(view->eventPosition(dayOnly)->x(), view->eventPosition(exact)->x()); // midday UTC

    model::commands::setField(document, model::Field::TimeZone, QStringLiteral("Asia/Tokyo"));
    const double hour = view->plotRect().width() / 72;
    QVERIFY(std::abs(view->eventPosition(exact)->x() - view->eventPosition(dayOnly)->x() - 9 * hour) < 1);
    document.undoStack()->undo();
    QCOMPARE(view->eventPosition(dayOnly)->x(), view->eventPosition(exact)->x());
}

void TestTimelineView::clusteringSplitsWhenZoomingIn()
{
    // 500 notes within one second.
    QList<TimelineEvent> events;
    for (int i = 0; i < 500; ++i)
        events << makeEvent(Base.addMSecs(i * 2), EventKind::Note, Milestone::None, TimePrecision::Millisecond);
    ReviewDocument document(reviewOf(events));
    auto view = showView(&document);
    view->fitAll();

    auto items = view->visibleItems();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().ids.size(), 500);

    // Zooming in around them splits the bubble, down to single events.
    view->setSelectedEvents({document.review().timeline.at(250).id});
    int previous = 1;
    while (span(*view) > 1000) {
        view->zoomIn();
        const int now = int(view->visibleItems().size());
        QVERIFY2(now >= previous, "zooming in never merges");
        previous = now;
    }
    QVERIFY2(previous > 10, qPrintable(QStringLiteral("%1 items at one second").arg(previous)));
    for (int i = 0; i < 6; ++i)
        view->zoomIn();
    items = view->visibleItems();
    QVERIFY(std::any_of(items.cbegin(), items.cend(), [](const auto &item) { return item.ids.size() == 1; }));
    // Every drawn item is either a marker or a bubble whose count is its events.
    for (const auto &item : std::as_const(items))
        QVERIFY(!item.ids.isEmpty());
}

void TestTimelineView::clickSelects_data()
{
    QTest::addColumn<int>("clicked"); // the event clicked, -1 for empty space
    QTest::addColumn<bool>("control");
    QTest::addColumn<QList<int>>("expected"); // indexes into the events

    QTest::newRow("click: selects the event") << 2 << false << QList<int>{2};
    QTest::newRow("ctrl-click: adds to the selection") << 2 << true << QList<int>{0, 2};
    QTest::newRow("ctrl-click: on a selected event removes it") << 0 << true << QList<int>{};
    QTest::newRow("click: on empty space clears the selection") << -1 << false << QList<int>{};
}

void TestTimelineView::clickSelects()
{
    QFETCH(int, clicked);
    QFETCH(bool, control);
    QFETCH(QList<int>, expected);

    QList<TimelineEvent> events;
    for (int i = 0; i < 5; ++i)
        events << makeEvent(Base.addSecs(i * 600), EventKind(i));
    ReviewDocument document(reviewOf(events));
    auto view = showView(&document);
    const auto ids = idsOf(document);
    view->setSelectedEvents({ids.at(0)});

    QPoint at;
    if (clicked >= 0) {
        at = view->eventPosition(ids.at(clicked))->toPoint();
    } else {
        // Between the first two events, in the lane of the last.
        at = QPoint(int((view->eventPosition(ids.at(0))->x() + view->eventPosition(ids.at(1))->x()) / 2),
                    int(view->eventPosition(ids.at(4))->y()));
    }
    QSignalSpy selected(view.get(), &TimelineView::eventsSelected);
    QTest::mouseClick(view.get(), Qt::LeftButton, control ? Qt::ControlModifier : Qt::NoModifier, at);
    QCOMPARE(selected.size(), 1);
    IdList expectedIds;
    for (const int i : expected)
        expectedIds << ids.at(i);
    QCOMPARE(selected.first().first().value<IdList>(), expectedIds);
    QCOMPARE(view->selectedEvents(), expectedIds);
}

void TestTimelineView::doubleClickActivates()
{
    ReviewDocument document(reviewOf({makeEvent(Base), makeEvent(Base.addSecs(600), EventKind::Detection)}));
    auto view = showView(&document);
    const qint64 id = document.review().timeline.at(1).id;
    QSignalSpy activated(view.get(), &TimelineView::eventActivated);
    QTest::mouseDClick(view.get(), Qt::LeftButton, {}, view->eventPosition(id)->toPoint());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), id);

    // Enter opens the selected event too.
    view->setFocus();
    view->setSelectedEvents({document.review().timeline.at(0).id});
    QTest::keyClick(view.get(), Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toLongLong(), document.review().timeline.at(0).id);
}

void TestTimelineView::ensureVisibleBringsAnEventIntoView()
{
    ReviewDocument document(reviewOf({makeEvent(Base), makeEvent(Base.addDays(1), EventKind::Resolution)}));
    auto view = showView(&document);
    const qint64 far = document.review().timeline.at(1).id;
    view->setVisibleRange(Base.addSecs(-1800), Base.addSecs(1800));
    QVERIFY(!inView(*view, far));

    QSignalSpy selected(view.get(), &TimelineView::eventsSelected);
    view->setSelectedEvents({far});
    view->ensureVisible(far);
    QVERIFY(inView(*view, far));
    QCOMPARE(span(*view), 3600 * 1000);
    QCOMPARE(view->selectedEvents(), IdList{far});
    QCOMPARE(selected.size(), 0); // the caller selected: no echo

    // Already in view: nothing moves.
    const auto start = view->visibleStart();
    view->ensureVisible(far);
    QCOMPARE(view->visibleStart(), start);
}

void TestTimelineView::keyboardStepsThroughEventsInTimeOrder()
{
    QList<TimelineEvent> events;
    for (const int minute : {7, 2, 9, 0, 4, 4, 1})
        events << makeEvent(Base.addSecs(minute * 60), EventKind(minute % 8));
    ReviewDocument document(reviewOf(events));
    auto view = showView(&document);
    view->setFocus();
    QVERIFY(view->hasFocus());
    const auto ordered = idsInTimeOrder(document);

    QSignalSpy selected(view.get(), &TimelineView::eventsSelected);
    for (const qint64 id : ordered) {
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(selected.last().first().value<IdList>(), IdList{id});
    }
    const auto count = selected.size();
    QTest::keyClick(view.get(), Qt::Key_Right); // at the last event: stays
    QCOMPARE(selected.size(), count);
    for (qsizetype i = ordered.size() - 2; i >= 0; --i) {
        QTest::keyClick(view.get(), Qt::Key_Left);
        QCOMPARE(selected.last().first().value<IdList>(), IdList{ordered.at(i)});
    }
    QTest::keyClick(view.get(), Qt::Key_Escape);
    QCOMPARE(selected.last().first().value<IdList>(), IdList{});
    QVERIFY(view->selectedEvents().isEmpty());

    // Stepping to an event out of view scrolls to it.
    view->setVisibleRange(Base.addSecs(-100), Base.addSecs(-40));
    QTest::keyClick(view.get(), Qt::Key_Left);
    QTest::keyClick(view.get(), Qt::Key_Right);
    QVERIFY(inView(*view, view->selectedEvents().value(0)));
}

void TestTimelineView::keyboardZoomsAndPans_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<double>("spanFactor"); // new span / old span
    QTest::addColumn<int>("moves");         // −1 earlier, 0 stays, 1 later (the start)

    QTest::newRow("zoom: + zooms in") << int(Qt::Key_Plus) << 0 << 1 / 1.6 << 0;
    QTest::newRow("zoom: = zooms in (+ without Shift)") << int(Qt::Key_Equal) << 0 << 1 / 1.6 << 0;
    QTest::newRow("zoom: - zooms out") << int(Qt::Key_Minus) << 0 << 1.6 << 0;
    QTest::newRow("pan: Shift+Right shows later") << int(Qt::Key_Right) << int(Qt::ShiftModifier) << 1.0 << 1;
    QTest::newRow("pan: Shift+Left shows earlier") << int(Qt::Key_Left) << int(Qt::ShiftModifier) << 1.0 << -1;
    QTest::newRow("pan: Page Down shows later") << int(Qt::Key_PageDown) << 0 << 1.0 << 1;
    QTest::newRow("pan: Page Up shows earlier") << int(Qt::Key_PageUp) << 0 << 1.0 << -1;
}

void TestTimelineView::keyboardZoomsAndPans()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(double, spanFactor);
    QFETCH(int, moves);

    QList<TimelineEvent> events;
    for (int i = 0; i < 20; ++i)
        events << makeEvent(Base.addSecs(i * 300), EventKind(i % 8));
    ReviewDocument document(reviewOf(events));
    auto view = showView(&document);
    view->setFocus();
    view->setVisibleRange(Base.addSecs(1800), Base.addSecs(3600));
    const auto start = view->visibleStart();
    const qint64 before = span(*view);
    const auto center = start.addMSecs(before / 2);

    QTest::keyClick(view.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY(std::abs(double(span(*view)) / double(before) - spanFactor) < 0.01);
    if (moves == 0) {
        // Zoom keys keep the middle (no selection): the view narrows or widens around it.
        const auto newCenter = view->visibleStart().addMSecs(span(*view) / 2);
        QVERIFY(std::abs(newCenter.msecsTo(center)) < 50);
    } else {
        QCOMPARE(view->visibleStart() > start, moves > 0);
    }

    // Home shows every event again.
    QTest::keyClick(view.get(), Qt::Key_Home);
    for (const qint64 id : idsOf(document))
        QVERIFY(inView(*view, id));
}

void TestTimelineView::wheelPansAndCtrlWheelZooms()
{
    ReviewDocument document(reviewOf({makeEvent(Base), makeEvent(Base.addSecs(3600))}));
    auto view = showView(&document);
    view->setVisibleRange(Base, Base.addSecs(600));
    const QPoint at = view->plotRect().center().toPoint();

    wheel(view.get(), at, -120); // down: later
    QVERIFY(view->visibleStart() > Base);
    QCOMPARE(span(*view), 600 * 1000);

    // Ctrl+wheel zooms around the pointer: the time under it stays under it.
    view->setVisibleRange(Base, Base.addSecs(600));
    const QPoint left(int(view->plotRect().left() + view->plotRect().width() / 4), at.y());
    const auto timeAt = [&](QPoint p) {
        return view->visibleStart().addMSecs(
            qint64((p.x() - view->plotRect().left()) / view->plotRect().width() * double(span(*view))));
    };
    const auto under = timeAt(left);
    wheel(view.get(), left, 120, Qt::ControlModifier);
    QVERIFY(span(*view) < 600 * 1000);
    QVERIFY(std::abs(timeAt(left).msecsTo(under)) < 1000);
}

void TestTimelineView::liveModeFollowsNow()
{
    auto clock = std::make_shared<QDateTime>(Base.addSecs(3600));
    ReviewDocument document(reviewOf({makeEvent(Base, EventKind::Note, Milestone::Started)}));
    auto view = std::make_unique<TimelineView>();
    view->setClock([clock] { return *clock; });
    view->resize(1000, 320);
    view->setDocument(&document);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QSignalSpy following(view.get(), &TimelineView::followingChanged);

    view->setLive(true);
    QVERIFY(view->isFollowingNow());
    QCOMPARE(following.size(), 1);
    auto nowAt = [&] {
        return double(view->visibleStart().msecsTo(*clock)) / double(span(*view)); // 0 left, 1 right
    };
    QVERIFY2(nowAt() > 0.8 && nowAt() < 1.0, "now sits near the right edge");

    // The clock advances: the view moves with it.
    const auto start = view->visibleStart();
    *clock = clock->addSecs(600);
    QCOMPARE(view->visibleStart(), start.addSecs(600));
    QVERIFY(nowAt() > 0.8 && nowAt() < 1.0);

    // Zooming by keyboard keeps following.
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Minus);
    QVERIFY(view->isFollowingNow());
    QVERIFY(nowAt() > 0.8 && nowAt() < 1.0);

    // A drag stops following: the view stays while the clock runs on.
    const QPoint middle = view->plotRect().center().toPoint();
    drag(view.get(), middle, middle + QPoint(200, 0));
    QVERIFY(!view->isFollowingNow());
    QCOMPARE(following.size(), 2);
    const auto pannedStart = view->visibleStart();
    *clock = clock->addSecs(600);
    QCOMPARE(view->visibleStart(), pannedStart);

    // End follows again.
    QTest::keyClick(view.get(), Qt::Key_End);
    QVERIFY(view->isFollowingNow());
    QVERIFY(nowAt() > 0.8 && nowAt() < 1.0);

    // So does a click on the hint, after Ctrl+wheel stopped following.
    wheel(view.get(), middle, 120, Qt::ControlModifier);
    QVERIFY(!view->isFollowingNow());
    view->followNow();
    QVERIFY(view->isFollowingNow());

    // Home shows everything, now included, and leaves following.
    QTest::keyClick(view.get(), Qt::Key_Home);
    QVERIFY(!view->isFollowingNow());
    QVERIFY(view->visibleStart() <= Base && view->visibleEnd() >= *clock);

    // Leaving live mode stops the now line and the following.
    view->setLive(true);
    view->followNow();
    view->setLive(false);
    QVERIFY(!view->isFollowingNow());
}

void TestTimelineView::liveNotesAppearAtNow()
{
    auto clock = std::make_shared<QDateTime>(Base);
    ReviewDocument document(reviewOf({}));
    auto view = std::make_unique<TimelineView>();
    view->setClock([clock] { return *clock; });
    view->setLive(true);
    view->resize(1000, 320);
    view->setDocument(&document);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(view->isFollowingNow());

    // A note every 10 s for 10 minutes, each at the clock's time: each appears right of the middle.
    for (int i = 0; i < 60; ++i) {
        *clock = clock->addSecs(10);
        const qint64 id = model::commands::insertRow(document, makeEvent(*clock, EventKind(i % 8)));
        const auto pos = view->eventPosition(id);
        QVERIFY(pos);
        QVERIFY(view->plotRect().contains(*pos));
        QVERIFY(pos->x() > view->plotRect().center().x());
    }
}

void TestTimelineView::robustness_data()
{
    QTest::addColumn<QList<TimelineEvent>>("events");
    QTest::addColumn<bool>("withDocument");
    QTest::addColumn<int>("items"); // drawn at fit-all; −1 when not checked

    QTest::newRow("robustness: no document") << QList<TimelineEvent>{} << false << 0;
    QTest::newRow("robustness: an empty review") << QList<TimelineEvent>{} << true << 0;
    QTest::newRow("robustness: a single event") << QList<TimelineEvent>{makeEvent(Base)} << true << 1;

    QList<TimelineEvent> same;
    for (int i = 0; i < 1000; ++i)
        same << makeEvent(Base, EventKind(i % 8), Milestone::None, TimePrecision::Millisecond);
    QTest::newRow("robustness: 1,000 events at the same millisecond") << same << true << 8;

    const QDateTime day(QDate(2023, 3, 13), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("robustness: day-only events")
        << QList<TimelineEvent>{makeEvent(day, EventKind::Action, Milestone::None, TimePrecision::Day),
                                makeEvent(day.addDays(1), EventKind::Note, Milestone::Started, TimePrecision::Day)}
        << true << 2;
    QTest::newRow("robustness: unknown-time events")
        << QList<TimelineEvent>{makeEvent(day, EventKind::Communication, Milestone::None, TimePrecision::UnknownTime),
                                makeEvent(day, EventKind::Action, Milestone::None, TimePrecision::UnknownTime),
                                makeEvent(Base, EventKind::Detection, Milestone::Detected)}
        << true << -1;
    QTest::newRow("robustness: an event without a time")
        << QList<TimelineEvent>{makeEvent(QDateTime()), makeEvent(Base)} << true << 1;
    QTest::newRow("robustness: events 50 years apart")
        << QList<TimelineEvent>{makeEvent(Base), makeEvent(Base.addYears(-50))} << true << 2;
    QTest::newRow("robustness: milestones out of order")
        << QList<TimelineEvent>{makeEvent(Base, EventKind::Resolution, Milestone::Resolved),
                                makeEvent(Base.addSecs(60), EventKind::Note, Milestone::Started)}
        << true << 2;
}

void TestTimelineView::robustness()
{
    QFETCH(QList<TimelineEvent>, events);
    QFETCH(bool, withDocument);
    QFETCH(int, items);

    ReviewDocument document(reviewOf(events, QStringLiteral("Europe/Berlin")));
    auto view = showView(withDocument ? &document : nullptr);
    view->setFocus();
    view->fitAll();
    if (items >= 0)
        QCOMPARE(view->visibleItems().size(), items);
    for (const auto &e : document.review().timeline) {
        if (withDocument && e.time.isValid())
            QVERIFY2(inView(*view, e.id), "fit all shows every event with a time");
    }

    // Everything a user can do, at every zoom: nothing may crash or hang.
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < 40; ++i) {
        view->zoomIn();
        view->render(&image);
    }
    QVERIFY(span(*view) >= 100);
    for (int i = 0; i < 80; ++i) {
        view->zoomOut();
        view->render(&image);
    }
    for (const auto key : {Qt::Key_Right, Qt::Key_Right, Qt::Key_Left, Qt::Key_Home, Qt::Key_End, Qt::Key_PageUp,
                           Qt::Key_PageDown, Qt::Key_Return, Qt::Key_Escape}) {
        QTest::keyClick(view.get(), key);
        view->render(&image);
    }
    view->setLive(true);
    view->fitAll();
    view->render(&image);
    QTest::mouseMove(view.get(), view->plotRect().center().toPoint());
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, view->plotRect().center().toPoint());
    drag(view.get(), view->plotRect().center().toPoint(), view->plotRect().center().toPoint() + QPoint(-300, 0));
    view->render(&image);
    view->setDocument(nullptr);
    view->render(&image);
}

void TestTimelineView::pixelsShowMilestonesPhasesAndNow()
{
    ReviewDocument document(reviewOf({makeEvent(Base, EventKind::Note, Milestone::Started),
                                      makeEvent(Base.addSecs(20 * 60), EventKind::Detection, Milestone::Detected),
                                      makeEvent(Base.addSecs(40 * 60), EventKind::Mitigation, Milestone::Mitigated),
                                      makeEvent(Base.addSecs(60 * 60), EventKind::Resolution, Milestone::Resolved)}));
    auto view = std::make_unique<TimelineView>();
    const auto now = Base.addSecs(70 * 60);
    view->setClock([now] { return now; });
    view->setLive(true);
    view->resize(1400, 320);
    view->setDocument(&document);
    view->setVisibleRange(Base.addSecs(-10 * 60), Base.addSecs(80 * 60));
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    view->render(&image);

    const auto style = editor::TimelineStyle::fromPalette(view->palette());
    const QRectF plot = view->plotRect();
    const auto x = [&](const QDateTime &t) {
        return plot.left() + double(view->visibleStart().msecsTo(t)) / double(span(*view)) * plot.width();
    };
    // The communication lane is empty: only the poles cross it.
    const int y = int(view->eventPosition(document.review().timeline.at(0).id)->y() + plot.height() * 7 / 8);
    QVERIFY(y < plot.bottom());
    for (int minutes : {0, 20, 40, 60})
        QVERIFY2(columnHas(image, x(Base.addSecs(minutes * 60)), y, style.flag),
                 qPrintable(QStringLiteral("a milestone pole at %1 min").arg(minutes)));
    QVERIFY2(columnHas(image, x(now), y, style.now), "the now line");
    QVERIFY2(!columnHas(image, x(Base.addSecs(30 * 60)), y, style.now), "no now line elsewhere");

    // The phase strip on top: reddish while undetected, greenish while recovering.
    const QColor undetected = image.pixelColor(int(x(Base.addSecs(10 * 60))), 1);
    QVERIFY2(undetected.red() > undetected.green() + 20, qPrintable(undetected.name()));
    const QColor recovering = image.pixelColor(int(x(Base.addSecs(50 * 60))), 1);
    QVERIFY2(recovering.green() > recovering.red() + 10 && recovering.green() > recovering.blue(),
             qPrintable(recovering.name()));
    // After the last phase: no strip, the plain background.
    const QColor after = image.pixelColor(int(x(Base.addSecs(64 * 60))), 1);
    QVERIFY2(near(after, style.base, 12), qPrintable(after.name()));
}

void TestTimelineView::accessibleAndFocusable()
{
    ReviewDocument document(reviewOf({makeEvent(Base), makeEvent(Base.addSecs(60))}));
    auto view = showView(&document);
    QVERIFY(!view->accessibleName().isEmpty());
    QVERIFY(view->accessibleDescription().contains(QStringLiteral("2 event")));
    QCOMPARE(view->focusPolicy(), Qt::StrongFocus);

    // The focus frame: the widget's edge turns to the highlight colour when it has the focus.
    view->setFocus();
    QVERIFY(view->hasFocus());
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    view->render(&image);
    QVERIFY(near(image.pixelColor(view->width() / 2, 1), view->palette().color(QPalette::Highlight), 10));
    view->clearFocus();
    view->render(&image);
    QVERIFY(!near(image.pixelColor(view->width() / 2, 1), view->palette().color(QPalette::Highlight), 10));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
