// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reproduciblepdf.h"

#include <QCryptographicHash>
#include <QList>
#include <QRegularExpression>
#include <QUuid>

#include <optional>
#include <utility>

namespace hindsight::exporting::pdf {

namespace {

// A cross-reference entry: a ten-digit offset, a five-digit generation, a type and a two-byte
// end of line, 20 bytes in all.
constexpr qsizetype EntrySize = 20;
constexpr qsizetype OffsetDigits = 10;

// The decimal number at `at`, or -1.
qsizetype numberAt(const QByteArray &bytes, qsizetype at)
{
    qsizetype end = at;
    while (end < bytes.size() && end - at < 18 && bytes.at(end) >= '0' && bytes.at(end) <= '9')
        ++end;
    bool ok = false;
    const qsizetype value = bytes.mid(at, end - at).toLongLong(&ok);
    return ok ? value : -1;
}

QByteArray pdfDate(const QDateTime &date)
{
    const QDateTime utc = date.toUTC();
    const QByteArray digits = utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    return QByteArray("D:") + digits + 'Z';
}

// The parts of a file as QPdfWriter lays it out: one cross-reference section starting at
// object 0 after the objects, the trailer after it, "startxref" and the section's offset at
// the end.
struct Layout
{
    qsizetype xref = -1;
    qsizetype entries = -1;
    QList<qsizetype> offsets;
    qsizetype trailer = -1;
    qsizetype startxref = -1;
    // Where the number after "startxref" ends.
    qsizetype tail = -1;
};

std::optional<Layout> layoutOf(const QByteArray &pdf)
{
    Layout layout;
    layout.startxref = pdf.lastIndexOf("startxref");
    if (layout.startxref < 0)
        return {};
    qsizetype at = layout.startxref + qsizetype(sizeof("startxref") - 1);
    while (at < pdf.size() && (pdf.at(at) == '\n' || pdf.at(at) == '\r' || pdf.at(at) == ' '))
        ++at;
    layout.xref = numberAt(pdf, at);
    if (layout.xref < 0 || layout.xref >= layout.startxref)
        return {};
    layout.tail = at + QByteArray::number(layout.xref).size();
    if (pdf.mid(layout.xref, 7) != "xref\n0 ")
        return {};
    const qsizetype count = numberAt(pdf, layout.xref + 7);
    layout.entries = pdf.indexOf('\n', layout.xref + 7) + 1;
    if (count <= 0 || layout.entries <= 0)
        return {};
    layout.trailer = layout.entries + count * EntrySize;
    if (layout.trailer > layout.startxref || pdf.mid(layout.trailer, 7) != "trailer")
        return {};
    layout.offsets.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype offset = numberAt(pdf, layout.entries + i * EntrySize);
        if (offset < 0 || offset >= layout.xref)
            return {};
        layout.offsets.append(offset);
    }
    return layout;
}

// The byte range of the creation date entry ("\n/CreationDate (D:…)") in the Info dictionary.
std::optional<std::pair<qsizetype, qsizetype>> creationDateIn(const QByteArray &pdf, const Layout &layout)
{
    const QByteArray trailer = pdf.mid(layout.trailer, layout.startxref - layout.trailer);
    const qsizetype infoKey = trailer.indexOf("/Info ");
    if (infoKey < 0)
        return {};
    const qsizetype info = numberAt(trailer, infoKey + 6);
    if (info <= 0 || info >= layout.offsets.size())
        return {};
    const qsizetype start = layout.offsets.at(info);
    qsizetype end = layout.xref;
    for (const qsizetype offset : layout.offsets) {
        if (offset > start && offset < end)
            end = offset;
    }
    // The title and the creator come before the date and may hold any bytes: search backwards.
    const qsizetype date = pdf.lastIndexOf("\n/CreationDate (D:", end);
    if (date <= start)
        return {};
    qsizetype close = pdf.indexOf(')', date);
    if (close < 0 || close >= end)
        return {};
    // Qt 6.8 and newer write a modification date right after it: replaced together.
    static const QByteArray modified("\n/ModDate (D:");
    if (pdf.mid(close + 1, modified.size()) == modified) {
        const qsizetype modifiedClose = pdf.indexOf(')', close + 1);
        if (modifiedClose > close && modifiedClose < end)
            close = modifiedClose;
    }
    return std::pair{date, close + 1};
}

// The trailer with its document id, if it had one, left out.
QByteArray trailerWithoutId(QByteArray trailer)
{
    const qsizetype id = trailer.indexOf("/ID");
    if (id < 0)
        return trailer;
    qsizetype end = trailer.indexOf(']', id);
    if (end < 0)
        return trailer;
    ++end;
    while (end < trailer.size() && (trailer.at(end) == '\n' || trailer.at(end) == '\r' || trailer.at(end) == ' '))
        ++end;
    return trailer.remove(id, end - id);
}

// Qt 6.8 and newer also describe the document in XMP metadata: its dates and a random document
// id. Each is replaced by a value of the same length, so that no offset moves: the dates by the
// report's (or, without one, the attribute by spaces, which XML allows between attributes), the
// id by one made from the rest of the file (see makeReproducible()).
struct Xmp
{
    QByteArray pdf;
    QList<qsizetype> ids; // where a document id of 36 zeros waits for the file's own
};

Xmp withReproducibleXmp(QByteArray pdf, const QDateTime &date)
{
    Xmp xmp;
    // Only the metadata packet is searched: the rest of the file (images, fonts) can be large.
    const qsizetype begin = pdf.indexOf("<x:xmpmeta");
    const qsizetype end = begin < 0 ? -1 : pdf.indexOf("</x:xmpmeta>", begin);
    if (end < 0) {
        xmp.pdf = std::move(pdf);
        return xmp;
    }
    const QString text = QString::fromLatin1(pdf.constData() + begin, end - begin);
    static const QRegularExpression dates(
        QStringLiteral(R"re(xmp:(?:CreateDate|ModifyDate|MetadataDate)="([^"]*)")re"));
    auto it = dates.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QByteArray iso = date.isValid() ? date.toUTC().toString(Qt::ISODate).toLatin1() : QByteArray();
        // "2023-03-15T00:00:00Z" as "2023-03-15T00:00:00+00:00", the form Qt writes.
        const QByteArray value = iso.endsWith('Z') ? iso.chopped(1) + "+00:00" : iso;
        if (!value.isEmpty() && value.size() == match.capturedLength(1))
            pdf.replace(begin + match.capturedStart(1), value.size(), value);
        else
            pdf.replace(begin + match.capturedStart(0), match.capturedLength(0),
                        QByteArray(match.capturedLength(0), ' '));
    }
    static const QRegularExpression ids(
        QStringLiteral(R"re(xmpMM:(?:DocumentID|InstanceID)="uuid:([0-9a-fA-F-]{36})")re"));
    for (auto idIt = ids.globalMatch(text); idIt.hasNext();) {
        const auto match = idIt.next();
        pdf.replace(begin + match.capturedStart(1), 36, QByteArray(36, '0'));
        xmp.ids.append(begin + match.capturedStart(1));
    }
    xmp.pdf = std::move(pdf);
    return xmp;
}

} // namespace

QDateTime reportDate(const model::Review &review)
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    // The time of export would make every export differ. The review cannot have been finished
    // before the last thing it tells, so the latest time on its timeline (the resolution, or a
    // follow-up after it) is the nearest the review knows of when it was written, and it moves
    // only when the timeline does.
    QDateTime latest;
    for (const auto &event : review.timeline) {
        if (event.time.isValid() && (!latest.isValid() || event.time > latest))
            latest = event.time;
    }
    if (!latest.isValid())
        latest = review.detection.time;
    if (!latest.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(latest.toSecsSinceEpoch(), Qt::UTC);
}

QByteArray makeReproducible(const QByteArray &written, const QDateTime &date)
{
    const Xmp xmp = withReproducibleXmp(written, date);
    const QByteArray &pdf = xmp.pdf;
    const auto layout = layoutOf(pdf);
    if (!layout)
        return pdf;
    const auto dateRange = creationDateIn(pdf, *layout);
    if (!dateRange)
        return pdf;
    const auto [dateStart, dateEnd] = *dateRange;

    QByteArray entry;
    // A date outside what PDF dates can hold (four-digit years) is left out, like no date.
    if (date.isValid() && date.toUTC().date().year() >= 0 && date.toUTC().date().year() <= 9999) {
        const QByteArray stamp = pdfDate(date);
        entry = QByteArray("\n/CreationDate (") + stamp + QByteArray(")\n/ModDate (") + stamp + ')';
    }
    const qsizetype shift = entry.size() - (dateEnd - dateStart);

    QByteArray out;
    out.reserve(pdf.size() + shift + 64);
    out.append(pdf.constData(), dateStart);
    out.append(entry);
    out.append(pdf.constData() + dateEnd, layout->entries - dateEnd);
    for (qsizetype i = 0; i < layout->offsets.size(); ++i) {
        QByteArray line = pdf.mid(layout->entries + i * EntrySize, EntrySize);
        const qsizetype offset = layout->offsets.at(i);
        if (line.at(17) == 'n' && offset >= dateEnd)
            line.replace(0, OffsetDigits, QByteArray::number(offset + shift).rightJustified(OffsetDigits, '0'));
        out.append(line);
    }
    // The id names the file's content: the hash of everything up to the trailer, which holds
    // every object and so the date.
    const QByteArray hash = QCryptographicHash::hash(out, QCryptographicHash::Md5);
    const QByteArray id = hash.toHex().toUpper();
    // The XMP document id is the same hash, written where the zeros were.
    const QByteArray uuid = QUuid::fromRfc4122(hash).toByteArray(QUuid::WithoutBraces);
    for (const qsizetype at : xmp.ids)
        out.replace(at >= dateEnd ? at + shift : at, uuid.size(), uuid);
    QByteArray trailer = trailerWithoutId(pdf.mid(layout->trailer, layout->startxref - layout->trailer));
    const qsizetype open = trailer.indexOf("<<");
    if (open < 0)
        return pdf;
    trailer.insert(open + 2, QByteArray("\n/ID [<") + id + QByteArray("> <") + id + QByteArray(">]"));
    out.append(trailer);
    out.append("startxref\n");
    out.append(QByteArray::number(layout->xref + shift));
    out.append(pdf.constData() + layout->tail, pdf.size() - layout->tail);
    return out;
}

} // namespace hindsight::exporting::pdf
