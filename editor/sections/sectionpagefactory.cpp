// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionpagefactory.h"

#include "additionalnoteseditor.h"
#include "editor/comments/signoffpanel.h"
#include "editor/figures/figurestrip.h"
#include "editor/sections/metricssummary.h"
#include "editor/widgets/blamelessdelegate.h"
#include "editor/widgets/blamelesslinemarks.h"
#include "editor/widgets/enumdelegate.h"
#include "editor/widgets/fieldbinding.h"
#include "editor/widgets/markdownedit.h"
#include "editor/widgets/optionaldatedelegate.h"
#include "editor/widgets/optionaldatetimeedit.h"
#include "editor/widgets/rowtable.h"
#include "editor/widgets/sectionrowsproxy.h"
#include "editor/widgets/timezonecombobox.h"
#include "editor/widgets/zoneddatetimedelegate.h"
#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "model/rows.h"
#include "sectionpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hindsight::editor {

namespace {

using model::Field;
using model::ReviewDocument;
using model::SectionKey;

QFormLayout *addForm(SectionPage *page)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    page->contentLayout()->addLayout(form);
    return form;
}

// A Markdown editor for field under a label with a mnemonic (none when label is empty), and
// beside the label what is given.
MarkdownEdit *addMarkdown(SectionPage *page, ReviewDocument &document, Field field, const QString &label,
                          const QString &placeholder, QWidget *besideLabel = nullptr)
{
    auto *edit = new MarkdownEdit(page);
    edit->setObjectName(model::fieldName(field));
    edit->setPlaceholderText(placeholder);
    edit->bind(&document, field);
    if (!label.isEmpty()) {
        auto *caption = new QLabel(label, page);
        caption->setBuddy(edit);
        if (besideLabel) {
            auto *row = new QHBoxLayout;
            row->addWidget(caption);
            row->addStretch();
            row->addWidget(besideLabel);
            page->contentLayout()->addLayout(row);
        } else {
            page->contentLayout()->addWidget(caption);
        }
    }
    edit->setAccessibleName(label.isEmpty() ? model::enumLabel(model::sectionOfField(field))
                                            : QString(label).remove(QLatin1Char('&')));
    page->contentLayout()->addWidget(edit, 1);
    return edit;
}

QLineEdit *lineEdit(SectionPage *page, ReviewDocument &document, Field field, const QString &placeholder)
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(model::fieldName(field));
    edit->setPlaceholderText(placeholder);
    bindLineEdit(edit, document, field);
    BlamelessLineMarks::attach(edit, &document);
    return edit;
}

QComboBox *choiceCombo(SectionPage *page, ReviewDocument &document, Field field, const QList<EnumChoice> &choices)
{
    auto *combo = new QComboBox(page);
    combo->setObjectName(model::fieldName(field));
    for (const auto &choice : choices)
        combo->addItem(choice.label, choice.value);
    bindComboBox(combo, document, field);
    return combo;
}

QCheckBox *checkBox(SectionPage *page, ReviewDocument &document, Field field, const QString &text)
{
    auto *box = new QCheckBox(text, page);
    box->setObjectName(model::fieldName(field));
    bindCheckBox(box, document, field);
    return box;
}

// Whether a part of the Impact section is in the customer version, as the Share page's section
// boxes say it for sections: checked is public. Made before the part's own editor, so that it
// comes first in the tab order, as it does on screen.
QCheckBox *impactPartBox(SectionPage *page, ReviewDocument &document, model::ImpactPart part, const QString &text)
{
    auto *box = new QCheckBox(text, page);
    const Field field = model::visibilityField(part);
    box->setObjectName(model::fieldName(field));
    box->setAccessibleName(SectionPageFactory::tr("%1 in the customer version").arg(model::enumLabel(part)));
    box->setToolTip(SectionPageFactory::tr("Checked parts are in the customer version when the Impact section is "
                                           "public; unchecked ones are internal and left out."));
    bindPublicCheckBox(box, document, field);
    return box;
}

QStringList labels(const QList<EnumChoice> &choices)
{
    QStringList result;
    for (const auto &choice : choices)
        result.append(choice.label);
    return result;
}

