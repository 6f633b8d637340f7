// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// The impact section: the user's, business' and team's texts by their subheadings, and the
// figures (users affected, revenue lost, SLA breached, data lost or compromised) from key lines,
// a two-column table, or failing those, from the sentences of the text.
class ImpactReader final
{
public:
    explicit ImpactReader(ReaderContext &context) : m_context(context) {}
    void read();

private:
    void readFigures(int firstBlock, int lastBlock);
    void figuresFromProse();

    ReaderContext &m_context;
    struct
    {
        bool users = false;
        bool revenue = false;
        bool sla = false;
        bool dataLost = false;
        bool dataCompromised = false;
    } m_figuresSeen;
};

} // namespace hindsight::importing::mdimport
