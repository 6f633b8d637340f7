// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "model/reviewdocument.h"
#include "timelinetooltip.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace hindsight::editor {

namespace {

constexpr double MinSpanMs = 100;
constexpr double MaxSpanMs = 100.0 * 365.25 * 24 * 60 * 60 * 1000;
constexpr double MinFitSpanMs = 60 * 1000;
constexpr double FollowPosition = 0.9; // now sits at 90 % of the width while following
constexpr double ZoomStep = 1.6;

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    m_style = TimelineStyle::fromPalette(palette());
    m_start = QDateTime::currentMSecsSinceEpoch() - qint64(m_span);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::FitAll)
            refit();
        update();
    });
    connect(&m_tracker, &TimelineTracker::changed, this, &TimelineView::trackerChanged);
    updateAccessibleDescription();
}

TimelineView::~TimelineView() = default;

void TimelineView::setDocument(model::ReviewDocument *document)
{
    m_selection.clear();
    m_selected.clear();
    m_current = 0;
    m_hovered = 0;
    m_tracker.setDocument(document);
    setMode(m_live ? Mode::Follow : Mode::FitAll);
    if (m_mode == Mode::FitAll)
        refit();
}

model::ReviewDocument *TimelineView::document() const
{
    return m_tracker.document();
}

void TimelineView::trackerChanged(const QList<qint64> &removedIds)
{
    for (const qint64 id : removedIds) {
        if (m_selected.remove(id))
            m_selection.removeAll(id);
        if (m_current == id)
            m_current = 0;
    }
    invalidate();
    if (m_mode == Mode::FitAll)
        refit();
    updateAccessibleDescription();
    update();
}

void TimelineView::setLive(bool live)
{
    if (m_live == live)
        return;
    if (live) {
        m_live = true;
        setMode(Mode::Follow);
    } else {
        // Still live while the mode changes, so that the range stays where following put it.
        const bool wasFollowing = isFollowingNow();
        setMode(wasFollowing ? Mode::FitAll : m_mode);
        m_live = false;
        if (wasFollowing)
            refit();
    }
    updateTimer();
    invalidate();
    update();
}

void TimelineView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    invalidate();
    if (m_mode == Mode::FitAll)
        refit();
    update();
}

