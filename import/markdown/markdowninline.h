// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Inline Markdown as much as the import needs it: entities, emphasis around a value, links.
// Private to the Markdown import.
namespace hindsight::importing::mdimport {

// The parts that are not empty, joined with separator.
QString joinedNonEmpty(const QStringList &parts, QStringView separator);

// HTML entities (&amp; &lt; &#39; &#x2014; ...) as the characters they stand for, outside code
// spans. With keepAngles, "&lt;" and "&gt;" stay: they keep a "<" in Markdown from being HTML.
QString decodeEntities(QStringView text, bool keepAngles = false);

// Inline Markdown shown as plain text: entities decoded, backslash escapes and a wrapping
// emphasis ("**Dana**") taken away, links as their text. For names, titles, keys and values.
QString plainText(QStringView text);

// A table cell or a list item as an event's or an action's text: Markdown, its entities decoded
// but "&lt;" and "&gt;", and the <br> that tables need for line breaks read as line breaks.
QString cellMarkdown(QStringView text);

// text without the emphasis or code markers wrapped around it: "**13:05**" is "13:05".
QStringView unwrapped(QStringView text);

// A Markdown image whose target is on this machine ("![chart](img/a.png)"), not a remote one.
QStringList localImages(QStringView line);
// Whether a link target names a place on the web or elsewhere ("https:", "mailto:", "//host")
// rather than a path.
bool isUrl(QStringView target);

} // namespace hindsight::importing::mdimport
