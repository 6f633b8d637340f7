// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QDir>
#include <QStringList>
#include <QStringView>

namespace hindsight::importing::mdimport {

// Images a Markdown postmortem shows from files beside it (`![Pool saturation](assets/pool.png)`
// on a line of its own, as Hindsight's own Markdown export and most wikis write them) become
// figures of the section they stand in, with the image file's bytes inside the review: the
// folder the file came from will not travel with the review. The alt text is the caption,
// unless an italic "*Figure 2: …*" line follows, as Hindsight writes it. Only files in the
// Markdown file's folder or the folders below it are read, after following symbolic links.
// Images on the web, inline in a sentence, outside that folder, missing, or not images stay in
// the text as written; the user hears about all but those on the web in warnings.
void attachLocalImages(model::Review &review, const QDir &folder, QStringList &warnings);

// Whether a link target names a place on the web or elsewhere ("https:", "mailto:", "//host")
// rather than a path.
bool isUrl(QStringView target);

} // namespace hindsight::importing::mdimport