// Column delegates are parented to the view: setItemDelegateForColumn() does not take them.
void setChoiceColumn(RowTable *table, int column, const QList<EnumChoice> &choices)
{
    table->view()->setItemDelegateForColumn(column, new EnumDelegate(choices, table->view()));
    table->fitColumn(column, labels(choices));
}

} // namespace

QList<EnumChoice> SectionPageFactory::severityChoices()
{
    return {{tr("Not set"), 0},         {tr("SEV1 — critical"), 1}, {tr("SEV2 — major"), 2},
            {tr("SEV3 — moderate"), 3}, {tr("SEV4 — minor"), 4},    {tr("SEV5 — low"), 5}};
}

QList<EnumChoice> SectionPageFactory::priorityChoices()
{
    QList<EnumChoice> choices{{tr("Not set"), 0}};
    for (int priority = 1; priority <= 4; ++priority)
        choices.append({model::priorityLabel(priority), priority});
    return choices;
}

void SectionPageFactory::buildAuthors(SectionPage *page, ReviewDocument &document)
{
    using Traits = model::RowTraits<model::Person>;
    auto *table = new RowTable(document, Traits::typeIndex, page);
    table->setObjectName(QStringLiteral("authors"));
    table->setButtonTexts(tr("&Add author"), tr("&Remove author"));
    table->setEditColumn(Traits::Name);
    table->fitColumn(Traits::Name, {QStringLiteral("Katrin Meier-Schmidt")});
    table->fitColumn(Traits::Role, {QStringLiteral("Incident leader, Site Reliability Engineering")});
    table->view()->horizontalHeader()->setStretchLastSection(true);
    page->contentLayout()->addWidget(table, 1);
}

void SectionPageFactory::buildSummary(SectionPage *page, ReviewDocument &document)
{
    auto *form = addForm(page);
    form->addRow(tr("&Title:"), lineEdit(page, document, Field::Title, tr("What happened, in one line")));
    addMarkdown(page, document, Field::Summary, tr("&Summary"),
                tr("What happened, what it affected and how it ended, in a few sentences."));
}

void SectionPageFactory::buildImpact(SectionPage *page, ReviewDocument &document)
{
    auto *users = new QLineEdit(page);
    users->setObjectName(model::fieldName(Field::UsersAffected));
    users->setPlaceholderText(tr("Unknown"));
    bindFigureEdit(users, document, Field::UsersAffected, Figure::Integer);

    auto *revenue = new QLineEdit(page);
    revenue->setObjectName(model::fieldName(Field::RevenueLost));
    revenue->setPlaceholderText(tr("Unknown"));
    bindFigureEdit(revenue, document, Field::RevenueLost, Figure::Decimal);

    auto *currency = new QComboBox(page);
    currency->setObjectName(model::fieldName(Field::RevenueCurrency));
    currency->setEditable(true);
    currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("JPY"),
                        QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("CNY"),
                        QStringLiteral("INR"), QStringLiteral("BRL"), QStringLiteral("SEK"), QStringLiteral("NOK"),
                        QStringLiteral("DKK"), QStringLiteral("PLN")});
    currency->setAccessibleName(tr("Currency"));
    currency->lineEdit()->setPlaceholderText(tr("Currency"));
    currency->setMinimumContentsLength(5);
    bindEditableComboBox(currency, document, Field::RevenueCurrency);

    const int figureWidth = page->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")) + 16;
    users->setMaximumWidth(figureWidth);
    revenue->setMaximumWidth(figureWidth);

    auto *usersLabel = new QLabel(tr("Users a&ffected:"), page);
    usersLabel->setBuddy(users);
    auto *revenueLabel = new QLabel(tr("&Revenue lost:"), page);
    revenueLabel->setBuddy(revenue);

    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(10);
    figures->addWidget(usersLabel, 0, 0);
    figures->addWidget(users, 0, 1);
    figures->addItem(new QSpacerItem(24, 0), 0, 2);
    figures->addWidget(revenueLabel, 0, 3);
    figures->addWidget(revenue, 0, 4);
    figures->addWidget(currency, 0, 5);
    auto *flags = new QHBoxLayout;
    flags->setSpacing(20);
    flags->addWidget(checkBox(page, document, Field::SlaBreached, tr("&SLA breached")));
    flags->addWidget(checkBox(page, document, Field::DataLost, tr("Data &lost")));
    flags->addWidget(checkBox(page, document, Field::DataCompromised, tr("Data &compromised")));
    flags->addStretch();
    figures->addLayout(flags, 1, 0, 1, 7);
    auto *shared = new QHBoxLayout;
    shared->setSpacing(20);
    shared->addWidget(new QLabel(tr("In the customer version:"), page));
    using model::ImpactPart;
    shared->addWidget(impactPartBox(page, document, ImpactPart::UsersAffected, tr("Users affected")));
    shared->addWidget(impactPartBox(page, document, ImpactPart::RevenueLost, tr("Revenue lost")));
    shared->addWidget(impactPartBox(page, document, ImpactPart::SlaBreached, tr("SLA breached")));
    shared->addWidget(impactPartBox(page, document, ImpactPart::DataLost, tr("Data lost")));
    shared->addWidget(impactPartBox(page, document, ImpactPart::DataCompromised, tr("Data compromised")));
    shared->addStretch();
    figures->addLayout(shared, 2, 0, 1, 7);
    figures->setColumnStretch(6, 1);
    page->contentLayout()->addLayout(figures);
    page->contentLayout()->addSpacing(4);

    addMarkdown(page, document, Field::ImpactUser, tr("&User"),
                tr("Could users do what they came for? Was data lost or compromised?"),
                impactPartBox(page, document, ImpactPart::User, tr("In the customer version")));
    addMarkdown(page, document, Field::ImpactBusiness, tr("&Business"),
                tr("Money lost, contracts and service levels, support load."),
                impactPartBox(page, document, ImpactPart::Business, tr("In the customer version")));
    addMarkdown(page, document, Field::ImpactTeam, tr("T&eam"),
                tr("Who was woken at night, worked late, or had their sprint interrupted."),
                impactPartBox(page, document, ImpactPart::Team, tr("In the customer version")));
}

