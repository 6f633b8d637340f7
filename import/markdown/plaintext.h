// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdowntree.h"

#include <QList>
#include <QString>

#include <optional>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

// The text of inline Markdown as a reader sees it in a name, a title, a key or a value:
// emphasis, code or strikethrough around all of it taken away, entities and escapes decoded,
// links as their text, images as their alt text, other emphasis markers left out, code spans
// inside with their backticks, inline HTML as written, line breaks as spaces. node is a
// container: a paragraph, a heading, a cell.
QString plainText(cmark_node *node);
QString plainText(const QList<cmark_node *> &inlines);
// The same for a short piece of Markdown from elsewhere (front matter, a part of a line), which
// is parsed for it.
QString plainTextOf(const QString &markdown);
// The target of a link that is the whole of a short piece of Markdown ("[CHK-1](https://…)",
// "<https://…>"), or nullopt.
std::optional<QString> linkTargetOf(const QString &markdown);

} // namespace hindsight::importing::mdimport
