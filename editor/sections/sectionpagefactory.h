// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class SectionPage;
struct EnumChoice;

// Builds the form of each section. Widgets that hold a value are named after the field they
// edit (model::fieldName(), "impact.user"), tables after their section key ("timeline"), so
// that tests and the main window can find them.
class SectionPageFactory final
{
    Q_DECLARE_TR_FUNCTIONS(SectionPageFactory)

public:
    // The page for a top-level row of the review model (a section, or the additional notes).
    static SectionPage *create(model::ReviewDocument &document, int row, QWidget *parent = nullptr);

private:
    static void buildAuthors(SectionPage *page, model::ReviewDocument &document);
    static void buildSummary(SectionPage *page, model::ReviewDocument &document);
    static void buildImpact(SectionPage *page, model::ReviewDocument &document);
    static void buildDetection(SectionPage *page, model::ReviewDocument &document);
    static void buildTriage(SectionPage *page, model::ReviewDocument &document);
    static void buildTimeline(SectionPage *page, model::ReviewDocument &document);
    static void buildLessons(SectionPage *page, model::ReviewDocument &document);
    static void buildActions(SectionPage *page, model::ReviewDocument &document);
    static void buildShare(SectionPage *page, model::ReviewDocument &document);
    static QList<EnumChoice> severityChoices();
    static QList<EnumChoice> priorityChoices();
};

} // namespace hindsight::editor
