// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sections/sectioneditor.h"
#include "editor/widgets/markdownedit.h"
#include "editor/widgets/optionaldatetimeedit.h"
#include "editor/widgets/rowtable.h"
#include "editor/widgets/sectionrowsproxy.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/reviewfields.h"
#include "model/reviewmodel.h"
#include "model/rows.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using model::Field;
using model::SectionKey;

namespace {

// QTest::keyClicks() takes ASCII only; other characters arrive as text, as from an input
// method. '\n' is Return and '\b' Backspace.
void typeText(QWidget *widget, const QString &text)
{
    for (const auto ch : text) {
        if (ch == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else if (ch == QLatin1Char('\b'))
            QTest::keyClick(widget, Qt::Key_Backspace);
        else if (ch.unicode() < 128)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// Clicks into a text input the way a person does, so that it has the focus.
void clickInto(QWidget *widget)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        QTest::mouseClick(plain->viewport(), Qt::LeftButton);
    else
        QTest::mouseClick(widget, Qt::LeftButton);
}

// Picks an item of a closed combo box with the arrow keys, as a keyboard user does.
bool chooseByKeyboard(QComboBox *combo, const QVariant &value)
{
    const int target = combo->findData(value);
    if (target < 0)
        return false;
    combo->setFocus(Qt::TabFocusReason);
    for (int presses = 0; combo->currentIndex() != target && presses < combo->count(); ++presses)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return combo->currentIndex() == target;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Return in a cell editor commits and closes it on the next pass of the event loop.
void commitCell(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// Opens the cell editor of a row with F2, as a keyboard user does; returns the editor.
QWidget *openEditor(editor::RowTable *table, qint64 id, int column)
{
    auto *view = table->view();
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(table->indexOfId(id, column));
    QTest::keyClick(view, Qt::Key_F2);
    return focused() == view ? nullptr : focused();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

struct TypedText
{
    SectionKey section;
    Field field;
    QString text;
};

} // namespace

class TestSectionEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillEverySectionAndReopen();
    void figures_data();
    void figures();
    void undoRefreshesWithoutPushing();
    void impactPartVisibilityByKeyboard_data();
    void impactPartVisibilityByKeyboard();
    void readOnlyDocument();
    void followsDocument();

private:
    template <typename T>
    static T *find(const QWidget &root, const QString &name)
    {
        return root.findChild<T *>(name);
    }
};

void TestSectionEditor::fillEverySectionAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto path = dir.filePath(QStringLiteral("checkout.hindsight"));

    const QList<TypedText> texts{
        {SectionKey::Summary, Field::Title, QStringLiteral("Checkout API returned 502 after a pool change")},
        {SectionKey::Summary, Field::Summary,
         QStringLiteral("On **Tuesday** the checkout API answered 502.\n\nThe pool had shrunk to 20 – Ünïcödé ✓")},
        {SectionKey::Impact, Field::ImpactUser, QStringLiteral("- A third of checkouts failed.")},
        {SectionKey::Impact, Field::ImpactBusiness, QStringLiteral("About 41,800 EUR lost.")},
        {SectionKey::Impact, Field::ImpactTeam, QStringLiteral("Six people pulled in; nobody paged at night.")},
        {SectionKey::Detection, Field::Detection, QStringLiteral("`CheckoutApi5xxRateHigh` paged at 13:41.")},
        {SectionKey::Triage, Field::Triage, QStringLiteral("1. Checked the deploy log.\n2. Declared SEV2.")},
        {SectionKey::RootCauses, Field::RootCauses, QStringLiteral("### What happened\n\n```yaml\npool: 20\n```")},
        {SectionKey::Resolution, Field::Resolution, QStringLiteral("Reverted through the pipeline.")},
        {SectionKey::Share, Field::ShareAudience,
         QStringLiteral("Engineering, support; partners get the customer version")},
        {SectionKey::Share, Field::Share, QStringLiteral("Committed to the postmortems repository.")},
    };
    QDateTime addedFrom;
    QDateTime addedUntil;
    {
        auto created = model::ReviewDocument::create(path);
        QVERIFY2(created.document, qPrintable(created.error));
        auto document = std::move(created.document);
        auto sectionEditor = std::make_unique<editor::SectionEditor>();
        auto &editor = *sectionEditor;
        editor.setDocument(document.get());
        editor.resize(1200, 860);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        // Texts and line edits.
        for (const auto &typed : texts) {
            editor.showSection(int(typed.section));
            auto *input = find<QWidget>(editor, model::fieldName(typed.field));
            QVERIFY2(input, qPrintable(model::fieldName(typed.field)));
            QVERIFY(input->isVisible());
            clickInto(input);
            QCOMPARE(focused(), input);
            typeText(input, typed.text);
        }

        // Impact figures.
        editor.showSection(int(SectionKey::Impact));
        auto *users = find<QLineEdit>(editor, QStringLiteral("impact.usersAffected"));
        auto *revenue = find<QLineEdit>(editor, QStringLiteral("impact.revenueLost"));
        auto *currency = find<QComboBox>(editor, QStringLiteral("impact.currency"));
        QVERIFY(users && revenue && currency);
        clickInto(users);
        typeText(users, QStringLiteral("8430"));
        clickInto(revenue);
        typeText(revenue, QStringLiteral("41800.5"));
        clickInto(currency->lineEdit());
        typeText(currency->lineEdit(), QStringLiteral("CHF"));
        for (const auto *name : {"impact.slaBreached", "impact.dataLost"}) {
            auto *box = find<QCheckBox>(editor, QLatin1StringView(name));
            QVERIFY(box);
            QTest::mouseClick(box, Qt::LeftButton);
        }

        // Detection: method, time, text (above).
        editor.showSection(int(SectionKey::Detection));
        QVERIFY(chooseByKeyboard(find<QComboBox>(editor, QStringLiteral("detection.method")),
                                 int(model::DetectionMethod::CustomerReport)));
        auto *detectionTime = find<editor::OptionalDateTimeEdit>(editor, QStringLiteral("detection.time"));
        QVERIFY(detectionTime);
        QVERIFY(!detectionTime->dateTimeEdit()->isEnabled());
        QTest::mouseClick(detectionTime->knownBox(), Qt::LeftButton);
        QVERIFY(document->review().detection.time.isValid());
        detectionTime->dateTimeEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(detectionTime->dateTimeEdit(), QStringLiteral("20230314134107"));
        QCOMPARE(document->review().detection.time, utc(2023, 3, 14, 13, 41, 7));

        // Triage: severity.
        editor.showSection(int(SectionKey::Triage));
        QVERIFY(chooseByKeyboard(find<QComboBox>(editor, QStringLiteral("severity")), 2));

        // Authors: Add, then Insert on the table, then Delete removes a row again.
        editor.showSection(int(SectionKey::Authors));
        auto *authors = find<editor::RowTable>(editor, QStringLiteral("authors"));
        QVERIFY(authors);
        QTest::mouseClick(authors->addButton(), Qt::LeftButton);
        QVERIFY(qobject_cast<QLineEdit *>(focused()));
        typeText(focused(), QStringLiteral("Katrin Meier"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(focused(), QStringLiteral("Incident leader"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(focused(), QStringLiteral("katrin.meier@example.com"));
        commitCell(focused());
        QCOMPARE(focused(), authors->view());
        QTest::keyClick(authors->view(), Qt::Key_Insert);
        typeText(focused(), QStringLiteral("Jonas Vogel"));
        commitCell(focused());
        QTest::keyClick(authors->view(), Qt::Key_Insert);
        typeText(focused(), QStringLiteral("Typo"));
        commitCell(focused());
        QCOMPARE(document->review().authors.size(), 3);
        QTest::keyClick(authors->view(), Qt::Key_Delete);
        QCOMPARE(document->review().authors.size(), 2);

        // Timeline: Add inserts "now" and opens the text; a second event is edited cell by cell
        // through the delegates, and moves to its sorted place.
        editor.showSection(int(SectionKey::Timeline));
        QVERIFY(chooseByKeyboard(find<QComboBox>(editor, QStringLiteral("timeline.visibility")),
                                 int(model::Visibility::Internal)));
        auto *timeline = find<editor::RowTable>(editor, QStringLiteral("timeline"));
        QVERIFY(timeline);
        addedFrom = QDateTime::currentDateTimeUtc().addSecs(-1);
        QTest::mouseClick(timeline->addButton(), Qt::LeftButton);
        addedUntil = QDateTime::currentDateTimeUtc().addSecs(1);
        QVERIFY(qobject_cast<QLineEdit *>(focused()));
        typeText(focused(), QStringLiteral("Revert rolled out"));
        commitCell(focused());
        QTest::keyClick(timeline->view(), Qt::Key_Insert);
        typeText(focused(), QStringLiteral("5xx rate starts climbing"));
        commitCell(focused());
        QCOMPARE(document->review().timeline.size(), 2);

        using Event = model::RowTraits<model::TimelineEvent>;
        const auto id = document->review().timeline.last().id;
        auto *timeEdit = qobject_cast<QDateTimeEdit *>(openEditor(timeline, id, Event::Time));
        QVERIFY(timeEdit);
        QTest::keyClicks(timeEdit, QStringLiteral("20230314130600"));
        commitCell(timeEdit);
        QCOMPARE(document->review().timeline.last().time, utc(2023, 3, 14, 13, 6));
        QCOMPARE(timeline->indexOfId(id).row(), 0); // sorted by time
        const QList<std::pair<int, int>> choices{{Event::Kind, int(model::EventKind::Discovery)},
                                                 {Event::Milestone, int(model::Milestone::Started)},
                                                 {Event::Visibility, int(model::Visibility::Internal)},
                                                 {Event::Precision, int(model::TimePrecision::Minute)}};
        for (const auto &[column, value] : choices) {
            auto *combo = qobject_cast<QComboBox *>(openEditor(timeline, id, column));
            QVERIFY2(combo, qPrintable(Event::header(column)));
            QVERIFY(chooseByKeyboard(combo, value));
            commitCell(combo);
        }
        auto *author = qobject_cast<QLineEdit *>(openEditor(timeline, id, Event::Author));
        QVERIFY(author);
        typeText(author, QStringLiteral("Katrin Meier"));
        commitCell(author);
        QVERIFY(!(timeline->indexOfId(id, Event::Source).flags() & Qt::ItemIsEditable));

        // Lessons: one in each list.
        editor.showSection(int(SectionKey::Lessons));
        const QList<std::pair<model::LessonKind, QString>> lessons{
            {model::LessonKind::WentWell, QStringLiteral("The alert paged within three minutes.")},
            {model::LessonKind::WentWrong, QStringLiteral("Pool saturation had no alert.")},
            {model::LessonKind::GotLucky, QStringLiteral("The promotion was not at peak time.")}};
        for (const auto &[kind, text] : lessons) {
            auto *list = find<editor::RowTable>(editor, QStringLiteral("lessons.") + model::enumKey(kind));
            QVERIFY(list);
            QTest::mouseClick(list->addButton(), Qt::LeftButton);
            QVERIFY(qobject_cast<QLineEdit *>(focused()));
            typeText(focused(), text);
            commitCell(focused());
            QCOMPARE(list->proxy()->rowCount(list->view()->rootIndex()), 1);
        }

        // Actions: every column in one pass with Tab, as a keyboard user fills a row.
        editor.showSection(int(SectionKey::Actions));
        auto *actions = find<editor::RowTable>(editor, QStringLiteral("actions"));
        QVERIFY(actions);
        QTest::mouseClick(actions->addButton(), Qt::LeftButton);
        typeText(focused(), QStringLiteral("Alert on pooler saturation"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QVERIFY(chooseByKeyboard(qobject_cast<QComboBox *>(focused()), int(model::ActionType::Preventive)));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(focused(), QStringLiteral("Olivia Schmitt"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(focused(), QStringLiteral("CHK-1236"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QVERIFY(chooseByKeyboard(qobject_cast<QComboBox *>(focused()), 2));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QVERIFY(focused()->inherits("hindsight::editor::OptionalDateEdit"));
        QTest::keyClicks(focused(), QStringLiteral("20261201"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QVERIFY(chooseByKeyboard(qobject_cast<QComboBox *>(focused()), int(model::ActionStatus::InProgress)));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QVERIFY(chooseByKeyboard(qobject_cast<QComboBox *>(focused()), int(model::Visibility::Internal)));
        commitCell(focused());

        // Share it: status and which sections the customer version contains.
        editor.showSection(int(SectionKey::Share));
        QVERIFY(chooseByKeyboard(find<QComboBox>(editor, QStringLiteral("status")), int(model::Status::Reviewed)));
        auto *includeAuthors = find<QCheckBox>(editor, QStringLiteral("share.include.authors"));
        QVERIFY(includeAuthors && !includeAuthors->isChecked());
        QTest::mouseClick(includeAuthors, Qt::LeftButton);
        // The timeline was made internal on its own page: this list shows it.
        QVERIFY(!find<QCheckBox>(editor, QStringLiteral("share.include.timeline"))->isChecked());

        // Additional notes: Add puts the focus on the new note's heading.
        editor.showSection(model::ReviewModel::AdditionalNotesRow);
        auto *notes = find<editor::RowTable>(editor, QStringLiteral("additional"));
        QVERIFY(notes);
        QTest::mouseClick(notes->addButton(), Qt::LeftButton);
        auto *heading = find<QLineEdit>(editor, QStringLiteral("additional.heading"));
        QCOMPARE(focused(), heading);
        typeText(heading, QStringLiteral("Glossary"));
        QVERIFY(chooseByKeyboard(find<QComboBox>(editor, QStringLiteral("additional.visibility")),
                                 int(model::Visibility::Public)));
        auto *noteText = find<editor::MarkdownEdit>(editor, QStringLiteral("additional.markdown"));
        clickInto(noteText);
        typeText(noteText, QStringLiteral("- **PgBouncer**: a connection pooler"));

        // Destroying the document writes what is pending.
        sectionEditor.reset();
        document.reset();
    }

    auto reopened = model::ReviewDocument::open(path);
    QVERIFY2(reopened.document, qPrintable(reopened.error));
    QVERIFY(!reopened.document->isReadOnly());
    const auto &review = reopened.document->review();

    QCOMPARE(review.title, texts.at(0).text);
    QCOMPARE(review.summary, texts.at(1).text);
    QCOMPARE(review.impact.user, texts.at(2).text);
    QCOMPARE(review.impact.business, texts.at(3).text);
    QCOMPARE(review.impact.team, texts.at(4).text);
    QCOMPARE(review.detection.markdown, texts.at(5).text);
    QCOMPARE(review.triage, texts.at(6).text);
    QCOMPARE(review.rootCauses, texts.at(7).text);
    QCOMPARE(review.resolution, texts.at(8).text);
    QCOMPARE(review.shareAudience, texts.at(9).text);
    QCOMPARE(review.share, texts.at(10).text);

    QCOMPARE(review.impact.usersAffected, std::optional<qint64>(8430));
    QCOMPARE(review.impact.revenueLost, std::optional<double>(41800.5));
    QCOMPARE(review.impact.currency, QStringLiteral("CHF"));
    QCOMPARE(review.impact.slaBreached, true);
    QCOMPARE(review.impact.dataLost, true);
    QCOMPARE(review.impact.dataCompromised, false);

    QCOMPARE(review.detection.method, model::DetectionMethod::CustomerReport);
    QCOMPARE(review.detection.time, utc(2023, 3, 14, 13, 41, 7));
    QCOMPARE(review.severity, 2);
    QCOMPARE(review.status, model::Status::Reviewed);

    auto visibility = model::Review::defaultVisibility();
    visibility[int(SectionKey::Authors)] = model::Visibility::Public;
    visibility[int(SectionKey::Timeline)] = model::Visibility::Internal;
    for (const auto key : model::allSections())
        QCOMPARE(review.visibility[int(key)], visibility[int(key)]);

    QCOMPARE(review.authors.size(), 2);
    QCOMPARE(review.authors.at(0).name, QStringLiteral("Katrin Meier"));
    QCOMPARE(review.authors.at(0).role, QStringLiteral("Incident leader"));
    QCOMPARE(review.authors.at(0).contact, QStringLiteral("katrin.meier@example.com"));
    QCOMPARE(review.authors.at(1).name, QStringLiteral("Jonas Vogel"));

    QCOMPARE(review.timeline.size(), 2);
    const auto &revert = review.timeline.at(0);
    QCOMPARE(revert.text, QStringLiteral("Revert rolled out"));
    QVERIFY2(revert.time >= addedFrom && revert.time <= addedUntil, qPrintable(revert.time.toString(Qt::ISODate)));
    QCOMPARE(revert.source, model::EventSource::Table);
    const auto &climbing = review.timeline.at(1);
    QCOMPARE(climbing.text, QStringLiteral("5xx rate starts climbing"));
    QCOMPARE(climbing.time, utc(2023, 3, 14, 13, 6));
    QCOMPARE(climbing.kind, model::EventKind::Discovery);
    QCOMPARE(climbing.milestone, model::Milestone::Started);
    QCOMPARE(climbing.visibility, model::Visibility::Internal);
    QCOMPARE(climbing.precision, model::TimePrecision::Minute);
    QCOMPARE(climbing.author, QStringLiteral("Katrin Meier"));

    QCOMPARE(review.lessons.size(), 3);
    QCOMPARE(review.lessons.at(0).kind, model::LessonKind::WentWell);
    QCOMPARE(review.lessons.at(0).text, QStringLiteral("The alert paged within three minutes."));
    QCOMPARE(review.lessons.at(1).kind, model::LessonKind::WentWrong);
    QCOMPARE(review.lessons.at(1).text, QStringLiteral("Pool saturation had no alert."));
    QCOMPARE(review.lessons.at(2).kind, model::LessonKind::GotLucky);
    QCOMPARE(review.lessons.at(2).text, QStringLiteral("The promotion was not at peak time."));

    QCOMPARE(review.actions.size(), 1);
    const auto &action = review.actions.first();
    QCOMPARE(action.title, QStringLiteral("Alert on pooler saturation"));
    QCOMPARE(action.type, model::ActionType::Preventive);
    QCOMPARE(action.owner, QStringLiteral("Olivia Schmitt"));
    QCOMPARE(action.ticket, QStringLiteral("CHK-1236"));
    QCOMPARE(action.priority, 2);
    QCOMPARE(action.due, QDate(2026, 12, 1));
    QCOMPARE(action.status, model::ActionStatus::InProgress);
    QCOMPARE(action.visibility, model::Visibility::Internal);

    QCOMPARE(review.additional.size(), 1);
    QCOMPARE(review.additional.first().heading, QStringLiteral("Glossary"));
    QCOMPARE(review.additional.first().markdown, QStringLiteral("- **PgBouncer**: a connection pooler"));
    QCOMPARE(review.additional.first().visibility, model::Visibility::Public);
}

void TestSectionEditor::figures_data()
{
    QTest::addColumn<QString>("usersKeys");
    QTest::addColumn<QString>("revenueKeys");
    QTest::addColumn<QVariant>("users");
    QTest::addColumn<QVariant>("revenue");

    QTest::newRow("nominal: whole figures")
        << QStringLiteral("48211") << QStringLiteral("12000") << QVariant(qint64(48211)) << QVariant(12000.0);
    QTest::newRow("nominal: revenue with cents")
        << QStringLiteral("7") << QStringLiteral("99.95") << QVariant(qint64(7)) << QVariant(99.95);
    QTest::newRow("unknown: left empty") << QString() << QString() << QVariant() << QVariant();
    QTest::newRow("unknown: typed, then erased")
        << QStringLiteral("12\b\b") << QStringLiteral("3.5\b\b\b") << QVariant() << QVariant();
    QTest::newRow("robustness: letters are not accepted")
        << QStringLiteral("1x2") << QStringLiteral("abc") << QVariant(qint64(12)) << QVariant();
}

void TestSectionEditor::figures()
{
    QFETCH(QString, usersKeys);
    QFETCH(QString, revenueKeys);
    QFETCH(QVariant, users);
    QFETCH(QVariant, revenue);
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("figures.hindsight"));
    {
        auto created = model::ReviewDocument::create(path);
        QVERIFY(created.document);
        editor::SectionEditor editor;
        editor.setDocument(created.document.get());
        editor.showSection(int(SectionKey::Impact));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *usersEdit = find<QLineEdit>(editor, QStringLiteral("impact.usersAffected"));
        auto *revenueEdit = find<QLineEdit>(editor, QStringLiteral("impact.revenueLost"));
        typeText(usersEdit, usersKeys);
        typeText(revenueEdit, revenueKeys);
        QCOMPARE(model::fieldValue(created.document->review(), Field::UsersAffected), users);
    }
    auto reopened = model::ReviewDocument::open(path);
    QVERIFY(reopened.document);
    QCOMPARE(model::fieldValue(reopened.document->review(), Field::UsersAffected), users);
    QCOMPARE(model::fieldValue(reopened.document->review(), Field::RevenueLost), revenue);
}

void TestSectionEditor::undoRefreshesWithoutPushing()
{
    model::ReviewDocument document;
    editor::SectionEditor editor;
    editor.setDocument(&document);
    editor.showSection(int(SectionKey::Summary));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *undo = document.undoStack();

    auto *title = find<QLineEdit>(editor, QStringLiteral("title"));
    typeText(title, QStringLiteral("Checkout outage"));
    QCOMPARE(undo->count(), 1); // typing merges
    // Ctrl+Z in the line edit is the document's undo, not the line edit's own.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QString());
    QCOMPARE(document.review().title, QString());
    QCOMPARE(undo->count(), 1);
    QVERIFY(undo->canRedo());
    undo->redo();
    QCOMPARE(title->text(), QStringLiteral("Checkout outage"));

    editor.showSection(int(SectionKey::Impact));
    auto *sla = find<QCheckBox>(editor, QStringLiteral("impact.slaBreached"));
    QTest::mouseClick(sla, Qt::LeftButton);
    QVERIFY(document.review().impact.slaBreached);
    undo->undo();
    QVERIFY(!sla->isChecked());
    QVERIFY(undo->canRedo());

    editor.showSection(int(SectionKey::Triage));
    auto *severity = find<QComboBox>(editor, QStringLiteral("severity"));
    QVERIFY(chooseByKeyboard(severity, 3));
    QCOMPARE(document.review().severity, 3);
    undo->undo();
    QCOMPARE(severity->currentData().toInt(), 0);
    QCOMPARE(document.review().severity, 0);
    QVERIFY(undo->canRedo());
}

void TestSectionEditor::impactPartVisibilityByKeyboard_data()
{
    QTest::addColumn<int>("part");
    for (const auto part : model::enumValues<model::ImpactPart>())
        QTest::newRow(qPrintable(QStringLiteral("visibility: %1").arg(model::enumKey(part)))) << int(part);
}

// Each part of the Impact section has a box that says whether the customer version shows it,
// reached with Tab from the part before it, toggled with Space, and undone as one step.
void TestSectionEditor::impactPartVisibilityByKeyboard()
{
    QFETCH(int, part);
    model::ReviewDocument document;
    editor::SectionEditor editor;
    editor.setDocument(&document);
    editor.showSection(int(SectionKey::Impact));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const auto field = model::visibilityField(model::ImpactPart(part));
    auto *box = find<QCheckBox>(editor, model::fieldName(field));
    QVERIFY(box);
    const auto before = model::Review().impact.visibility[part];
    QCOMPARE(box->isChecked(), before == model::Visibility::Public);
    // The widget before the box in the tab order hands the focus on to it.
    QWidget *previous = box->previousInFocusChain();
    while (previous && !(previous->focusPolicy() & Qt::TabFocus))
        previous = previous->previousInFocusChain();
    QVERIFY(previous);
    previous->setFocus(Qt::TabFocusReason);
    // Tab indents in a text editor; Ctrl+Tab is the way out of it.
    const bool text = previous->inherits("hindsight::editor::MarkdownEdit");
    QTest::keyClick(previous, Qt::Key_Tab, text ? Qt::ControlModifier : Qt::NoModifier);
    QCOMPARE(focused(), box);
    QTest::keyClick(box, Qt::Key_Space);
    const auto after = before == model::Visibility::Public ? model::Visibility::Internal : model::Visibility::Public;
    QCOMPARE(document.review().impact.visibility[part], after);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.review().impact.visibility[part], before);
    QCOMPARE(box->isChecked(), before == model::Visibility::Public);
}

void TestSectionEditor::readOnlyDocument()
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("locked.hindsight"));
    model::Review review;
    review.title = QStringLiteral("Checkout outage");
    review.summary = QStringLiteral("The pool shrank to 20.");
    review.severity = 2;
    review.impact.slaBreached = true;
    model::TimelineEvent event;
    event.time = utc(2023, 3, 14, 13, 5);
    event.text = QStringLiteral("Pool change rolled out");
    review.timeline = {event};
    review.additional = {{0, QStringLiteral("Glossary"), QStringLiteral("PgBouncer"), model::Visibility::Public}};
    auto first = model::ReviewDocument::create(path, review); // holds the file's lock
    QVERIFY(first.document);
    auto second = model::ReviewDocument::open(path);
    QVERIFY(second.document);
    QVERIFY(second.document->isReadOnly());
    auto &document = *second.document;

    editor::SectionEditor editor;
    editor.setDocument(&document);
    editor.resize(1000, 700);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));

    editor.showSection(int(SectionKey::Summary));
    auto *summary = find<editor::MarkdownEdit>(editor, QStringLiteral("summary.markdown"));
    QCOMPARE(summary->toPlainText(), review.summary);
    QVERIFY(summary->isReadOnly());
    typeText(summary, QStringLiteral("more"));
    auto *title = find<QLineEdit>(editor, QStringLiteral("title"));
    QCOMPARE(title->text(), review.title);
    QVERIFY(title->isReadOnly());
    typeText(title, QStringLiteral("more"));
    QVERIFY(!find<QComboBox>(editor, QStringLiteral("summary.visibility"))->isEnabled());

    editor.showSection(int(SectionKey::Impact));
    auto *sla = find<QCheckBox>(editor, QStringLiteral("impact.slaBreached"));
    QVERIFY(sla->isChecked());
    QVERIFY(!sla->isEnabled());
    QVERIFY(find<QLineEdit>(editor, QStringLiteral("impact.usersAffected"))->isReadOnly());

    editor.showSection(int(SectionKey::Triage));
    auto *severity = find<QComboBox>(editor, QStringLiteral("severity"));
    QCOMPARE(severity->currentData().toInt(), 2);
    QVERIFY(!severity->isEnabled());

    editor.showSection(int(SectionKey::Timeline));
    auto *timeline = find<editor::RowTable>(editor, QStringLiteral("timeline"));
    auto *view = timeline->view();
    const auto root = view->rootIndex();
    QCOMPARE(view->model()->rowCount(root), 1);
    for (int column = 0; column < view->model()->columnCount(root); ++column)
        QVERIFY(!(view->model()->index(0, column, root).flags() & Qt::ItemIsEditable));
    QCOMPARE(view->model()->index(0, model::RowTraits<model::TimelineEvent>::Text, root).data().toString(), event.text);
    QVERIFY(!timeline->addButton()->isEnabled());
    QVERIFY(!timeline->removeButton()->isEnabled());
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(view->model()->index(0, 0, root));
    QTest::keyClick(view, Qt::Key_Insert);
    QTest::keyClick(view, Qt::Key_F2);
    QCOMPARE(focused(), view); // no cell editor opened
    QTest::keyClick(view, Qt::Key_Delete);

    editor.showSection(model::ReviewModel::AdditionalNotesRow);
    auto *heading = find<QLineEdit>(editor, QStringLiteral("additional.heading"));
    QCOMPARE(heading->text(), QStringLiteral("Glossary"));
    QVERIFY(heading->isReadOnly());
    auto *noteText = find<editor::MarkdownEdit>(editor, QStringLiteral("additional.markdown"));
    QCOMPARE(noteText->toPlainText(), QStringLiteral("PgBouncer"));
    QVERIFY(noteText->isReadOnly());

    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.review().title, review.title);
    QCOMPARE(document.review().summary, review.summary);
    QCOMPARE(document.review().timeline.size(), 1);
    QVERIFY(!document.hasPendingChanges());
}

void TestSectionEditor::followsDocument()
{
    model::Review first;
    first.summary = QStringLiteral("First review");
    model::Review second;
    second.summary = QStringLiteral("Second review");
    model::ReviewDocument firstDocument(first);
    auto secondDocument = std::make_unique<model::ReviewDocument>(second);

    editor::SectionEditor editor;
    QSignalSpy changes(&editor, &editor::SectionEditor::currentSectionChanged);
    editor.setDocument(&firstDocument);
    editor.showSection(int(SectionKey::Summary));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.takeFirst().first().toInt(), int(SectionKey::Summary));
    editor.showSection(int(SectionKey::Summary));
    QCOMPARE(changes.size(), 0);
    editor.showSection(-1);
    editor.showSection(model::ReviewModel::AdditionalNotesRow + 1);
    QCOMPARE(editor.currentSection(), int(SectionKey::Summary));
    QCOMPARE(find<editor::MarkdownEdit>(editor, QStringLiteral("summary.markdown"))->toPlainText(), first.summary);

    editor.setDocument(nullptr);
    QCOMPARE(find<editor::MarkdownEdit>(editor, QStringLiteral("summary.markdown")), nullptr);
    QCOMPARE(editor.currentSection(), int(SectionKey::Summary));

    editor.setDocument(secondDocument.get());
    QCOMPARE(find<editor::MarkdownEdit>(editor, QStringLiteral("summary.markdown"))->toPlainText(), second.summary);

    // A document that goes away takes its pages with it.
    secondDocument.reset();
    QCOMPARE(editor.document(), nullptr);
    QCOMPARE(find<editor::MarkdownEdit>(editor, QStringLiteral("summary.markdown")), nullptr);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
}

QTEST_MAIN(TestSectionEditor)
#include "tst_sectioneditor.moc"