void SectionPageFactory::buildDetection(SectionPage *page, ReviewDocument &document)
{
    // Widgets are made in reading order, which is the tab order.
    auto *form = addForm(page);
    form->addRow(tr("&Method:"),
                 choiceCombo(page, document, Field::DetectionMethod, enumChoices<model::DetectionMethod>()));
    auto *time = new OptionalDateTimeEdit(page);
    time->setObjectName(model::fieldName(Field::DetectionTime));
    time->knownBox()->setText(tr("&Known"));
    // Offered when the time becomes known: the timeline's "detected" event, else its start.
    auto suggested = document.milestoneTime(model::Milestone::Detected);
    if (!suggested.isValid())
        suggested = document.incidentStart();
    time->setSuggestedValue(suggested);
    bindDateTimeEdit(time, document, Field::DetectionTime);
    form->addRow(tr("&When:"), time);
    page->contentLayout()->addWidget(new MetricsSummary(document, MetricsSummary::Figures::Detection, page));
    addMarkdown(page, document, Field::Detection, tr("How the team &found out"),
                tr("Which alert fired or who reported it, and what it said."));
}

void SectionPageFactory::buildTriage(SectionPage *page, ReviewDocument &document)
{
    auto *form = addForm(page);
    form->addRow(tr("&Severity:"), choiceCombo(page, document, Field::Severity, severityChoices()));
    addMarkdown(page, document, Field::Triage, tr("What the responders &did"),
                tr("How the severity was assessed, who was called in, and when."));
}