qint64 TimelineView::now() const
{
    return m_clock ? m_clock().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

qint64 TimelineView::currentStart() const
{
    if (isFollowingNow())
        return now() - qint64(m_span * FollowPosition);
    return m_start;
}

void TimelineView::setMode(Mode mode)
{
    const bool wasFollowing = isFollowingNow();
    if (mode == Mode::Manual || mode == Mode::FitAll) {
        // Leaving Follow keeps the range where following had put it.
        if (wasFollowing)
            m_start = currentStart();
    }
    m_mode = mode;
    invalidate();
    if (wasFollowing != isFollowingNow())
        Q_EMIT followingChanged(isFollowingNow());
}

void TimelineView::setRange(qint64 start, double span, Mode mode)
{
    setMode(mode);
    m_span = std::clamp(span, MinSpanMs, MaxSpanMs);
    m_start = start;
    invalidate();
    updateTimer();
    update();
}

QDateTime TimelineView::visibleStart() const
{
    return QDateTime::fromMSecsSinceEpoch(currentStart(), QTimeZone::utc());
}

QDateTime TimelineView::visibleEnd() const
{
    return QDateTime::fromMSecsSinceEpoch(currentStart() + qint64(std::ceil(m_span)), QTimeZone::utc());
}

void TimelineView::setVisibleRange(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return;
    setRange(start.toMSecsSinceEpoch(), double(start.msecsTo(end)), Mode::Manual);
}

void TimelineView::refit()
{
    std::optional<std::pair<qint64, qint64>> extent = index().extent();
    if (m_live) {
        const qint64 t = now();
        extent = extent ? std::pair{std::min(extent->first, t), std::max(extent->second, t)} : std::pair{t, t};
    }
    if (!extent)
        return; // nothing to show: stay where we are
    double span = double(extent->second - extent->first);
    qint64 from = extent->first;
    if (span < MinFitSpanMs) {
        from -= qint64((MinFitSpanMs - span) / 2);
        span = MinFitSpanMs;
    }
    // A margin on both sides, so that the first and last markers are whole.
    const double width = scene().lanes.width();
    constexpr double Margin = 28;
    const double total =
        std::clamp(width > 4 * Margin ? span * width / (width - 2 * Margin) : span * 1.1, MinSpanMs, MaxSpanMs);
    const qint64 start = from - qint64((total - span) / 2);
    if (start != m_start || total != m_span) {
        m_start = start;
        m_span = total;
        invalidate();
        updateTimer();
    }
}

void TimelineView::fitAll()
{
    setMode(Mode::FitAll);
    refit();
    updateAccessibleDescription();
    update();
}

void TimelineView::followNow()
{
    if (!m_live)
        return showLatest();
    setMode(Mode::Follow);
    updateAccessibleDescription();
    update();
}

void TimelineView::showLatest()
{
    const auto extent = index().extent();
    if (!extent)
        return;
    setRange(extent->second - qint64(m_span * FollowPosition), m_span, Mode::Manual);
}

void TimelineView::zoomIn()
{
    zoomBy(1 / ZoomStep, std::nullopt);
}

void TimelineView::zoomOut()
{
    zoomBy(ZoomStep, std::nullopt);
}

void TimelineView::zoomBy(double factor, std::optional<qint64> anchor)
{
    const qint64 start = currentStart();
    const double span = std::clamp(m_span * factor, MinSpanMs, MaxSpanMs);
    if (!anchor) {
        if (isFollowingNow()) { // zooming while following stays on now
            m_span = span;
            invalidate();
            updateTimer();
            update();
            return;
        }
        // Around the selected event when it is in view, else around the middle.
        anchor = start + qint64(m_span / 2);
        if (const auto *entry = index().find(m_current); entry && entry->at >= start && entry->at <= start + m_span)
            anchor = entry->at;
    }
    const double ratio = double(*anchor - start) / m_span;
    setRange(*anchor - qint64(ratio * span), span, Mode::Manual);
    updateAccessibleDescription();
}

void TimelineView::panBy(double pixels)
{
    const double width = std::max(scene().lanes.width(), 1.0);
    setRange(currentStart() + qint64(pixels * m_span / width), m_span, Mode::Manual);
}

void TimelineView::ensureVisible(qint64 id)
{
    const auto *entry = index().find(id);
    if (!entry)
        return;
    const auto &s = scene();
    const double x = s.xOf(entry->at);
    const double margin = std::min(40.0, s.lanes.width() / 4);
    if (x >= s.lanes.left() + margin && x <= s.lanes.right() - margin)
        return;
    setRange(entry->at - qint64(m_span / 2), m_span, Mode::Manual);
}

void TimelineView::setSelectedEvents(const QList<qint64> &ids)
{
    m_selection = ids;
    m_selected = QSet<qint64>(ids.cbegin(), ids.cend());
    m_current = ids.isEmpty() ? 0 : ids.last();
    invalidate();
    update();
}

void TimelineView::selectByUser(const QList<qint64> &ids, bool toggle)
{
    if (toggle) {
        const bool allSelected =
            std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_selected.contains(id); });
        for (const qint64 id : ids) {
            if (allSelected)
                m_selection.removeAll(id);
            else if (!m_selected.contains(id))
                m_selection.append(id);
        }
    } else {
        m_selection = ids;
    }
    m_selected = QSet<qint64>(m_selection.cbegin(), m_selection.cend());
    m_current = ids.isEmpty() ? 0 : ids.first();
    invalidate();
    update();
    Q_EMIT eventsSelected(m_selection);
}

