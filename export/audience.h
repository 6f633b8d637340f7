// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"
#include "model/types.h"

namespace hindsight::exporting {

// The review as the customer-facing version shows it: internal sections emptied (their
// visibility stays, so exporters can leave them out), internal timeline events, actions and
// additional notes removed, every event and action removed when its section is internal, and
// authors' contacts cleared. The title, severity, status and time zone are kept: they are not
// part of any section. Redaction of names and hosts belongs here too, so that no exporter can
// forget it.
model::Review customerView(const model::Review &review);

// The review an exporter writes for options.audience. Every exporter calls this first.
model::Review reviewForAudience(const model::Review &review, const ExportOptions &options);

} // namespace hindsight::exporting
