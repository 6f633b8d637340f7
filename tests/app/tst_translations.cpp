// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/documentsession.h"
#include "app/mainwindow.h"
#include "app/translations.h"
#include "editor/charts/chartfigurerenderer.h"
#include "editor/sections/sectionlistview.h"
#include "editor/widgets/rowtable.h"
#include "export/html/htmlexporter.h"
#include "export/json/jsonformat.h"
#include "export/markdown/markdownexporter.h"
#include "import/json/jsonimporter.h"
#include "import/markdown/markdownimporter.h"
#include "model/commands.h"
#include "model/reviewdocument.h"
#include "model/rows.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace hindsight;

namespace {

const QString Sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");
const QString Catalogue = QStringLiteral(HINDSIGHT_SOURCE_DIR "/translations/hindsight_de.ts");

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (message.numerus) {
                // Read the <numerusform> children up to </translation>.
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// Every text a person reads in the window's chrome: menus, actions, labels, buttons, group
// titles, dock titles, placeholders, choices, tooltips and table headers. Not the review's own
// data.
QStringList chromeTexts(const QWidget *window)
{
    QStringList texts;
    for (const auto *action : window->findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    for (const auto *menu : window->findChildren<QMenu *>()) {
        texts << menu->title();
        for (const auto *action : menu->actions())
            texts << action->text();
    }
    // Some labels show the review's own data (its title, the metrics); no such text is a
    // catalogue text, so they need not be told apart.
    for (const auto *label : window->findChildren<QLabel *>())
        texts << label->text();
    for (const auto *button : window->findChildren<QAbstractButton *>())
        texts << button->text();
    for (const auto *box : window->findChildren<QGroupBox *>())
        texts << box->title();
    for (const auto *dock : window->findChildren<QDockWidget *>())
        texts << dock->windowTitle();
    for (const auto *edit : window->findChildren<QLineEdit *>())
        texts << edit->placeholderText();
    for (const auto *combo : window->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    for (const auto *widget : window->findChildren<QWidget *>())
        texts << widget->toolTip() << widget->accessibleName();
    for (const auto *view : window->findChildren<QTableView *>()) {
        const auto *model = view->model();
        for (int column = 0; model && column < view->horizontalHeader()->count(); ++column)
            texts << model->headerData(column, Qt::Horizontal).toString();
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sourceLanguageNeedsNoCatalogue_data();
    void sourceLanguageNeedsNoCatalogue();
    void catalogueTranslatesEveryText_data();
    void catalogueTranslatesEveryText();
    void qtCatalogueTranslatesStandardButtons();
    void mainWindowIsGerman();
    void noChromeTextIsLeftInEnglish();
    void germanMarkdownExportReadsBack();
    void germanHtmlExportSaysItsLanguage();

private:
    QHash<QString, QString> m_translatedSources; // English source -> German, where they differ
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QApplication::setApplicationName(QStringLiteral("Hindsight translation tests"));
    QSettings().clear();

    const auto installed = app::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::German));
    QCOMPARE(installed.language, QStringLiteral("de"));

    const auto messages = readCatalogue(Catalogue);
    QVERIFY2(!messages.isEmpty(), qPrintable(Catalogue));
    for (const auto &message : messages) {
        if (!message.numerus && message.translations.value(0) != message.source)
            m_translatedSources.insert(message.source, message.translations.value(0));
    }
}

void TestTranslations::cleanup()
{
    // Deleted rather than closed: closing asks what to do with the untitled review the sample
    // was imported into.
    QList<QPointer<app::MainWindow>> windows;
    for (auto *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<app::MainWindow *>(widget))
            windows.append(window);
    }
    for (const auto &window : std::as_const(windows))
        delete window.data();
    QDir(app::DocumentSession::untitledFolder()).removeRecursively();
}

void TestTranslations::sourceLanguageNeedsNoCatalogue_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("nominal: English (United States)") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("nominal: English (United Kingdom)") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("nominal: the C locale of scripts and tests") << QLocale::c();
    QTest::newRow("robustness: a language without a catalogue") << QLocale(QLocale::Japanese);
}

void TestTranslations::sourceLanguageNeedsNoCatalogue()
{
    QFETCH(QLocale, locale);
    QCoreApplication *application = QCoreApplication::instance();
    const int childrenBefore = int(application->children().size());
    const auto installed = app::installTranslators(*application, locale);
    QVERIFY(installed.language.isEmpty());
    QVERIFY(!installed.qt);
    // Nothing was installed, and nothing was left behind.
    QCOMPARE(int(application->children().size()), childrenBefore);
}

void TestTranslations::catalogueTranslatesEveryText_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("translations");

    const auto messages = readCatalogue(Catalogue);
    QVERIFY(messages.size() > 500);
    for (const auto &message : messages) {
        if (message.type == u"vanished" || message.type == u"obsolete")
            continue;
        const QString row = message.context + QStringLiteral(": ") + message.source.simplified().left(60);
        QTest::newRow(qPrintable(row)) << message.context << message.source << message.comment << message.numerus
                                       << message.type << message.translations;
    }
}