void TimelineView::stepSelection(int direction)
{
    if (index().isEmpty())
        return;
    const qsizetype current = index().indexOf(m_current);
    qsizetype next = 0;
    if (current < 0) {
        const auto &s = scene();
        next = direction > 0 ? index().lowerBound(s.start) : index().upperBound(s.end) - 1;
    } else {
        next = current + direction;
    }
    next = std::clamp(next, qsizetype(0), index().size() - 1);
    if (next == current)
        return;
    const qint64 id = index().at(next).id;
    selectByUser({id}, false);
    ensureVisible(id);
}

std::optional<QPointF> TimelineView::eventPosition(qint64 id) const
{
    const auto *entry = index().find(id);
    if (!entry)
        return std::nullopt;
    const auto &s = scene();
    return QPointF(s.xOf(entry->at), s.laneCenter(entry->lane()));
}

QRectF TimelineView::plotRect() const
{
    return scene().lanes;
}

QList<TimelineView::VisibleItem> TimelineView::visibleItems() const
{
    const auto &s = scene();
    QList<VisibleItem> result;
    for (const auto &item : s.items) {
        if (item.rect.right() >= s.lanes.left() && item.rect.left() <= s.lanes.right())
            result.append({item.lane, item.rect, s.ids(item)});
    }
    return result;
}

QSize TimelineView::sizeHint() const
{
    return QSize(900, 300);
}

QSize TimelineView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(320, 5 * line + 9 * 12);
}

const TimelineScene &TimelineView::scene() const
{
    const qint64 start = currentStart();
    const std::optional<qint64> nowValue = m_live ? std::optional<qint64>(now()) : std::nullopt;
    // In live mode now moves all the time: the layout is built again once it moved by a
    // quarter of a pixel, not for every mouse move in between.
    const double tolerance = m_span / std::max(1.0, double(width())) / 4;
    const bool moved = std::abs(double(start - m_sceneStart)) > tolerance ||
                       nowValue.has_value() != m_sceneNow.has_value() ||
                       (nowValue && std::abs(double(*nowValue - *m_sceneNow)) > tolerance);
    if (!m_sceneValid || moved) {
        TimelineSceneInput input;
        input.size = size();
        input.font = font();
        input.index = &index();
        input.hasDocument = m_tracker.document() != nullptr;
        input.start = start;
        input.span = m_span;
        input.zone = m_tracker.zone();
        input.milestones = &m_tracker.milestones();
        input.now = nowValue;
        input.following = isFollowingNow();
        input.selection = &m_selected;
        m_scene = buildTimelineScene(input);
        m_sceneValid = true;
        m_sceneStart = start;
        m_sceneNow = nowValue;
    }
    return m_scene;
}

void TimelineView::invalidate()
{
    m_sceneValid = false;
}

void TimelineView::updateTimer()
{
    if (!m_live || !isVisible()) {
        m_tick.stop();
        return;
    }
    // Often enough that the now line moves by about a pixel at a time, but no more than 20 times
    // a second, nor less than once a second (the hint and the phase durations change).
    const double msPerPixel = m_span / std::max(1.0, double(width()));
    // Clamped as a double: a span of years gives more milliseconds a pixel than an int holds.
    m_tick.setInterval(int(std::clamp(msPerPixel, 50.0, 1000.0)));
    if (!m_tick.isActive())
        m_tick.start();
}

