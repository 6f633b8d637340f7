// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hindsight::importing::mdimport {

// Hindsight writes Markdown in the language of its interface: "## 🐛 Ursachen", a timeline table
// headed "Zeit (Europe/Berlin) | Art | Meilenstein | Ereignis", "- **Schweregrad:** SEV2". The
// reader knows the template's English words and the synonyms teams use. This turns the words
// Hindsight itself writes, in the language now loaded, back into the template's English, so that
// a review exported in German comes back whole with Hindsight in German: section and
// subsection headings, table headers, the labels of key lines and the zone line. Only whole
// headings, header cells, bold labels and lines are replaced, never words inside text. Without
// a translation loaded the text is returned as it is.
QString toTemplateEnglish(const QString &markdown);

} // namespace hindsight::importing::mdimport
