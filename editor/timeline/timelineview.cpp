// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "model/rows.h"

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

using model::TimelineEvent;

constexpr double MinSpanMs = 100;
constexpr double MaxSpanMs = 100.0 * 365.25 * 24 * 60 * 60 * 1000;
constexpr double MinFitSpanMs = 60 * 1000;
constexpr double FollowPosition = 0.9; // now sits at 90 % of the width while following
constexpr double ZoomStep = 1.6;
constexpr int RebuildThreshold = 64; // changes to more rows than this rebuild the index
constexpr int ToolTipTextLength = 200;
constexpr int ToolTipClusterLines = 6;

QString elide(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QStringLiteral("…");
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
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
    updateAccessibleDescription();
}

TimelineView::~TimelineView() = default;

void TimelineView::setDocument(model::ReviewDocument *document)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_selection.clear();
    m_selected.clear();
    m_current = 0;
    m_hovered = 0;
    if (document) {
        auto *model = document->model();
        m_connections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                 [this](const QModelIndex &parent, int first, int last) {
                                     if (isTimelineParent(parent))
                                         rowsInserted(first, last);
                                 })
                      << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                 [this](const QModelIndex &parent, int first, int last) {
                                     if (isTimelineParent(parent))
                                         rowsAboutToBeRemoved(first, last);
                                 })
                      << connect(model, &QAbstractItemModel::dataChanged, this,
                                 [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                     if (isTimelineParent(topLeft.parent()))
                                         rowsChanged(topLeft.row(), bottomRight.row());
                                 })
                      << connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::rebuild)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::rebuild)
                      << connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineView::rebuild)
                      << connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    rebuild();
    setMode(m_live ? Mode::Follow : Mode::FitAll);
    if (m_mode == Mode::FitAll)
        refit();
}

bool TimelineView::isTimelineParent(const QModelIndex &parent) const
{
    return m_document && parent.model() == m_document->model()
           && m_document->model()->typeIndexOf(parent) == model::RowTraits<TimelineEvent>::typeIndex;
}

void TimelineView::rebuild()
{
    if (m_document) {
        m_zone = m_document->model()->displayZone();
        m_index.reset(m_document->review().timeline, m_zone);
    } else {
        m_zone = QTimeZone::utc();
        m_index.clear();
    }
    dataChangedAfter();
}

void TimelineView::rowsInserted(int first, int last)
{
    if (last - first >= RebuildThreshold)
        return rebuild();
    const auto &events = m_document->review().timeline;
    for (int row = first; row <= last && row < events.size(); ++row)
        m_index.upsert(events.at(row), m_zone);
    dataChangedAfter();
}

void TimelineView::rowsAboutToBeRemoved(int first, int last)
{
    const auto &events = m_document->review().timeline;
    for (int row = first; row <= last && row < events.size(); ++row) {
        const qint64 id = events.at(row).id;
        m_index.remove(id);
        if (m_selected.remove(id))
            m_selection.removeAll(id);
        if (m_current == id)
            m_current = 0;
    }
    dataChangedAfter();
}

void TimelineView::rowsChanged(int first, int last)
{
    if (m_document->model()->displayZone() != m_zone || last - first >= RebuildThreshold)
        return rebuild();
    const auto &events = m_document->review().timeline;
    for (int row = first; row <= last && row < events.size(); ++row)
        m_index.upsert(events.at(row), m_zone);
    dataChangedAfter();
}

void TimelineView::dataChangedAfter()
{
    updateMilestones();
    invalidate();
    if (m_mode == Mode::FitAll)
        refit();
    updateAccessibleDescription();
    update();
}

void TimelineView::updateMilestones()
{
    // Metrics over the milestone events only: a handful, whatever the size of the timeline.
    model::Review milestones;
    for (const auto &entry : m_index.milestoneEntries()) {
        TimelineEvent event;
        event.id = entry.id;
        event.time = QDateTime::fromMSecsSinceEpoch(entry.at, QTimeZone::utc());
        event.milestone = entry.milestone;
        milestones.timeline.append(event);
    }
    m_milestones = model::Metrics::compute(milestones);
}

