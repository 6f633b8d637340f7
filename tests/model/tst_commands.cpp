// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands.h"
#include "model/reviewdocument.h"
#include "model/reviewfields.h"
#include "samplereview.h"

#include <QSignalSpy>
#include <QTest>

using namespace hindsight::model;

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandUndoesAndRedoes_data();
    void everyCommandUndoesAndRedoes();
    void figuresMakeASectionStarted();
    void typingMergesIntoOneStep();
    void typingBackToTheStartLeavesNoStep();
    void leavingTheFieldEndsTheStep();
    void eventsWithoutATimeAreRefused();
    void differentFieldsAreSeparateSteps();
    void cellTypingMergesPerCell();
    void undoRestoresRemovedRowsWithTheirIds();
    void fieldChangesAreSignalledOnUndo();
};

void TestCommands::everyCommandUndoesAndRedoes_data()
{
    QTest::addColumn<QString>("command");
    for (const char *name :
         {"setField", "insertRow", "removeRows", "setRowValue", "replaceRow", "modelInsert", "modelRemove",
          "insertImage", "insertChart", "removeFigure", "moveFigure", "captionFigure", "moveFigureToSection"})
        QTest::newRow(qPrintable(QStringLiteral("nominal: %1").arg(QLatin1StringView(name))))
            << QString::fromLatin1(name);
}

void TestCommands::everyCommandUndoesAndRedoes()
{
    QFETCH(QString, command);
    ReviewDocument document(hindsight::tests::fullReview());
    const Review before = document.review();
    const auto &review = document.review();

    if (command == QLatin1String("setField")) {
        commands::setField(document, Field::RootCauses, QStringLiteral("A new theory"));
    } else if (command == QLatin1String("insertRow")) {
        TimelineEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.text = QStringLiteral("Inserted");
        QVERIFY(commands::insertRow(document, event) > 0);
    } else if (command == QLatin1String("removeRows")) {
        commands::removeRows<Lesson>(document, {review.lessons.at(0).id, review.lessons.at(2).id});
    } else if (command == QLatin1String("setRowValue")) {
        commands::setRowValue<ActionItem>(document, review.actions.at(0).id, RowTraits<ActionItem>::Status,
                                          int(ActionStatus::Done));
    } else if (command == QLatin1String("replaceRow")) {
        auto person = review.authors.at(1);
        person.name = QStringLiteral("Renamed");
        person.contact = QStringLiteral("renamed@example.com");
        commands::replaceRow(document, person);
    } else if (command == QLatin1String("modelInsert")) {
        QVERIFY(document.model()->insertRows(0, 3, document.model()->sectionIndex(SectionKey::Authors)));
    } else if (command == QLatin1String("modelRemove")) {
        QVERIFY(document.model()->removeRows(0, 2, document.model()->sectionIndex(SectionKey::Timeline)));
    } else if (command == QLatin1String("insertImage")) {
        Figure image;
        image.section = SectionKey::Detection;
        image.image = hindsight::tests::screenshotPng(300, 200);
        image.caption = QStringLiteral("Alert as the on-call engineer saw it");
        QVERIFY(commands::insertRow(document, image, 0) > 0);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add image to detection"));
    } else if (command == QLatin1String("insertChart")) {
        Figure chart = review.figures.at(1);
        chart.series.first().points.append(QPointF(2e12, 1.0));
        QVERIFY(commands::insertRow(document, chart) > 0);
    } else if (command == QLatin1String("removeFigure")) {
        commands::removeRows<Figure>(document, {review.figures.at(0).id});
        QCOMPARE(review.figures.size(), 1);
    } else if (command == QLatin1String("moveFigure")) {
        const auto id = review.figures.at(0).id;
        commands::moveRow<Figure>(document, id, 1);
        QCOMPARE(review.figures.at(1).id, id);
    } else if (command == QLatin1String("captionFigure")) {
        commands::setRowValue<Figure>(document, review.figures.at(1).id, RowTraits<Figure>::Caption,
                                      QStringLiteral("New caption"));
    } else if (command == QLatin1String("moveFigureToSection")) {
        commands::setRowValue<Figure>(document, review.figures.at(0).id, RowTraits<Figure>::Section,
                                      int(SectionKey::Summary));
        QCOMPARE(review.figures.at(0).section, SectionKey::Summary);
    }
    const Review after = document.review();
    QVERIFY(after != before);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!document.undoStack()->undoText().isEmpty());

    document.undoStack()->undo();
    QCOMPARE(document.review(), before);
    document.undoStack()->redo();
    QCOMPARE(document.review(), after);
}