// The embedded catalogue is the committed .ts, finished: every text has a German translation
// that keeps the placeholders of its source, and the running program finds it.
void TestTranslations::catalogueTranslatesEveryText()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, comment);
    QFETCH(bool, numerus);
    QFETCH(QString, type);
    QFETCH(QStringList, translations);

    QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("translation is %1").arg(type)));
    QCOMPARE(translations.size(), numerus ? 2 : 1);
    const auto contextBytes = context.toUtf8();
    const auto sourceBytes = source.toUtf8();
    const auto commentBytes = comment.toUtf8();
    const char *disambiguation = comment.isEmpty() ? nullptr : commentBytes.constData();
    for (qsizetype form = 0; form < translations.size(); ++form) {
        const auto &translation = translations.at(form);
        QVERIFY(!translation.trimmed().isEmpty());
        QCOMPARE(placeholders(translation), placeholders(source));
        // Menus and labels keep their keyboard mnemonic.
        if (!source.contains(u'<'))
            QCOMPARE(translation.count(u'&'), source.count(u'&'));
        const int n = form == 0 ? 1 : 5;
        const QString expected =
            numerus ? QString(translation).replace(QStringLiteral("%n"), QString::number(n)) : translation;
        QCOMPARE(QCoreApplication::translate(contextBytes.constData(), sourceBytes.constData(), disambiguation,
                                             numerus ? n : -1),
                 expected);
    }
}

void TestTranslations::qtCatalogueTranslatesStandardButtons()
{
    const QString path = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    QVERIFY2(QFile::exists(path),
             qPrintable(path + QStringLiteral(" is missing: install Qt's German catalogue (Debian: "
                                              "qt6-translations-l10n)")));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    // Platforms differ in the mnemonics they give these buttons.
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text().remove(u'&'), QStringLiteral("Speichern"));
}

void TestTranslations::mainWindowIsGerman()
{
    auto *window = new app::MainWindow;
    window->show();
    QVERIFY(window->openPath(Sample));

    QStringList menus;
    for (const auto *action : window->menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                 QStringLiteral("&Incident"), QStringLiteral("&Gehe zu"), QStringLiteral("&Hilfe")}));
    const auto *file = window->menuBar()->actions().constFirst()->menu();
    QStringList fileActions;
    for (const auto *action : file->actions())
        fileActions.append(action->text());
    QVERIFY2(fileActions.contains(QStringLiteral("Ö&ffnen…")), qPrintable(fileActions.join(u'|')));
    QVERIFY2(fileActions.contains(QStringLiteral("&Kundenversion exportieren…")), qPrintable(fileActions.join(u'|')));

    // The section list: the template's sections in German.
    const auto *sections = window->sectionList()->model();
    QStringList names;
    for (int row = 0; row < sections->rowCount(); ++row) {
        if (!window->sectionList()->isRowHidden(row))
            names.append(sections->index(row, 0).data().toString());
    }
    QVERIFY2(names.startsWith(QStringLiteral("Autoren")), qPrintable(names.join(u'|')));
    for (const auto *name : {"Zusammenfassung", "Auswirkungen", "Erkennung", "Ursachen", "Behebung", "Zeitleiste",
                             "Erkenntnisse", "Maßnahmen und Tickets", "Teilen", "Weitere Notizen"})
        QVERIFY2(names.contains(QString::fromUtf8(name)), name);

    // The timeline table's column headers, which the model names.
    const auto *timeline = window->findChild<editor::RowTable *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QStringList headers;
    for (int column = 0; column < timeline->view()->horizontalHeader()->count(); ++column)
        headers.append(timeline->view()->model()->headerData(column, Qt::Horizontal).toString());
    QVERIFY2(headers.contains(QStringLiteral("Ereignis")), qPrintable(headers.join(u'|')));
    QVERIFY2(headers.contains(QStringLiteral("Meilenstein")), qPrintable(headers.join(u'|')));

    // The undo action names the command in German, after the grammar of the language.
    auto *document = window->document();
    model::commands::setField(*document, model::Field::Title, QStringLiteral("Ausfall des Checkouts"));
    QAction *undo = nullptr;
    for (auto *action : window->menuBar()->actions().at(1)->menu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    QVERIFY(undo);
    QCOMPARE(undo->text(), QStringLiteral("&Rückgängig: Zusammenfassung bearbeiten"));
    document->undoStack()->undo();
    QCOMPARE(undo->text(), QStringLiteral("&Rückgängig"));
    // Column and section names keep their capitals inside a German sentence.
    model::commands::setRowValue<model::TimelineEvent>(*document, document->review().timeline.first().id,
                                                       model::RowTraits<model::TimelineEvent>::Text,
                                                       QStringLiteral("Geändert"));
    QCOMPARE(undo->text(), QStringLiteral("&Rückgängig: Ereignis bearbeiten"));
    document->undoStack()->undo();
}