void TimelineView::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    if (live) {
        setMode(Mode::Follow);
    } else {
        const bool wasFollowing = m_mode == Mode::Follow;
        m_start = currentStart();
        setMode(wasFollowing ? Mode::FitAll : m_mode);
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
    std::optional<std::pair<qint64, qint64>> extent = m_index.extent();
    if (m_live) {
        const qint64 t = now();
        extent = extent ? std::pair{std::min(extent->first, t), std::max(extent->second, t)} : std::pair{t, t};
    }
    if (!extent) {
        if (!m_live)
            return; // nothing to show: stay where we are
    }
    double span = double(extent->second - extent->first);
    qint64 from = extent->first;
    if (span < MinFitSpanMs) {
        from -= qint64((MinFitSpanMs - span) / 2);
        span = MinFitSpanMs;
    }
    // A margin on both sides, so that the first and last markers are whole.
    const double width = scene().lanes.width();
    constexpr double Margin = 28;
    const double total = width > 4 * Margin ? span * width / (width - 2 * Margin) : span * 1.1;
    const qint64 start = from - qint64((total - span) / 2);
    if (start != m_start || total != m_span) {
        m_start = start;
        m_span = std::clamp(total, MinSpanMs, MaxSpanMs);
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
    const auto extent = m_index.extent();
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
        if (const auto *entry = m_index.find(m_current); entry && entry->at >= start && entry->at <= start + m_span)
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
    const auto *entry = m_index.find(id);
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
        const bool allSelected = std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_selected.contains(id); });
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
    if (m_index.isEmpty())
        return;
    const qsizetype current = m_index.indexOf(m_current);
    qsizetype next = 0;
    if (current < 0) {
        const auto &s = scene();
        next = direction > 0 ? m_index.lowerBound(s.start) : m_index.upperBound(s.end) - 1;
    } else {
        next = current + direction;
    }
    next = std::clamp(next, qsizetype(0), m_index.size() - 1);
    if (next == current)
        return;
    const qint64 id = m_index.at(next).id;
    selectByUser({id}, false);
    ensureVisible(id);
}

std::optional<QPointF> TimelineView::eventPosition(qint64 id) const
{
    const auto *entry = m_index.find(id);
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
    if (!m_sceneValid || start != m_sceneStart || nowValue != m_sceneNow) {
        TimelineSceneInput input;
        input.size = size();
        input.font = font();
        input.index = &m_index;
        input.hasDocument = m_document != nullptr;
        input.start = start;
        input.span = m_span;
        input.zone = m_zone;
        input.milestones = &m_milestones;
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
    m_tick.setInterval(std::clamp(int(msPerPixel), 50, 1000));
    if (!m_tick.isActive())
        m_tick.start();
}

void TimelineView::updateAccessibleDescription()
{
    const auto locale = QLocale();
    const auto from = QDateTime::fromMSecsSinceEpoch(currentStart(), m_zone);
    const auto to = QDateTime::fromMSecsSinceEpoch(currentStart() + qint64(m_span), m_zone);
    QString text = tr("%n event(s).", nullptr, int(m_index.size())) + QLatin1Char(' ')
                   + tr("Showing %1 to %2.").arg(locale.toString(from, QLocale::ShortFormat),
                                                 locale.toString(to, QLocale::ShortFormat));
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
        if (m_index.find(m_current))
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
    const bool clickable = item >= 0 || s.hintRect.contains(pos);
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
    if (const int item = s.itemAt(pos); item >= 0)
        selectByUser(s.ids(s.items[size_t(item)]), toggle);
    else if (!m_selection.isEmpty() && !toggle && s.lanes.contains(pos))
        selectByUser({}, false);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    const auto &s = scene();
    const int index = s.itemAt(event->position());
    if (index < 0)
        return;
    const auto ids = s.ids(s.items[size_t(index)]);
    if (ids.size() == 1)
        return Q_EMIT eventActivated(ids.first());
    // A bubble: zoom so that its events spread over the middle of the view.
    const auto *first = m_index.find(ids.first());
    const auto *last = m_index.find(ids.last());
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
        const QString text = toolTipAt(help->pos(), &area);
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

QString TimelineView::toolTipAt(const QPointF &pos, QRect *area) const
{
    const auto &s = scene();
    if (const int item = s.itemAt(pos); item >= 0) {
        *area = s.items[size_t(item)].rect.toAlignedRect().adjusted(-3, -3, 3, 3);
        return eventToolTip(s.ids(s.items[size_t(item)]));
    }
    if (s.hintRect.contains(pos)) {
        *area = s.hintRect.toAlignedRect();
        return s.following ? tr("The view follows the current time. Pan or zoom to stop; End follows again.")
                           : tr("Follow the current time (End)");
    }
    if (const auto *flag = s.flagAt(pos)) {
        *area = QRect(int(flag->x) - 3, int(s.flagRows.top()), 7, int(s.lanes.bottom() - s.flagRows.top()));
        const auto time = QDateTime::fromMSecsSinceEpoch(flag->at, QTimeZone::utc());
        QString text = QStringLiteral("<b>%1</b> %2")
                           .arg(model::enumLabel(flag->milestone).toHtmlEscaped(),
                                m_document ? m_document->model()->formatTime(time, model::TimePrecision::Second)
                                           : time.toString(Qt::ISODate));
        const auto started = m_milestones.at(model::Milestone::Started);
        if (flag->milestone != model::Milestone::Started && started.isValid())
            text += QStringLiteral("<br>")
                    + tr("%1 after the start of impact").arg(model::formatDuration(started.msecsTo(time)));
        if (flag->outOfOrder) {
            for (const auto &problem : m_milestones.problems) {
                if (problem.contains(model::enumLabel(flag->milestone)))
                    text += QStringLiteral("<br>⚠ ") + problem.toHtmlEscaped();
            }
        }
        return text;
    }
    if (const auto *phase = s.phaseAt(pos)) {
        *area = phase->strip.toAlignedRect();
        const auto zone = m_zone;
        auto at = [&zone](qint64 t) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t, zone), QStringLiteral("HH:mm:ss"));
        };
        return QStringLiteral("<b>%1</b> %2<br>%3 – %4%5")
            .arg(TimelineScene::phaseName(phase->phase).toHtmlEscaped(), model::formatDuration(phase->to - phase->from),
                 at(phase->from), phase->open ? tr("now") : at(phase->to),
                 phase->open ? QStringLiteral(" (") + tr("still going") + QLatin1Char(')') : QString());
    }
    if (s.axis.contains(pos) || (s.gutter.contains(pos) && pos.y() >= s.axis.top())) {
        *area = QRect(0, int(s.axis.top()), width(), int(s.axis.height()));
        return tr("Times in %1").arg(QString::fromUtf8(m_zone.id()));
    }
    return {};
}