void SectionPageFactory::buildTimeline(SectionPage *page, ReviewDocument &document)
{
    using Traits = model::RowTraits<model::TimelineEvent>;
    auto *form = addForm(page);
    form->addRow(tr("Time &zone:"), new TimeZoneComboBox(document, page));

    auto *table = new RowTable(document, Traits::typeIndex, page);
    table->setObjectName(QStringLiteral("timeline"));
    table->setButtonTexts(tr("&Add event"), tr("&Delete event"));
    table->setEditColumn(Traits::Text);
    table->setRowFactory([&document] {
        model::TimelineEvent event;
        const auto now = QDateTime::currentDateTimeUtc();
        event.time =
            QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), QTimeZone::utc());
        event.source = model::EventSource::Table;
        return model::commands::insertRow(document, event);
    });
    table->proxy()->sort(Traits::Time, Qt::AscendingOrder);

    auto *view = table->view();
    auto *model = document.model();
    view->setItemDelegateForColumn(Traits::Time,
                                   new ZonedDateTimeDelegate([model] { return model->displayZone(); }, view));
    view->setItemDelegateForColumn(Traits::Text, new BlamelessDelegate(&document, view));
    table->fitColumn(model::ReviewModel::TimelineRelativeColumn, {QStringLiteral("T+00:00:00")});
    table->fitColumn(Traits::Time, {QStringLiteral("2026-11-23 14:02:31")});
    setChoiceColumn(table, Traits::Kind, enumChoices<model::EventKind>());
    setChoiceColumn(table, Traits::Milestone, enumChoices<model::Milestone>());
    setChoiceColumn(table, Traits::Visibility, enumChoices<model::Visibility>());
    setChoiceColumn(table, Traits::Precision, enumChoices<model::TimePrecision>());
    table->fitColumn(Traits::Author, {QStringLiteral("Olivia Schmitt")});
    table->fitColumn(Traits::Source, labels(enumChoices<model::EventSource>()));
    // The event's text is what people read: it goes next to its time and gets the room.
    view->horizontalHeader()->moveSection(Traits::Text, Traits::Kind + 1);
    view->horizontalHeader()->moveSection(model::ReviewModel::TimelineRelativeColumn, Traits::Time + 1);
    table->setStretchColumn(Traits::Text);
    // Where an event came from matters less than what happened; the header's menu shows it.
    view->setColumnHidden(Traits::Source, true);
    view->setColumnHidden(Traits::Precision, true);
    page->contentLayout()->addWidget(table, 1);
}

void SectionPageFactory::buildLessons(SectionPage *page, ReviewDocument &document)
{
    using Traits = model::RowTraits<model::Lesson>;
    const QList<std::pair<model::LessonKind, QString>> lists{
        {model::LessonKind::WentWell, tr("What went &well")},
        {model::LessonKind::WentWrong, tr("What went wr&ong")},
        {model::LessonKind::GotLucky, tr("Where we got &lucky")},
    };
    for (const auto &[kind, title] : lists) {
        auto *table = new RowTable(document, Traits::typeIndex, page);
        table->setObjectName(QStringLiteral("lessons.") + model::enumKey(kind));
        table->proxy()->setColumnFilter(Traits::Kind, int(kind));
        table->view()->setRootIndex(table->proxy()->rowsRoot());
        table->setEditColumn(Traits::Text);
        table->setRowFactory([&document, kind = kind] {
            model::Lesson lesson;
            lesson.kind = kind;
            return model::commands::insertRow(document, lesson);
        });
        auto *view = table->view();
        view->setItemDelegateForColumn(Traits::Text, new BlamelessDelegate(&document, view));
        view->horizontalHeader()->hide();
        view->setColumnHidden(Traits::Kind, true);
        view->setWordWrap(true);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->setAccessibleName(QString(title).remove(QLatin1Char('&')));
        view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 3);
        table->setStretchColumn(Traits::Text);

        auto *label = new QLabel(title, page);
        auto labelFont = label->font();
        labelFont.setBold(true);
        label->setFont(labelFont);
        label->setBuddy(view);
        page->contentLayout()->addWidget(label);
        page->contentLayout()->addWidget(table, 1);
    }
}

void SectionPageFactory::buildActions(SectionPage *page, ReviewDocument &document)
{
    using Traits = model::RowTraits<model::ActionItem>;
    auto *table = new RowTable(document, Traits::typeIndex, page);
    table->setObjectName(QStringLiteral("actions"));
    table->setButtonTexts(tr("&Add action"), tr("&Remove action"));
    table->setEditColumn(Traits::Title);
    auto *view = table->view();
    setChoiceColumn(table, Traits::Type, enumChoices<model::ActionType>());
    setChoiceColumn(table, Traits::Priority, priorityChoices());
    setChoiceColumn(table, Traits::Status, enumChoices<model::ActionStatus>());
    setChoiceColumn(table, Traits::Visibility, enumChoices<model::Visibility>());
    view->setItemDelegateForColumn(Traits::Due, new OptionalDateDelegate(view));
    view->setItemDelegateForColumn(Traits::Title, new BlamelessDelegate(&document, view));
    table->fitColumn(Traits::Due, {QStringLiteral("2026-12-31")});
    table->fitColumn(Traits::Owner, {QStringLiteral("Olivia Schmitt")});
    table->fitColumn(Traits::Ticket, {QStringLiteral("CHK-1234")});
    table->setStretchColumn(Traits::Title);
    page->contentLayout()->addWidget(table, 1);
}

