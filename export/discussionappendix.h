// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::exporting {

// The open comment threads of a review as Markdown, for the appendix of the internal exports:
// one subheading per thread (its section and what it is about), its comments and replies with
// their authors and times (UTC). Empty when no thread is open.
class DiscussionAppendix final
{
    Q_DECLARE_TR_FUNCTIONS(DiscussionAppendix)

public:
    static QString title();
    static QString markdown(const model::Review &review);
};

} // namespace hindsight::exporting
