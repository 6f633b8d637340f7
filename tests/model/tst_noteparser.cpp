// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/noteparser.h"

#include <QTest>

using namespace hindsight::model;

class TestNoteParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestNoteParser::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("milestone");
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, const char *input, EventKind kind, Milestone milestone, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(input) << int(kind) << int(milestone) << QString::fromUtf8(text);
    };
    row("nominal: plain note", "Error rate at 30%", EventKind::Note, Milestone::None, "Error rate at 30%");
    row("nominal: ! is an action", "!Rolled back the deploy", EventKind::Action, Milestone::None,
        "Rolled back the deploy");
    row("nominal: ? is a discovery", "? pool at 20/20", EventKind::Discovery, Milestone::None, "pool at 20/20");
    row("nominal: > is a communication", "> status page updated", EventKind::Communication, Milestone::None,
        "status page updated");
    row("nominal: #detected sets the milestone and kind", "Alert fired #detected", EventKind::Detection,
        Milestone::Detected, "Alert fired");
    row("nominal: #started", "#started Config change rolled out", EventKind::Note, Milestone::Started,
        "Config change rolled out");
    row("nominal: #acknowledged", "Paged, on it #acknowledged", EventKind::Escalation, Milestone::Acknowledged,
        "Paged, on it");
    row("nominal: prefix and milestone together", "! revert shipped #mitigated", EventKind::Action,
        Milestone::Mitigated, "revert shipped");
    row("nominal: #resolved in the middle", "All green #resolved, closing", EventKind::Resolution, Milestone::Resolved,
        "All green, closing");
    row("edge: tag case does not matter", "#MITIGATED", EventKind::Mitigation, Milestone::Mitigated, "");
    row("edge: other hashtags stay", "See #incident-42 channel", EventKind::Note, Milestone::None,
        "See #incident-42 channel");
    row("edge: a tag inside a word is no tag", "foo#resolved", EventKind::Note, Milestone::None, "foo#resolved");
    row("edge: only the first milestone counts", "#detected then #resolved", EventKind::Detection, Milestone::Detected,
        "then #resolved");
    row("edge: backslash writes the prefix", "\\!important: not an action", EventKind::Note, Milestone::None,
        "!important: not an action");
    row("edge: surrounding spaces", "   ? maybe DNS   ", EventKind::Discovery, Milestone::None, "maybe DNS");
    row("edge: multi-line note keeps its lines", "!step one\nstep two", EventKind::Action, Milestone::None,
        "step one\nstep two");
    row("robustness: empty", "", EventKind::Note, Milestone::None, "");
    row("robustness: prefix only", "!", EventKind::Action, Milestone::None, "");
}

void TestNoteParser::parse()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(int, milestone);
    QFETCH(QString, text);
    const auto note = parseNote(input);
    QCOMPARE(int(note.kind), kind);
    QCOMPARE(int(note.milestone), milestone);
    QCOMPARE(note.text, text);
}

QTEST_GUILESS_MAIN(TestNoteParser)
#include "tst_noteparser.moc"