void SectionPageFactory::buildShare(SectionPage *page, ReviewDocument &document)
{
    auto *form = addForm(page);
    // Publishing with threads open, reviewers who have not approved or actions without an owner
    // or ticket is asked about first.
    auto *status = new QComboBox(page);
    status->setObjectName(model::fieldName(Field::Status));
    for (const auto &choice : enumChoices<model::Status>())
        status->addItem(choice.label, choice.value);
    bindComboBox(status, document, Field::Status, [status, &document](int value) {
        return value != int(model::Status::Published) || confirmPublishing(status, document);
    });
    form->addRow(tr("&Status:"), status);
    form->addRow(tr("&Who it goes to:"), lineEdit(page, document, Field::ShareAudience,
                                                  tr("Teams, customers or partners who receive the review")));

    auto *sections = new QGroupBox(tr("Sections in the customer version"), page);
    sections->setToolTip(tr("Checked sections are public; unchecked ones are internal and left out."));
    auto *grid = new QGridLayout(sections);
    grid->setHorizontalSpacing(24);
    const auto keys = model::allSections();
    const int perColumn = (int(keys.size()) + 2) / 3;
    for (int i = 0; i < keys.size(); ++i) {
        const auto field = model::visibilityField(keys.at(i));
        auto *box = new QCheckBox(model::enumLabel(keys.at(i)), sections);
        box->setObjectName(QStringLiteral("share.include.") + model::enumKey(keys.at(i)));
        bindPublicCheckBox(box, document, field);
        grid->addWidget(box, i % perColumn, i / perColumn);
    }
    grid->setColumnStretch(3, 1);
    page->contentLayout()->addWidget(sections);

    auto *signOff = new QGroupBox(tr("Reviewers and sign-off"), page);
    auto *signOffLayout = new QVBoxLayout(signOff);
    signOffLayout->addWidget(new SignOffPanel(document, signOff));
    page->contentLayout()->addWidget(signOff);

    addMarkdown(page, document, Field::Share, tr("&Notes on sharing"),
                tr("How and when the review is shared, and what readers should know."));
}

SectionPage *SectionPageFactory::create(ReviewDocument &document, int row, QWidget *parent)
{
    if (row == model::ReviewModel::AdditionalNotesRow) {
        auto *page = new SectionPage(document, std::nullopt, parent);
        page->contentLayout()->addWidget(new AdditionalNotesEditor(document, page), 1);
        return page;
    }
    const auto key = SectionKey(row);
    auto *page = new SectionPage(document, key, parent);
    switch (key) {
    case SectionKey::Authors:
        buildAuthors(page, document);
        break;
    case SectionKey::Summary:
        buildSummary(page, document);
        break;
    case SectionKey::Impact:
        buildImpact(page, document);
        break;
    case SectionKey::Detection:
        buildDetection(page, document);
        break;
    case SectionKey::Triage:
        buildTriage(page, document);
        break;
    case SectionKey::RootCauses:
        addMarkdown(page, document, Field::RootCauses, {},
                    tr("What made this possible: the contributing circumstances, the investigation, the "
                       "evidence."));
        break;
    case SectionKey::Resolution:
        page->contentLayout()->addWidget(new MetricsSummary(document, MetricsSummary::Figures::Resolution, page));
        addMarkdown(page, document, Field::Resolution, {},
                    tr("What was done to recover, and how the team confirmed the service was healthy."));
        break;
    case SectionKey::Timeline:
        buildTimeline(page, document);
        break;
    case SectionKey::Lessons:
        buildLessons(page, document);
        break;
    case SectionKey::Actions:
        buildActions(page, document);
        break;
    case SectionKey::Share:
        buildShare(page, document);
        break;
    }

    // Evidence goes after the section's own content, on every section: a screenshot pasted into
    // one of the page's texts, or files dropped on the page, become figures of this section.
    auto *figures = new FigureStrip(document, key, page);
    for (auto *edit : page->findChildren<MarkdownEdit *>())
        figures->attach(edit);
    figures->acceptDrops(page);
    page->contentLayout()->addSpacing(10);
    page->contentLayout()->addWidget(figures);
    return page;
}

} // namespace hindsight::editor
