// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace hindsight::exporting {

// A figure of the Impact section as every export lists it.
struct ImpactFigure
{
    model::ImpactPart part;
    QString label; // "Users affected", without a colon
    // A number as the locale given writes it, revenue with its currency ("41,800 EUR"); empty
    // when unknown, and for the yes-or-no figures, which say it in yes.
    QString amount;
    bool yes = false;

    bool isYesOrNo() const
    {
        return part != model::ImpactPart::UsersAffected && part != model::ImpactPart::RevenueLost;
    }
    // Whether there is something to say: a known number, or a yes.
    bool recorded() const { return isYesOrNo() ? yes : !amount.isEmpty(); }
};

// A dimension of the Impact section (user, business, team): a subheading over Markdown.
struct ImpactDimension
{
    model::ImpactPart part;
    QString emoji; // the template's: "🚶"
    QString label; // "User"
    QString markdown;
};

// What the Markdown and HTML exports read off a review in the same way, so that both show the
// same document: the zone its times are shown in, the timeline in time order, which sections
// have nothing to show, and which event stands for each milestone. review is the one exported,
// as its audience sees it (reviewForAudience()), and must outlive this object.
class DocumentContent final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentContent)

public:
    explicit DocumentContent(const model::Review &review,
                             ExportOptions::Audience audience = ExportOptions::Audience::Internal);

    // The review's display zone, UTC when it names none or one this system does not know.
    const QTimeZone &zone() const { return m_zone; }
    // Its id as the exports name it: "Europe/Berlin", "UTC".
    const QString &zoneName() const { return m_zoneName; }
    // The events in time order, as every format lists them; equal times keep the review's order.
    const QList<model::TimelineEvent> &timeline() const { return m_timeline; }
    // Every distinct UTC offset the timeline's times are shown in ("UTC+01:00", "UTC+02:00"), in
    // time order, so that a timeline across a change to or from summer time can say so.
    QStringList timelineOffsets() const;

    // Whether the section has nothing of its own to show (its figures are not counted).
    bool isEmpty(model::SectionKey key) const;
    // The earliest event that carries milestone, as Metrics counts it; null when none does.
    const model::TimelineEvent *milestoneEvent(model::Milestone milestone) const;

    // The Impact section's figures and dimensions, in the order every export shows them, with
    // their labels translated; for the customer version only those in it (isInCustomerVersion()).
    // numbers writes the figures: the Markdown and HTML exports take
    // English, whatever the reader's language, the PDF the reader's.
    QList<ImpactFigure> impactFigures(const QLocale &numbers) const;
    QList<ImpactDimension> impactDimensions() const;
    // Whether this audience sees the part.
    bool shows(model::ImpactPart part) const;

    // "2023-03-14 14:06" in the display zone, as precise as precision says.
    QString dateTime(const QDateTime &time, model::TimePrecision precision) const;
    // The same followed by the zone: "2023-03-14 14:06 (Europe/Berlin)".
    QString dateTimeWithZone(const QDateTime &time, model::TimePrecision precision) const;
    // The time in UTC as ISO 8601, as precise as precision says: "2023-03-14T13:06:00Z", or the
    // date alone for a day-only event.
    static QString isoUtc(const QDateTime &time, model::TimePrecision precision);

    // A ticket that is a web address (http or https, with a host), which exports show as a
    // link; an invalid URL for a ticket key ("CHK-1236") or anything else.
    static QUrl ticketUrl(const QString &ticket);
    // A ticket URL's link text: its last path segment, which is the key in the trackers teams
    // use (".../browse/CHK-1236"), an issue number as "#123", or the host when the path is empty.
    static QString ticketLabel(const QUrl &url);

private:
    const model::Review &m_review;
    bool m_customer = false;
    QTimeZone m_zone;
    QString m_zoneName;
    QList<model::TimelineEvent> m_timeline;
};

} // namespace hindsight::exporting
