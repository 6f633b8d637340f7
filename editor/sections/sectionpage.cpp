// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionpage.h"

#include "editor/widgets/fieldbinding.h"
#include "model/names.h"
#include "model/reviewdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hindsight::editor {

SectionPage::SectionPage(model::ReviewDocument &document, std::optional<model::SectionKey> key, QWidget *parent)
    : QWidget(parent), m_content(new QVBoxLayout)
{
    // Without an emoji font the template's emoji render as boxes: the heading goes without.
    auto *heading = new QLabel(key ? model::sectionHeading(*key, false) : tr("Additional notes"), this);
    auto headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setObjectName(QStringLiteral("heading"));

    auto *explanationLabel = new QLabel(explanation(key), this);
    explanationLabel->setWordWrap(true);
    explanationLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->addWidget(heading, 1);
    if (key) {
        m_visibility = new QComboBox(this);
        m_visibility->setObjectName(model::fieldName(model::visibilityField(*key)));
        m_visibility->addItem(model::enumLabel(model::Visibility::Public), int(model::Visibility::Public));
        m_visibility->addItem(model::enumLabel(model::Visibility::Internal), int(model::Visibility::Internal));
        m_visibility->setToolTip(tr("Public sections are in the customer version; internal ones are left out."));
        auto *label = new QLabel(tr("Customer &version:"), this);
        label->setBuddy(m_visibility);
        header->addWidget(label);
        header->addWidget(m_visibility);
        bindComboBox(m_visibility, document, model::visibilityField(*key));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(explanationLabel);
    layout->addSpacing(8);
    m_content->setSpacing(8);
    layout->addLayout(m_content, 1);
}

QString SectionPage::explanation(std::optional<model::SectionKey> key)
{
    if (!key)
        return tr("Content that fits no template section, such as parts of an imported review. It is kept, "
                  "never dropped.");
    switch (*key) {
    case model::SectionKey::Authors:
        return tr("The people who wrote this review: name, role and how to reach them.");
    case model::SectionKey::Summary:
        return tr("The short version of what happened, for readers who read nothing else.");
    case model::SectionKey::Impact:
        return tr("Who and what was affected: users, the business and the team, with the figures.");
    case model::SectionKey::Detection:
        return tr("How the team became aware of the incident, and when.");
    case model::SectionKey::Triage:
        return tr("What the responders did to assess the severity and escalate.");
    case model::SectionKey::RootCauses:
        return tr("The investigation in detail, with charts. Blameless: describe circumstances, not individuals.");
    case model::SectionKey::Resolution:
        return tr("What brought the system back, and how the team made sure it was back.");
    case model::SectionKey::Timeline:
        return tr("The complete list of events: when, and what was done or discovered.");
    case model::SectionKey::Lessons:
        return tr("What went well, what went wrong, and where the team got lucky.");
    case model::SectionKey::Actions:
        return tr("Remediation, preventive and process actions, with owners, tickets and due dates.");
    case model::SectionKey::Share:
        return tr("Who the review goes to, and which parts the customer version contains.");
    }
    return {};
}

} // namespace hindsight::editor
