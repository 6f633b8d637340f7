// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdowntree.h"
#include "model/types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <optional>

// The values people write after "Severity:", "Status:" or "Authors:", and in table cells.
// Private to the Markdown import.
namespace hindsight::importing::mdimport {

bool isOneOf(QStringView value, std::initializer_list<const char *> names);
// The parts that are not empty, joined with separator.
QString joinedNonEmpty(const QStringList &parts, QStringView separator);

// Plain text in, as plainText() gives it.
std::optional<int> severityFrom(QStringView text, bool *complete = nullptr); // "SEV2", "Sev 2", "P1", "2"
std::optional<model::Status> statusFrom(QStringView text, bool *complete = nullptr);
std::optional<int> priorityFrom(QStringView text); // "P1", "1", "high"
std::optional<model::ActionStatus> actionStatusFrom(QStringView text);
std::optional<model::ActionType> actionTypeFrom(QStringView text);
std::optional<model::Visibility> visibilityFrom(QStringView text);
// Markdown in: "Dana Whitfield (SRE), Leo Marchetti (Search team)": commas and "and" separate
// people.
QList<model::Person> peopleFrom(QStringView markdown);
// "Priya Raman, incident leader, priya@example.com": commas separate name, role and contact.
model::Person personFrom(QStringView markdown);

// The keys of a person's name, role and contact: an authors table's headers, and the keys of an
// author in front matter.
inline constexpr std::initializer_list<const char *> personNameKeys = {"name", "author", "person", "who"};
inline constexpr std::initializer_list<const char *> personRoleKeys = {"role", "title", "team", "position", "function"};
inline constexpr std::initializer_list<const char *> personContactKeys = {"contact", "email",  "e mail",
                                                                          "mail",    "handle", "slack"};

// "**Severity:** SEV2", "Users affected: 8,430", "Status: In review": read from a line's plain
// text, the key in the form normalizedHeading() gives; written is the line as written, for the
// value's Markdown.
struct KeyValue
{
    QString key;      // normalized
    QString value;    // plain text
    QString label;    // the key as written, as plain text
    QString markdown; // the value as written
};
std::optional<KeyValue> keyValue(const QString &plain, QStringView written = {});

// A table's header cells in the form normalizedHeading() gives.
QStringList normalizedHeaders(const QList<cmark_node *> &cells);
// The first column not taken yet whose header is one of names, now taken; -1 for none.
int takeColumn(const QStringList &headers, QList<bool> &taken, std::initializer_list<const char *> names);

} // namespace hindsight::importing::mdimport
