// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageflow.h"

#include <QPainter>

namespace hindsight::exporting::pdf {

namespace {

// Layout positions are sums of floating-point heights; a hair's difference must not move a
// line to the next page.
constexpr qreal Fuzz = 0.01;

} // namespace

PageFlow::PageFlow(const QRectF &body) : m_body(body), m_pages(1) {}

void PageFlow::newPage()
{
    m_pages.emplace_back();
    m_y = 0;
}

void PageFlow::addSpace(qreal height)
{
    if (!atPageTop())
        m_y = std::min(m_y + height, m_body.height());
}

void PageFlow::keepTogether(qreal height)
{
    if (!atPageTop() && height > remaining() + Fuzz)
        newPage();
}

void PageFlow::addBlock(qreal height, Paint paint)
{
    keepTogether(height);
    place(height, std::move(paint));
}

void PageFlow::beginMark(const QString &key)
{
    m_open.push_back(key);
}

void PageFlow::endMark()
{
    if (!m_open.empty())
        m_open.pop_back();
}

void PageFlow::mark(const QString &key, qreal top, qreal bottom)
{
    const int page = pageCount() - 1;
    const qreal pageTop = m_body.top() + top;
    const qreal pageBottom = m_body.top() + bottom;
    for (auto it = m_marks.rbegin(); it != m_marks.rend() && it->page == page; ++it) {
        if (it->key == key) {
            it->top = std::min(it->top, pageTop);
            it->bottom = std::max(it->bottom, pageBottom);
            return;
        }
    }
    m_marks.push_back({key, page, pageTop, pageBottom});
}

void PageFlow::place(qreal height, Paint paint)
{
    for (const auto &key : m_open)
        mark(key, m_y, m_y + height);
    const QPointF at(m_body.left(), m_body.top() + m_y);
    m_pages.back().push_back([at, paint = std::move(paint)](QPainter &painter) {
        painter.save();
        painter.translate(at);
        paint(painter);
        painter.restore();
    });
    m_y += height;
}

void PageFlow::add(std::shared_ptr<const Flowable> content)
{
    const qreal total = content->height();
    const qreal width = m_body.width();
    qreal from = 0;
    bool continued = false;
    while (from < total - Fuzz) {
        const qreal repeated = continued ? content->repeatedHeight() : 0;
        const qreal available = remaining() - repeated;
        qreal to = total;
        if (total - from > available + Fuzz) {
            to = content->preferredBreak(from, from + available);
            if (to <= from + Fuzz) {
                if (!atPageTop()) {
                    newPage();
                    continue;
                }
                to = content->forcedBreak(from, from + available);
                if (to <= from + Fuzz)
                    to = from + std::max(available, Fuzz * 100);
            }
        }
        const qreal sliceTop = m_y + repeated;
        for (const auto &part : content->parts()) {
            const qreal top = std::max(part.top, from);
            const qreal bottom = std::min(part.bottom, to);
            if (bottom > top + Fuzz)
                mark(part.key, sliceTop + top - from, sliceTop + bottom - from);
        }
        place(repeated + (to - from), [content, from, to, repeated, width](QPainter &painter) {
            if (repeated > 0) {
                content->paintRepeated(painter);
                painter.translate(0, repeated);
            }
            painter.translate(0, -from);
            painter.setClipRect(QRectF(0, from, width, to - from), Qt::IntersectClip);
            content->paint(painter, from, to);
        });
        from = to;
        if (from < total - Fuzz) {
            newPage();
            continued = true;
        }
    }
}

void PageFlow::paintPage(QPainter &painter, int index) const
{
    for (const auto &paint : m_pages.at(size_t(index)))
        paint(painter);
}

} // namespace hindsight::exporting::pdf
