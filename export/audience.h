// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"
#include "model/types.h"
#include "redaction.h"

#include <QStringList>

namespace hindsight::exporting {

// The review as the customer-facing version shows it: internal sections emptied (their
// visibility stays, so exporters can leave them out), internal parts of the Impact section
// emptied (see isInCustomerVersion()), internal timeline events, actions and
// additional notes removed, every event and action removed when its section is internal, and
// authors' contacts cleared. The title, severity, status and time zone are kept: they are not
// part of any section. What remains is then redacted by rules (see Redactor; people's names are
// read from the whole review, before anything is left out), so that no exporter can forget it.
// Invalid user patterns are skipped: callers check rules.validate() before exporting.
model::Review customerView(const model::Review &review, const RedactionRules &rules = {});

// Whether a part of the Impact section is in the customer version: only when both it and the
// Impact section are public. customerView() empties the other parts, and every export lists the
// parts through DocumentContent, which leaves them out: this is the one place that decides.
bool isInCustomerVersion(const model::Review &review, model::ImpactPart part);

// The review an exporter writes for options.audience. Every exporter calls this first.
model::Review reviewForAudience(const model::Review &review, const ExportOptions &options);

// What the customer version of review leaves out, one line for people each, for the export
// dialog to show before sharing: "Section “Triage” (internal)", "Impact: “Revenue lost”
// (internal)", "12 internal timeline events",
// "2 internal actions", "Authors' contact details", "5 host names, 3 IP addresses, 2 e-mail
// addresses, 4 names redacted". Uses options.redaction whatever options.audience says. The
// redaction figures count placeholders in customerView() (occurrences, not distinct values): all
// of them are in the JSON version; the Markdown version leaves out the author and owner columns
// that hold some. Empty when the customer version holds everything.
QStringList customerOmissions(const model::Review &review, const ExportOptions &options);

} // namespace hindsight::exporting