// Whatever the window shows that the catalogue knows, it shows in German: a text that stays in
// English here was built without tr() or before the catalogue was installed.
void TestTranslations::noChromeTextIsLeftInEnglish()
{
    auto *window = new app::MainWindow;
    window->show();
    QVERIFY(window->openPath(Sample));
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QStringList english;
    for (const auto &text : chromeTexts(window)) {
        if (m_translatedSources.contains(text))
            english.append(text);
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
}

// A review exported to Markdown with the German interface says "## 🐛 Ursachen" and "| Zeit
// (Europe/Berlin) | Art | …"; read back with the German interface it is the review again, as
// far as Markdown carries it (not visibility, nor where an event came from).
void TestTranslations::germanMarkdownExportReadsBack()
{
    const auto sample =
        importing::JsonImporter().read(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json"));
    QVERIFY2(sample.review, qPrintable(sample.error));
    const model::Review &expected = *sample.review;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bericht.md"));
    exporting::ExportOptions options;
    options.figureRenderer = std::make_shared<editor::ChartFigureRenderer>();
    QCOMPARE(exporting::MarkdownExporter().write(expected, path, options), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    // German on the page, so the test proves the way back from it.
    QVERIFY(markdown.contains(QStringLiteral("## 🐛 Ursachen")));
    QVERIFY(markdown.contains(QStringLiteral("| Zeit (Europe/Berlin) |")));
    QVERIFY(markdown.contains(QStringLiteral("**Schweregrad:**")) || markdown.contains(QStringLiteral("Schweregrad")));
    QVERIFY(markdown.contains(QStringLiteral("*Abbildung 1: ")));

    const auto read = importing::MarkdownImporter().read(path);
    QVERIFY2(read.review, qPrintable(read.error));
    QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
    const model::Review &actual = *read.review;
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.severity, expected.severity);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.timeZone, expected.timeZone);
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.impact, expected.impact);
    QCOMPARE(actual.detection, expected.detection);
    QCOMPARE(actual.triage, expected.triage);
    QCOMPARE(actual.rootCauses, expected.rootCauses);
    QCOMPARE(actual.resolution, expected.resolution);
    QCOMPARE(actual.share, expected.share);
    QCOMPARE(actual.authors, expected.authors);
    QCOMPARE(actual.lessons.size(), expected.lessons.size());
    for (qsizetype i = 0; i < expected.lessons.size(); ++i) {
        QCOMPARE(actual.lessons.at(i).kind, expected.lessons.at(i).kind);
        QCOMPARE(actual.lessons.at(i).text, expected.lessons.at(i).text);
    }
    QCOMPARE(actual.timeline.size(), expected.timeline.size());
    for (qsizetype i = 0; i < expected.timeline.size(); ++i) {
        QCOMPARE(actual.timeline.at(i).time, expected.timeline.at(i).time);
        QCOMPARE(actual.timeline.at(i).kind, expected.timeline.at(i).kind);
        QCOMPARE(actual.timeline.at(i).milestone, expected.timeline.at(i).milestone);
        QCOMPARE(actual.timeline.at(i).text, expected.timeline.at(i).text);
    }
    QCOMPARE(actual.actions.size(), expected.actions.size());
    for (qsizetype i = 0; i < expected.actions.size(); ++i) {
        QCOMPARE(actual.actions.at(i).title, expected.actions.at(i).title);
        QCOMPARE(actual.actions.at(i).type, expected.actions.at(i).type);
        QCOMPARE(actual.actions.at(i).status, expected.actions.at(i).status);
        QCOMPARE(actual.actions.at(i).due, expected.actions.at(i).due);
    }
    // The glossary is the sample's own note; nothing else was left over.
    QCOMPARE(actual.additional.size(), expected.additional.size());
    QCOMPARE(actual.figures.size(), expected.figures.size());
    for (qsizetype i = 0; i < expected.figures.size(); ++i)
        QCOMPARE(actual.figures.at(i).caption, expected.figures.at(i).caption);
}

// The HTML page is written in the interface's language, and says which: screen readers, spell
// checkers and browsers' translation offers go by the lang attribute.
void TestTranslations::germanHtmlExportSaysItsLanguage()
{
    const auto sample =
        importing::JsonImporter().read(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json"));
    QVERIFY2(sample.review, qPrintable(sample.error));
    exporting::ExportOptions options;
    options.figureRenderer = std::make_shared<editor::ChartFigureRenderer>();
    const auto page = exporting::reviewToHtml(*sample.review, options);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    const QString html = QString::fromUtf8(page.html);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"de\">")));
    QVERIFY(html.contains(QStringLiteral("<h2>🐛 Ursachen</h2>")));
    QVERIFY(html.contains(QStringLiteral("<th>Zeit (Europe/Berlin)</th><th>Art</th>")));
    QVERIFY(html.contains(QStringLiteral("<p class=\"audience internal\">Intern</p>")));
    QVERIFY(html.contains(QStringLiteral("<figcaption>Abbildung 1: ")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