void TestCommands::figuresMakeASectionStarted()
{
    // A section with only a screenshot is begun, not empty; its text still makes it complete.
    ReviewDocument document;
    QCOMPARE(sectionState(document.review(), SectionKey::RootCauses), SectionState::Empty);
    Figure image;
    image.section = SectionKey::RootCauses;
    image.image = hindsight::tests::screenshotPng();
    const auto id = commands::insertRow(document, image);
    QCOMPARE(sectionState(document.review(), SectionKey::RootCauses), SectionState::Started);
    commands::setField(document, Field::RootCauses, QStringLiteral("The pool was too small."));
    QCOMPARE(sectionState(document.review(), SectionKey::RootCauses), SectionState::Complete);
    commands::moveRow<Figure>(document, id, 5); // out of range: nothing happens
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestCommands::typingMergesIntoOneStep()
{
    ReviewDocument document;
    QString text;
    for (const QChar c : QStringLiteral("Pool exhausted")) {
        text += c;
        commands::setField(document, Field::Summary, text);
    }
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.review().summary, QString());
    document.undoStack()->redo();
    QCOMPARE(document.review().summary, QStringLiteral("Pool exhausted"));
}

void TestCommands::typingBackToTheStartLeavesNoStep()
{
    ReviewDocument document;
    commands::setField(document, Field::Title, QStringLiteral("x"));
    commands::setField(document, Field::Title, QString());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestCommands::leavingTheFieldEndsTheStep()
{
    ReviewDocument document;
    commands::setField(document, Field::Summary, QStringLiteral("First"));
    commands::setField(document, Field::Summary, QStringLiteral("First draft"));
    document.endEditing();
    commands::setField(document, Field::Summary, QStringLiteral("First draft, later"));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.review().summary, QStringLiteral("First draft"));
}

void TestCommands::eventsWithoutATimeAreRefused()
{
    ReviewDocument document(hindsight::tests::fullReview());
    TimelineEvent event;
    event.text = QStringLiteral("No time");
    QCOMPARE(commands::insertRow(document, event), qint64(0));
    const auto id = document.review().timeline.first().id;
    commands::setRowValue<TimelineEvent>(document, id, RowTraits<TimelineEvent>::Time, QDateTime());
    QVERIFY(document.review().timeline.first().time.isValid());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestCommands::differentFieldsAreSeparateSteps()
{
    ReviewDocument document;
    commands::setField(document, Field::Title, QStringLiteral("Outage"));
    commands::setField(document, Field::Summary, QStringLiteral("Short"));
    commands::setField(document, Field::Title, QStringLiteral("Outage 2"));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QCOMPARE(document.review().title, QStringLiteral("Outage"));
    QCOMPARE(document.review().summary, QStringLiteral("Short"));
}

void TestCommands::cellTypingMergesPerCell()
{
    ReviewDocument document(hindsight::tests::fullReview());
    const auto id = document.review().authors.at(0).id;
    const auto other = document.review().authors.at(1).id;
    commands::setRowValue<Person>(document, id, RowTraits<Person>::Role, QStringLiteral("L"));
    commands::setRowValue<Person>(document, id, RowTraits<Person>::Role, QStringLiteral("Lead"));
    QCOMPARE(document.undoStack()->count(), 1);
    commands::setRowValue<Person>(document, other, RowTraits<Person>::Role, QStringLiteral("Scribe"));
    commands::setRowValue<Person>(document, id, RowTraits<Person>::Name, QStringLiteral("K."));
    QCOMPARE(document.undoStack()->count(), 3);
}

void TestCommands::undoRestoresRemovedRowsWithTheirIds()
{
    ReviewDocument document(hindsight::tests::fullReview());
    const auto events = document.review().timeline;
    commands::removeRows<TimelineEvent>(document, {events.at(0).id, events.at(1).id});
    QVERIFY(document.review().timeline.isEmpty());
    document.undoStack()->undo();
    QCOMPARE(document.review().timeline, events);
}

void TestCommands::fieldChangesAreSignalledOnUndo()
{
    ReviewDocument document;
    QSignalSpy spy(&document, &ReviewDocument::fieldChanged);
    commands::setField(document, Field::Severity, 1);
    document.undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<Field>(), Field::Severity);
    QCOMPARE(fieldValue(document.review(), Field::Severity).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
