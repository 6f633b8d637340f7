// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"
#include "redaction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hindsight::exporting {

// Where a text of the review lives, for a "jump to" that opens it in the editor.
struct ReviewPlace
{
    // A top-level row of the review model: int(SectionKey) for a template section,
    // model::ReviewModel::AdditionalNotesRow for an additional note; -1 for the title, which
    // the Summary page edits.
    int section = -1;
    // The event, action, author, lesson, note or figure that holds the text; 0 for a section's
    // own text.
    qint64 rowId = 0;
    // For people: "Root causes", "Timeline event at 14:05", "Action “Add a pool size…”".
    QString label;

    friend bool operator==(const ReviewPlace &, const ReviewPlace &) = default;
};

// One thing in the customer version's text that a customer should perhaps not read.
struct LastLookFinding
{
    enum class Kind { HostName, ServiceName, TicketKey, FilePath, PersonName, Amount };

    Kind kind = Kind::HostName;
    // The text found, as the customer version has it: "checkout-api", "CHK-1236", "41,800 EUR".
    QString quote;
    // The words around it, on one line, for the list.
    QString excerpt;
    ReviewPlace place;
};

// The last look before a customer version goes out: scans the text the customer version will
// contain (customerView(), that is after everything internal was left out and the redaction
// rules were applied) for what redaction does not catch, or what the user switched off:
//
// - host names: dotted names whose last label is two or more letters and not a common file
//   extension (status.example.com, grafana.example.net), and IPv4 addresses;
// - internal service names: words shaped like a component's name (lower-case words joined by
//   "-" or "_" with a digit or a part such as api, db, svc, worker, proxy, or any word in a code
//   span) that the internal-only parts of the review use (internal sections, events, actions,
//   notes and figures), wherever the public text uses them too, in any case: checkout-api;
// - ticket keys: ABC-123 (not UTF-8, ISO-8601, SHA-256 and other standards' names);
// - file paths: /var/log/…, ~/…, C:\…, and relative paths ending in a file name with an
//   extension (db/pool.yaml), outside web addresses;
// - people's names: the authors', the events' authors' and the actions' owners', as the
//   redaction knows them (Redactor::names()), whatever the Authors section's visibility: a
//   redacted name is a placeholder and is not found;
// - amounts of money: a currency sign or code next to a number (€1,200, $3.4k, 1200 EUR,
//   41.800 Euro), and the Impact section's revenue lost.
//
// It reports, never changes; it does not block anything. Markdown is scanned as written, so a
// finding quotes the source the user can find in the editor.
class LastLook final
{
    Q_DECLARE_TR_FUNCTIONS(LastLook)

public:
    // review is the whole review; rules are the redaction rules the customer version uses.
    static QList<LastLookFinding> scan(const model::Review &review, const RedactionRules &rules);

    // "Host name", "Internal service name", …, for people.
    static QString kindLabel(LastLookFinding::Kind kind);
};

} // namespace hindsight::exporting
