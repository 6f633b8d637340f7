// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <utility>

namespace hindsight::exporting {

// What the customer version replaces with a placeholder. Each kind is on unless switched off;
// patterns are the user's own regular expressions (Perl syntax), applied as written.
struct RedactionRules
{
    bool hostNames = true;
    bool ipAddresses = true;
    bool emailAddresses = true;
    bool peopleNames = true;
    QStringList patterns;

    // Why a pattern cannot be used, one sentence for people each: not a valid regular expression,
    // or one that matches empty text. Blank patterns are ignored, not reported. An export of the
    // customer version must refuse to run while this is not empty: a pattern that cannot be
    // applied would let through what the user meant to hide.
    QStringList validate() const;

    friend bool operator==(const RedactionRules &, const RedactionRules &) = default;
};

// How many placeholders of each kind a redaction put in (occurrences, not distinct values).
struct RedactionCounts
{
    int hostNames = 0;
    int ipAddresses = 0;
    int emailAddresses = 0;
    int names = 0;
    int patterns = 0;

    int total() const { return hostNames + ipAddresses + emailAddresses + names + patterns; }
    RedactionCounts &operator+=(const RedactionCounts &other);
    friend bool operator==(const RedactionCounts &, const RedactionCounts &) = default;
};

struct RedactedText
{
    QString text;
    RedactionCounts counts;
};

struct RedactedReview
{
    model::Review review;
    RedactionCounts counts;
};

// Replaces personal and infrastructure details in text with placeholders. The passes run in
// this order, each on the previous one's output, so that a later pass never sees what an
// earlier one replaced:
//
// 1. User patterns → "[redacted]". Invalid patterns and empty matches are skipped (see
//    RedactionRules::validate()).
// 2. E-mail addresses → "[e-mail]": local@domain where the domain has at least one dot
//    (katrin.meier@example.com, ops+alerts@corp.internal). "@handle" is not an address.
// 3. IPv6 addresses → "[IP address]": eight groups of 1–4 hex digits, or fewer with one "::"
//    (2001:db8::8a2e:370:7334, fe80::1%eth0, ::1), optionally ending in dotted IPv4 and a
//    /prefix. A compressed form needs a digit or at least three groups, so "add::" or the "::"
//    of std::string are left alone; times (13:05:00) and MAC addresses (six groups, no "::")
//    are not addresses.
// 4. IPv4 addresses → "[IP address]": four dot-separated numbers 0–255, optionally with a
//    /prefix (10.20.4.11, 10.0.0.0/8). A port stays ("[IP address]:6432"). Three-part version
//    numbers (1.2.3) never match; a four-part version number such as 1.2.3.4 cannot be told
//    from an address and is redacted.
// 5. Host names → "[host]", either
//    a. a dotted name ending in an internal suffix: .internal, .local, .lan, .corp, .intranet,
//       .svc or .cluster.local (db-prod-3.internal, idp-1.internal, api.checkout.svc), or
//    b. a name of three or more labels whose last label is letters only, at least one other
//       label containing a digit or a dash (db-prod-3.eu-west-1.example.com,
//       api_gw-1.example.com: labels may hold underscores), unless the last label is a common
//       file extension (backup-2023.tar.gz).
//    Public names without digits or dashes (status.example.com, www.example.com), two-label
//    names (pool.yaml, example.com), version numbers and abbreviations ("e.g.") stay. Hosts
//    are redacted inside URLs too, keeping the scheme, port and path:
//    "https://grafana.internal:3000/d/x" → "https://[host]:3000/d/x".
// 6. People's names → "[name]": the names of the review's authors, of the events' authors and
//    of the actions' owners, read from the whole review, so that a name is redacted wherever it
//    appears even when the row that carried it is left out; a name needs a letter and two
//    characters. A name of several words matches regardless of case and of the white space
//    between them. A one-word name ("Sven", "jdoe", "System") matches as written, in capitals
//    ("SVEN") and with a capital first letter ("Jdoe"), but not in lower case, so that an
//    author field such as "Alert" does not redact every "alert". Each part of a name of two
//    to four capitalised words also matches on its own, in the same cases, when it is three
//    letters or longer ("Jonas escalates", "JONAS"), since notes name people by first name.
//    Names match as whole words, with a possessive or genitive ending ("Katrin's" → "[name]'s",
//    "Katrins" → "[name]"; "Ann" in "Annual" stays), except in scripts written without spaces
//    (Chinese, Japanese, Thai…), where they match anywhere.
//    When the Authors section is public, the user has chosen to name its authors to the
//    customer: their names are not redacted, anywhere.
//
// Every pass matches the text as a reader perceives it: invisible format characters (a
// zero-width space, a soft hyphen, joiners, direction marks) and variation selectors are left
// out, compatibility characters count as their plain form ("１０．２０" as "10.20"), and a
// %-escape of a printable ASCII character as that character ("katrin.meier%40example.com"), so
// "Kat", a zero-width space and "rin" make "Katrin". What a match covers is replaced as a
// whole, the invisible characters and escapes inside it included. No pass matches what
// overlaps a placeholder, whether an earlier pass put it in or the text already held it, so
// that redacting a text again changes nothing.
//
// redact(text) treats text as plain text, shown as written. Markdown is shown rendered, which
// resolves escapes, entities, emphasis and HTML: MarkdownRedactor redacts what its reader sees,
// and redact(review) uses it for every Markdown field.
class Redactor final
{
    Q_DECLARE_TR_FUNCTIONS(Redactor)

public:
    Redactor(const model::Review &review, const RedactionRules &rules);

    RedactedText redact(const QString &text) const;
    // Every text of the review: the title, each section's text, authors, events, lessons,
    // actions (titles, owners, tickets) and additional notes. Markdown fields are redacted as
    // they render (see MarkdownRedactor); a ticket also as its address reads with %-escapes
    // decoded. Enumerations, times, figures and the time zone are not text and are kept.
    RedactedReview redact(const model::Review &review) const;

    // redact() that also says where each character of the result comes from, for redacting
    // text that is put together from pieces (MarkdownRedactor). origin has one entry for each
    // character of text: the index in the original of a character that was kept, or, for a
    // character of a placeholder, -1 - the index where the text it replaces starts.
    // Dollar signs are left out of matching too, as they are of rendered Markdown (GitHub may
    // show "$…$" as mathematics, without them).
    struct Traced
    {
        QString text;
        QList<qsizetype> origin;
        RedactionCounts counts;
    };
    Traced redactRendered(const QString &text) const;

    // The names pass 6 looks for, longest first; for tests and for people wondering why a word
    // was redacted.
    QStringList names() const { return m_names; }

    static QString hostPlaceholder();
    static QString ipAddressPlaceholder();
    static QString emailPlaceholder();
    static QString namePlaceholder();
    static QString patternPlaceholder();

private:
    enum class Kind { Pattern, Email, IpAddress, HostName, Name };
    struct Pass
    {
        Kind kind;
        QRegularExpression expression;
        // Further check of a match the expression cannot express; null accepts every match.
        bool (*accept)(QStringView match) = nullptr;
    };

    // Where text holds placeholders, start and end, in order.
    static QList<std::pair<qsizetype, qsizetype>> placeholdersIn(const QString &text);
    // origin, when given, is the Traced::origin of text and is updated with it.
    QString applyPass(const Pass &pass, const QString &text, RedactionCounts &counts, bool rendered,
                      QList<qsizetype> *origin) const;

    QList<Pass> m_passes;
    QStringList m_names;
};

} // namespace hindsight::exporting
