// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/blamelessscan.h"

#include <QFile>
#include <QTest>

using namespace hindsight::model;

namespace {

QStringList phrases(const QList<BlameFinding> &findings)
{
    QStringList result;
    for (const auto &finding : findings)
        result.append(finding.phrase);
    return result;
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestBlamelessScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data();
    void scan();
    void findingPointsAtThePhrase();
    void suggestionNamesThePhraseAndThePerson();
    void findingsAtPosition();
    void builtinListsParse();
    void everyBuiltinWordIsFlagged_data();
    void everyBuiltinWordIsFlagged();
    void addedWordListEntryIsPickedUp();
    void parseReportsBadLines();
    void peopleNamesOfAReview();
};

void TestBlamelessScan::scan_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList team{QStringLiteral("Katrin Meier"), QStringLiteral("Jonas Vogel"), QStringLiteral("Ann Lee")};
    auto row = [&team](const char *name, const char *text, const QStringList &expected) {
        QTest::newRow(name) << team << QString::fromUtf8(text) << expected;
    };
    auto strings = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *item : list)
            result.append(QString::fromUtf8(item));
        return result;
    };

    // English: flagged.
    row("en flagged: first name forgot", "Katrin forgot to renew the certificate.", strings({"Katrin forgot"}));
    row("en flagged: full name failed to", "Katrin Meier failed to check the pool size.",
        strings({"Katrin Meier failed to"}));
    row("en flagged: filler between name and verb", "Jonas simply missed the alert.", strings({"Jonas simply missed"}));
    row("en flagged: two fillers", "Jonas had apparently overlooked it.", strings({"Jonas had apparently overlooked"}));
    row("en flagged: possessive fault", "It was Katrin's fault.", strings({"Katrin's fault"}));
    row("en flagged: typographic possessive", "Katrin’s mistake took checkout down.", strings({"Katrin’s mistake"}));
    row("en flagged: should have", "Jonas should have reviewed the change.", strings({"Jonas should have"}));
    row("en flagged: apostrophe inside the verb", "Jonas shouldn't have merged it.", strings({"Jonas shouldn't have"}));
    row("en flagged: name and verb in capitals", "KATRIN BROKE THE BUILD", strings({"KATRIN BROKE"}));
    row("en flagged: full name in lower case", "katrin meier overlooked the warning",
        strings({"katrin meier overlooked"}));
    row("en flagged: line break between name and verb", "Katrin\nforgot", strings({"Katrin\nforgot"}));
    row("en flagged: pronoun subject", "She forgot the rollback step.", strings({"She forgot"}));
    row("en flagged: human error anywhere", "The outage was caused by human error.", strings({"human error"}));
    row("en flagged: blame word in capitals", "HUMAN ERROR", strings({"HUMAN ERROR"}));
    row("en flagged: careless with an ending", "A carelessly written config.", strings({"carelessly"}));
    row("en flagged: negligence", "This was gross negligence.", strings({"negligence"}));
    row("en flagged: his fault", "Not his fault, really.", strings({"his fault"}));
    row("en flagged: two findings in order", "Ann broke prod and it was careless.", strings({"Ann broke", "careless"}));

    // English: not flagged.
    row("en neutral: name restarted the pool", "Katrin restarted the pool.", {});
    row("en neutral: name noticed the alert", "Katrin noticed the alert.", {});
    row("en neutral: blame verb without a person", "The 10 % error-rate alert missed the 32-minute slow rise.", {});
    row("en neutral: blame verb far from the name", "Katrin noticed the alert that the check missed.", {});
    row("en neutral: the deploy broke it", "Katrin fixed what the deploy broke.", {});
    row("en neutral: name inside another word", "Annual traffic broke records.", {});
    row("en neutral: longer first name", "Katrina forgot her keys.", {});
    row("en neutral: pronoun inside a word", "The theme broke the layout.", {});
    row("en neutral: segmentation fault", "A segmentation fault in the parser.", {});
    row("en neutral: fault tolerance", "Fault tolerance was never tested.", {});
    row("en neutral: blameless", "We run blameless reviews.", {});
    row("en neutral: careful", "A careful rollout.", {});
    row("en neutral: a system forgot", "The pooler forgot idle connections.", {});
    row("en neutral: a comma parts name and verb", "Katrin, meanwhile, missed nothing.", {});

    // German: flagged.
    row("de flagged: vergaß", "Katrin vergaß das Zertifikat.", strings({"Katrin vergaß"}));
    row("de flagged: hat … vergessen", "Katrin hat den Check vergessen.", strings({"Katrin hat den Check vergessen"}));
    row("de flagged: hat vergessen", "Jonas hat vergessen, die Pool-Größe zu setzen.",
        strings({"Jonas hat vergessen"}));
    row("de flagged: filler and object", "Jonas hat leider den Alarm übersehen.",
        strings({"Jonas hat leider den Alarm übersehen"}));
    row("de flagged: hätte … sollen", "Jonas hätte die Änderung prüfen sollen.",
        strings({"Jonas hätte die Änderung prüfen sollen"}));
    row("de flagged: subordinate clause", "Der Fehler trat auf, weil Katrin den Schritt übersehen hat.",
        strings({"Katrin den Schritt übersehen"}));
    row("de flagged: genitive without apostrophe", "Es war Katrins Fehler.", strings({"Katrins Fehler"}));
    row("de flagged: full name in capitals", "KATRIN MEIER HAT DAS BACKUP VERGESSEN",
        strings({"KATRIN MEIER HAT DAS BACKUP VERGESSEN"}));
    row("de flagged: menschliches Versagen", "Ursache war menschliches Versagen.", strings({"menschliches Versagen"}));
    row("de flagged: fahrlässig inflected", "Ein fahrlässiger Eingriff.", strings({"fahrlässiger"}));
    row("de flagged: Fahrlässigkeit", "Grobe Fahrlässigkeit", strings({"Fahrlässigkeit"}));
    row("de flagged: Schuld", "Die Schuld liegt beim Betrieb.", strings({"Schuld"}));
    row("de flagged: seine Schuld as one phrase", "Das war seine Schuld.", strings({"seine Schuld"}));
    row("de flagged: unachtsam", "Das war unachtsam.", strings({"unachtsam"}));
    row("de flagged: nachlässige", "Eine nachlässige Prüfung.", strings({"nachlässige"}));

    // German: not flagged.
    row("de neutral: Katrin startete den Pool neu", "Katrin startete den Pool neu.", {});
    row("de neutral: Katrin bemerkte den Alarm", "Katrin bemerkte den Alarm.", {});
    row("de neutral: a comma ends the clause", "Katrin bemerkte, dass der Schritt vergessen wurde.", {});
    row("de neutral: participle more than six words on",
        "Katrin las am Morgen mit dem ganzen Team die vergessen geglaubte Notiz.", {});
    row("de neutral: inflected participle is an adjective", "Katrin fand den vergessenen Job.", {});
    row("de neutral: Katrins Team", "Katrins Team startete den Dienst neu.", {});
    row("de neutral: Schulden are debts", "Die Schulden des Teams.", {});
    row("de neutral: unschuldig", "Der Dienst war unschuldig.", {});
    row("de neutral: Versagen of a disk", "Versagen der Festplatte.", {});
    row("de neutral: er may be the server", "Der Server fiel aus, er hat die Verbindung vergessen.", {});
    row("de neutral: name inside another word", "Die Meierei vergaß nichts.", {});
    row("de neutral: Jonas half", "Jonas half beim Rollback.", {});

    // Names.
    QTest::newRow("names: unknown name is no subject")
        << QStringList() << QStringLiteral("Katrin forgot") << QStringList();
    QTest::newRow("names: one-word name in lower case is a word")
        << QStringList{QStringLiteral("Alert")} << QStringLiteral("the alert missed the slow rise") << QStringList();
    QTest::newRow("names: one-word name as written")
        << QStringList{QStringLiteral("Alert")} << QStringLiteral("Alert missed the slow rise")
        << QStringList{QStringLiteral("Alert missed")};
    QTest::newRow("names: particle is not a name part")
        << QStringList{QStringLiteral("Ruud van Dijk")} << QStringLiteral("van forgot; Dijk forgot")
        << QStringList{QStringLiteral("Dijk forgot")};
    QTest::newRow("names: a name with regex characters")
        << QStringList{QStringLiteral("J. (Jo) Smith+")} << QStringLiteral("J. (Jo) Smith+ forgot")
        << QStringList{QStringLiteral("J. (Jo) Smith+ forgot")};
    QTest::newRow("names: empty text") << team << QString() << QStringList();
}

