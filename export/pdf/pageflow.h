// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace hindsight::exporting::pdf {

// Content that may be split across pages: a laid-out Markdown document or a table. Positions
// are in the content's own coordinates, from 0 at its top to height() at its bottom.
class Flowable
{
public:
    virtual ~Flowable() = default;

    virtual qreal height() const = 0;
    // The height of what repeats at the top of each page the content continues on (a table's
    // header row).
    virtual qreal repeatedHeight() const { return 0; }
    // The best place in (from, limit] for a page to end: between paragraphs, lines or rows,
    // leaving no single line of a paragraph alone and no heading at the foot of a page. from
    // when there is none.
    virtual qreal preferredBreak(qreal from, qreal limit) const = 0;
    // Any place in (from, limit] that cuts through no line; limit when there is none. Used on
    // an empty page, where the content has to make progress.
    virtual qreal forcedBreak(qreal from, qreal limit) const = 0;
    // The height of the first piece, which a heading before the content stays with.
    virtual qreal firstPieceHeight() const = 0;

    // Paints [from, to); the painter's origin is the content's origin and the clip is set.
    virtual void paint(QPainter &painter, qreal from, qreal to) const = 0;
    // Paints what repeats, at the painter's origin.
    virtual void paintRepeated(QPainter &) const {}

    // Parts of the content tagged with a key (a table's rows), each with its [top, bottom) in
    // the content's coordinates, so that the flow can say where they landed (PageFlow::Mark).
    struct Part
    {
        QString key;
        qreal top = 0;
        qreal bottom = 0;
    };
    virtual std::vector<Part> parts() const { return {}; }
};

// Places content on pages, top to bottom, then paints page after page. Layout happens once,
// before painting, so that every page knows how many pages there are.
class PageFlow final
{
public:
    using Paint = std::function<void(QPainter &)>;

    // body: the part of every page content goes in, in device units.
    explicit PageFlow(const QRectF &body);

    qreal width() const { return m_body.width(); }
    qreal pageHeight() const { return m_body.height(); }
    qreal remaining() const { return m_body.height() - m_y; }
    bool atPageTop() const { return m_y <= 0; }
    int pageCount() const { return int(m_pages.size()); }

    void newPage();
    // Vertical space; none at the top of a page.
    void addSpace(qreal height);
    // Starts a new page unless height fits on this one.
    void keepTogether(qreal height);
    // Content that is never split; paint() gets the painter with its origin at the block's
    // top-left corner.
    void addBlock(qreal height, Paint paint);
    void add(std::shared_ptr<const Flowable> content);

    void paintPage(QPainter &painter, int index) const;

    // Where tagged content landed: one band of a page, in device units from the page's top, for
    // each page the content is on. Keys are the caller's ("section:2", "event:41").
    struct Mark
    {
        QString key;
        int page = 0;
        qreal top = 0;
        qreal bottom = 0;
    };
    // Tags everything placed until endMark(), nested marks included.
    void beginMark(const QString &key);
    void endMark();
    const std::vector<Mark> &marks() const { return m_marks; }

private:
    void place(qreal height, Paint paint);
    // Extends key's band on the current page to cover [top, bottom) of the body, or starts one.
    void mark(const QString &key, qreal top, qreal bottom);

    QRectF m_body;
    qreal m_y = 0;
    std::vector<std::vector<Paint>> m_pages;
    std::vector<QString> m_open;
    std::vector<Mark> m_marks;
};

} // namespace hindsight::exporting::pdf