QString TimelineView::eventToolTip(const QList<qint64> &ids) const
{
    if (!m_document || ids.isEmpty())
        return {};
    const auto *model = m_document->model();
    // One pass over the events for the few the tooltip shows.
    const int shown = std::min(int(ids.size()), ids.size() == 1 ? 1 : ToolTipClusterLines);
    QHash<qint64, const TimelineEvent *> wanted;
    for (int i = 0; i < shown; ++i)
        wanted.insert(ids.at(i), nullptr);
    if (ids.size() > 1)
        wanted.insert(ids.last(), nullptr);
    for (const auto &event : m_document->review().timeline) {
        if (auto it = wanted.find(event.id); it != wanted.end())
            *it = &event;
    }
    auto describe = [model](const TimelineEvent &event) {
        QString time = model->formatTime(event.time, event.precision);
        if (event.precision < model::TimePrecision::Day)
            time += QLatin1Char(' ') + model->displayZone().abbreviation(event.time);
        return time;
    };

    if (ids.size() == 1) {
        const auto *event = wanted.value(ids.first());
        if (!event)
            return {};
        QStringList facts{model::enumLabel(event->kind)};
        if (event->milestone != model::Milestone::None)
            facts << tr("milestone: %1").arg(model::enumLabel(event->milestone));
        if (event->precision == model::TimePrecision::Day)
            facts << tr("day only");
        else if (event->precision == model::TimePrecision::UnknownTime)
            facts << tr("time unknown");
        if (event->visibility == model::Visibility::Internal)
            facts << tr("internal");
        if (!event->author.isEmpty())
            facts << event->author;
        return QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(describe(*event).toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped(),
                 elide(event->text, ToolTipTextLength).toHtmlEscaped());
    }

    const auto *first = wanted.value(ids.first());
    const auto *last = wanted.value(ids.last());
    QString text = QStringLiteral("<b>%1</b>").arg(tr("%n event(s)", nullptr, int(ids.size())));
    if (first && last)
        text += QStringLiteral("<br>") + describe(*first).toHtmlEscaped() + QStringLiteral(" – ")
                + describe(*last).toHtmlEscaped();
    for (int i = 0; i < shown; ++i) {
        if (const auto *event = wanted.value(ids.at(i))) {
            const auto time = event->precision >= model::TimePrecision::Day
                                  ? QString()
                                  : QLocale().toString(event->time.toTimeZone(m_zone), QStringLiteral("HH:mm:ss"))
                                        + QStringLiteral("  ");
            text += QStringLiteral("<br>") + time.toHtmlEscaped() + QStringLiteral("<i>")
                    + model::enumLabel(event->kind).toHtmlEscaped() + QStringLiteral("</i> ")
                    + elide(event->text, 60).toHtmlEscaped();
        }
    }
    if (ids.size() > shown)
        text += QStringLiteral("<br>") + tr("… and %n more. Double-click or zoom in to see each one.", nullptr,
                                            int(ids.size() - shown));
    return text;
}

} // namespace hindsight::editor