void TestBlamelessScan::scan()
{
    QFETCH(QStringList, names);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const BlamelessScanner scanner(names);
    QCOMPARE(phrases(scanner.scan(text)), expected);
}

void TestBlamelessScan::findingPointsAtThePhrase()
{
    const BlamelessScanner scanner({QStringLiteral("Katrin Meier")});
    const QString text = QStringLiteral("At 13:05 Katrin forgot the flag; human error, said the chat.");
    const auto findings = scanner.scan(text);
    QCOMPARE(findings.size(), 2);
    for (const auto &finding : findings)
        QCOMPARE(text.mid(finding.start, finding.length), finding.phrase);
    QCOMPARE(findings.at(0).start, text.indexOf(QLatin1String("Katrin")));
    QCOMPARE(findings.at(1).start, text.indexOf(QLatin1String("human")));
    QCOMPARE(findings.at(1).length, qsizetype(11));
}

void TestBlamelessScan::suggestionNamesThePhraseAndThePerson()
{
    const BlamelessScanner scanner({QStringLiteral("Katrin Meier")});
    const auto byName = scanner.scan(QStringLiteral("Katrin forgot the flag."));
    QCOMPARE(byName.size(), 1);
    QVERIFY2(byName.first().suggestion.contains(QStringLiteral("“Katrin forgot”")),
             qPrintable(byName.first().suggestion));
    QVERIFY(byName.first().suggestion.contains(QLatin1String("on Katrin.")));
    QVERIFY(byName.first().suggestion.contains(QLatin1String("circumstance")));
    const auto byWord = scanner.scan(QStringLiteral("It was human error."));
    QCOMPARE(byWord.size(), 1);
    QVERIFY(byWord.first().suggestion.contains(QStringLiteral("“human error”")));
    QVERIFY(byWord.first().suggestion.contains(QLatin1String("circumstance")));
}