void TimelineView::updateAccessibleDescription()
{
    const auto locale = QLocale();
    const auto from = QDateTime::fromMSecsSinceEpoch(currentStart(), m_tracker.zone());
    const auto to = QDateTime::fromMSecsSinceEpoch(currentStart() + qint64(m_span), m_tracker.zone());
    QString text = tr("%n event(s).", nullptr, int(index().size())) + QLatin1Char(' ') +
                   tr("Showing %1 to %2.")
                       .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
    if (isFollowingNow())
        text += QLatin1Char(' ') + tr("Following now.");
    setAccessibleDescription(text);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelinePainter::State state;
    const auto &s = scene();
    if (m_hovered != 0) {
        for (size_t i = 0; i < s.items.size(); ++i) {
            if (s.memberIds[size_t(s.items[i].memberBegin)] == m_hovered) {
                state.hoveredItem = int(i);
                break;
            }
        }
    }
    state.currentId = m_selection.size() == 1 ? m_current : 0;
    state.focused = hasFocus();
    m_painter.paint(painter, s, m_style, font(), state);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidate();
    if (m_mode == Mode::FitAll)
        refit();
    updateTimer();
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
        m_style = TimelineStyle::fromPalette(palette());
        m_painter.invalidate();
        invalidate();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void TimelineView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick.stop();
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double width = scene().lanes.width();
    switch (event->key()) {
    case Qt::Key_Right:
        shift ? panBy(width / 4) : stepSelection(1);
        break;
    case Qt::Key_Left:
        shift ? panBy(-width / 4) : stepSelection(-1);
        break;
    case Qt::Key_PageDown:
        panBy(width * 0.9);
        break;
    case Qt::Key_PageUp:
        panBy(-width * 0.9);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_End:
        followNow();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (index().find(m_current))
            Q_EMIT eventActivated(m_current);
        break;
    case Qt::Key_Escape:
        if (m_selection.isEmpty())
            return QWidget::keyPressEvent(event);
        selectByUser({}, false);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_pressStart = currentStart();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const double width = std::max(scene().lanes.width(), 1.0);
            const double dx = pos.x() - m_pressPos.x();
            setRange(m_pressStart - qint64(dx * m_span / width), m_span, Mode::Manual);
        }
        return;
    }
    const auto &s = scene();
    const int item = s.itemAt(pos);
    const qint64 hovered = item >= 0 ? s.memberIds[size_t(s.items[size_t(item)].memberBegin)] : 0;
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
    const bool clickable = item >= 0 || s.hintRect.contains(pos) || (s.flagAt(pos) && !s.lanes.contains(pos));
    if (clickable)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        updateAccessibleDescription();
        return;
    }
    const auto &s = scene();
    const QPointF pos = event->position();
    if (s.hintRect.contains(pos) && !isFollowingNow())
        return followNow();
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (const int item = s.itemAt(pos); item >= 0) {
        selectByUser(s.ids(s.items[size_t(item)]), toggle);
    } else if (const auto *flag = s.flagAt(pos); flag && !s.lanes.contains(pos)) {
        // A flag's label stands for the event that set the milestone.
        for (const auto &entry : index().milestoneEntries()) {
            if (entry.milestone == flag->milestone && entry.at == flag->at)
                return selectByUser({entry.id}, toggle);
        }
    } else if (!m_selection.isEmpty() && !toggle && s.lanes.contains(pos)) {
        selectByUser({}, false);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    const auto &s = scene();
    const int item = s.itemAt(event->position());
    if (item < 0)
        return;
    const auto ids = s.ids(s.items[size_t(item)]);
    if (ids.size() == 1)
        return Q_EMIT eventActivated(ids.first());
    // A bubble: zoom so that its events spread over the middle of the view.
    const auto *first = index().find(ids.first());
    const auto *last = index().find(ids.last());
    if (!first || !last)
        return;
    const double span = std::max(double(last->at - first->at) * 2.5, MinSpanMs);
    setRange((first->at + last->at) / 2 - qint64(span / 2), span, Mode::Manual);
    updateAccessibleDescription();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const auto &s = scene();
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(0.8, steps), s.timeAt(event->position().x()));
        event->accept();
        return;
    }
    double pixels = 0;
    if (const QPoint delta = event->pixelDelta(); !delta.isNull()) {
        pixels = -(delta.x() != 0 ? delta.x() : delta.y());
    } else {
        const QPoint angle = event->angleDelta();
        pixels = -(angle.x() != 0 ? angle.x() : angle.y()) / 120.0 * s.lanes.width() * 0.1;
    }
    if (pixels != 0)
        panBy(pixels);
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_hovered != 0) {
        m_hovered = 0;
        update();
    }
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QRect area;
        const QString text = TimelineToolTip::text(scene(), m_tracker, help->pos(), &area);
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, area);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace hindsight::editor
