// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineindex.h"
#include "timelinepainter.h"
#include "timelinescene.h"
#include "timelinestyle.h"
#include "timelinetracker.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

// The live timeline: the review's events in lanes by kind on a time axis in the review's display
// zone, with the milestones as flags, the phases between them as bands and, in live mode, a
// "now" line that the view follows.
//
// It reads the document and follows its model's row signals one event at a time, so a live note
// in a 10,000-event review costs a binary search, not a rebuild. Events too close to tell apart
// at the current zoom merge into count bubbles that split as you zoom in.
//
// Mouse: click selects (Ctrl toggles; a milestone's label selects the event that set it),
// double-click opens an event or zooms into a bubble, drag or wheel pans, Ctrl+wheel zooms around
// the pointer. Keyboard: Left/Right step through the events in time order, Shift+Left/Right and
// Page Up/Down pan, +/- zoom, Home shows everything, End follows now (live) or shows the latest
// events, Enter opens, Escape clears the selection.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // nullptr shows an empty timeline.
    void setDocument(model::ReviewDocument *document);
    model::ReviewDocument *document() const;

    // Live mode draws the now line and follows it until the user pans or zooms away; End (or
    // the "Press End to follow now" hint) follows again.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    bool isFollowingNow() const { return m_live && m_mode == Mode::Follow; }
    // For tests and the benchmark: where "now" comes from.
    void setClock(std::function<QDateTime()> clock);

    // Selects without emitting eventsSelected() (the caller knows already).
    void setSelectedEvents(const QList<qint64> &ids);
    QList<qint64> selectedEvents() const { return m_selection; }

    QDateTime visibleStart() const;
    QDateTime visibleEnd() const;
    void setVisibleRange(const QDateTime &start, const QDateTime &end);
    // Where the event's marker is, in widget coordinates (it may be out of view, or inside a
    // count bubble); nullopt for an unknown id or an event without a time.
    std::optional<QPointF> eventPosition(qint64 id) const;
    // The area the events are drawn in, right of the lane labels and above the axis.
    QRectF plotRect() const;

    // What is drawn at the current zoom: a marker (one id) or a count bubble (several).
    struct VisibleItem
    {
        int lane = 0;
        QRectF rect;
        QList<qint64> ids;
    };
    QList<VisibleItem> visibleItems() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void followNow();
    // Pans (keeping the zoom) so that the event is in view; does nothing when it is.
    void ensureVisible(qint64 id);

Q_SIGNALS:
    // The user selected events (click, keyboard); empty when they cleared the selection.
    void eventsSelected(const QList<qint64> &ids);
    // Double-click or Enter on an event.
    void eventActivated(qint64 id);
    void followingChanged(bool following);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // FitAll keeps every event (and now) in view as events come; Follow keeps now near the right
    // edge; Manual stays where the user put it.
    enum class Mode { FitAll, Follow, Manual };

    const TimelineIndex &index() const { return m_tracker.index(); }
    qint64 now() const;
    qint64 currentStart() const;
    const TimelineScene &scene() const;
    void invalidate();
    void setMode(Mode mode);
    void setRange(qint64 start, double span, Mode mode);
    void refit();
    void zoomBy(double factor, std::optional<qint64> anchor);
    void panBy(double pixels);
    void showLatest();
    void stepSelection(int direction);
    void selectByUser(const QList<qint64> &ids, bool toggle);
    void updateTimer();
    void updateAccessibleDescription();
    void trackerChanged(const QList<qint64> &removedIds);

    TimelineTracker m_tracker;

    Mode m_mode = Mode::FitAll;
    qint64 m_start = 0;
    double m_span = 60 * 60 * 1000.0;
    bool m_live = false;
    std::function<QDateTime()> m_clock;
    QTimer m_tick;

    QList<qint64> m_selection;
    QSet<qint64> m_selected;
    qint64 m_current = 0; // the event Left/Right step from
    qint64 m_hovered = 0; // the first id of the item under the pointer

    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPos;
    qint64 m_pressStart = 0;

    TimelineStyle m_style;
    TimelinePainter m_painter;
    mutable TimelineScene m_scene;
    mutable bool m_sceneValid = false;
    mutable qint64 m_sceneStart = 0;
    mutable std::optional<qint64> m_sceneNow;
};

} // namespace hindsight::editor