void TestBlamelessScan::findingsAtPosition()
{
    const BlamelessScanner scanner({QStringLiteral("Jonas Vogel")});
    const QString text = QStringLiteral("Then Jonas missed it.");
    QCOMPARE(scanner.findingsAt(text, 4).size(), 0);
    QCOMPARE(scanner.findingsAt(text, 5).size(), 1);
    QCOMPARE(scanner.findingsAt(text, text.indexOf(QLatin1String("missed")) + 5).size(), 1);
    QCOMPARE(scanner.findingsAt(text, text.indexOf(QLatin1String(" it"))).size(), 0);
}

void TestBlamelessScan::builtinListsParse()
{
    const auto &list = BlameWordList::builtin();
    QCOMPARE(list.errors, QStringList());
    QVERIFY(list.words.contains(QLatin1String("human error")));
    QVERIFY(list.words.contains(QStringLiteral("menschliches versagen")));
    QVERIFY(list.verbs.contains(QLatin1String("forgot")));
    QVERIFY(list.verbs.contains(QStringLiteral("hätte ... sollen")));
}

// Each plain entry of the lists in the program is found when written as it stands, so an entry
// that a change to the format or the expressions stopped matching shows up here.
void TestBlamelessScan::everyBuiltinWordIsFlagged_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("text");
    for (const auto &word : BlameWordList::builtin().words) {
        QString text = word;
        text.remove(QLatin1Char('*'));
        QTest::newRow(qPrintable(QLatin1String("word: ") + word))
            << word << QString(QLatin1String("So: ") + text + QLatin1Char('.'));
    }
    for (const auto &verb : BlameWordList::builtin().verbs) {
        QString text = verb;
        text.remove(QLatin1Char('*'));
        text.replace(QLatin1String("..."), QLatin1String("das Ding"));
        QTest::newRow(qPrintable(QLatin1String("verb: ") + verb))
            << verb << QString(QLatin1String("Olivia ") + text.simplified() + QLatin1Char('.'));
    }
}

void TestBlamelessScan::everyBuiltinWordIsFlagged()
{
    QFETCH(QString, entry);
    QFETCH(QString, text);
    const BlamelessScanner scanner({QStringLiteral("Olivia Schmitt")});
    const auto findings = scanner.scan(text);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().start + findings.first().length, text.size() - 1);
}

void TestBlamelessScan::addedWordListEntryIsPickedUp()
{
    const QString english = readResource(QStringLiteral(":/hindsight/wordlists/blame-en.txt"));
    QVERIFY(english.contains(QLatin1String("word human error")));
    const QString text = QStringLiteral("Olivia fumbled the rollback; a boneheaded move.");
    QCOMPARE(BlamelessScanner({QStringLiteral("Olivia")}).scan(text).size(), 0);

    BlameWordList extended =
        BlameWordList::parse(english + QLatin1String("\n# added by a team\nword boneheaded\nverb fumbled\n"));
    QCOMPARE(extended.errors, QStringList());
    const auto findings = BlamelessScanner({QStringLiteral("Olivia")}, extended).scan(text);
    QCOMPARE(phrases(findings), (QStringList{QStringLiteral("Olivia fumbled"), QStringLiteral("boneheaded")}));
}

void TestBlamelessScan::parseReportsBadLines()
{
    const auto list = BlameWordList::parse(QStringLiteral("# comment\n\nword   careless \nverb\nnoun thing\n   # "
                                                          "indented comment\nfiller ...\n"));
    QCOMPARE(list.words, QStringList{QStringLiteral("careless")});
    QCOMPARE(list.errors, (QStringList{QStringLiteral("4: verb"), QStringLiteral("5: noun thing"),
                                       QStringLiteral("7: filler ...")}));
}

void TestBlamelessScan::peopleNamesOfAReview()
{
    Review review;
    review.authors.append({1, QStringLiteral("Katrin Meier"), {}, {}});
    review.authors.append({2, QStringLiteral("  "), {}, {}});
    TimelineEvent event;
    event.author = QStringLiteral("Jonas  Vogel");
    review.timeline.append(event);
    event.author = QStringLiteral("Katrin Meier");
    review.timeline.append(event);
    ActionItem action;
    action.owner = QStringLiteral("Olivia Schmitt");
    review.actions.append(action);
    QCOMPARE(
        BlamelessScanner::peopleNames(review),
        (QStringList{QStringLiteral("Katrin Meier"), QStringLiteral("Jonas Vogel"), QStringLiteral("Olivia Schmitt")}));
}

QTEST_GUILESS_MAIN(TestBlamelessScan)
#include "tst_blamelessscan.moc"
