// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdown/longwords.h"

#include <QTest>

using namespace hindsight::exporting;

namespace {

const QChar zeroWidthSpace(0x200b);

// The longest run of characters with no zero-width space or white space between them.
qsizetype longestRun(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == zeroWidthSpace || c.isSpace() ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    return longest;
}

QString withoutBreaks(QString text)
{
    return text.remove(zeroWidthSpace);
}

} // namespace

class TestLongWordBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longWordGetsBreaksAfterTheLimit_data();
    void longWordGetsBreaksAfterTheLimit();
    void wordGoesOnOverCalls();
    void breaksStayOffAccentsAndSurrogates();
    void rangesMoveWithTheirCharacters();
};

void TestLongWordBreaker::longWordGetsBreaksAfterTheLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("breaks");

    const QString word(2500, u'x');
    QTest::newRow("nominal: prose stays as it is")
        << QStringLiteral("The pool ran dry at 13:38 and https://grafana.example.com/d/abc showed it.") << qsizetype(0);
    QTest::newRow("nominal: a word of exactly the limit")
        << QString(LongWordBreaker::DefaultLimit, u'x') << qsizetype(0);
    QTest::newRow("hang: a word one longer than the limit")
        << QString(LongWordBreaker::DefaultLimit + 1, u'x') << qsizetype(1);
    // Past the limit, a break every LongWordBreaker::Spacing characters.
    QTest::newRow("hang: a word of 2,500 characters") << word << qsizetype(375);
    QTest::newRow("hang: a space starts a new word") << word + u' ' + word << qsizetype(750);
    QTest::newRow("hang: a no-break space does not end a word (Qt breaks no line there)")
        << word + QChar(0x00a0) + word << qsizetype(1001);
    QTest::newRow("hang: a line separator ends a word") << word + QChar(QChar::LineSeparator) + word << qsizetype(750);
}

void TestLongWordBreaker::longWordGetsBreaksAfterTheLimit()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, breaks);
    QList<qsizetype> where;
    const QString broken = LongWordBreaker().feed(text, &where);
    QCOMPARE(where.size(), breaks);
    QCOMPARE(broken.size(), text.size() + breaks);
    QCOMPARE(withoutBreaks(broken), text);
    // No stretch that a line has to search to its end is longer than the limit.
    QVERIFY(longestRun(broken) <= LongWordBreaker::DefaultLimit);
}

void TestLongWordBreaker::wordGoesOnOverCalls()
{
    // A paragraph written in parts (cmark-gfm ends a text node at every "w" and ":") is one
    // word where its parts touch.
    const QString word = QString(3000, u'a');
    LongWordBreaker whole;
    const QString once = whole.feed(word);
    LongWordBreaker parts;
    QString inParts;
    for (qsizetype i = 0; i < word.size(); i += 7)
        inParts += parts.feed(QStringView(word).sliced(i, std::min<qsizetype>(7, word.size() - i)));
    QCOMPARE(inParts, once);
    parts.reset();
    QCOMPARE(parts.feed(QStringLiteral("short")), QStringLiteral("short"));
}

void TestLongWordBreaker::breaksStayOffAccentsAndSurrogates()
{
    // "e" and a combining acute accent, then a character outside the BMP (a surrogate pair).
    QString word;
    for (int i = 0; i < 1200; ++i)
        word += QStringLiteral("e\u0301") + QString::fromUcs4(U"\U0001F525");
    const QString broken = LongWordBreaker().feed(word);
    QCOMPARE(withoutBreaks(broken), word);
    QVERIFY(broken.contains(zeroWidthSpace));
    for (qsizetype i = 0; i + 1 < broken.size(); ++i) {
        if (broken.at(i + 1) != zeroWidthSpace)
            continue;
        QVERIFY2(!broken.at(i).isHighSurrogate(), qPrintable(QString::number(i)));
        if (i + 2 < broken.size()) {
            QVERIFY2(!broken.at(i + 2).isMark(), qPrintable(QString::number(i)));
            QVERIFY2(!broken.at(i + 2).isLowSurrogate(), qPrintable(QString::number(i)));
        }
    }
}

void TestLongWordBreaker::rangesMoveWithTheirCharacters()
{
    // Two formats over a long word, the second starting at 1,500: each keeps its characters,
    // and the spaces between them go with the character before them.
    const QString word = QString(1500, u'a') + QString(1500, u'b');
    QList<qsizetype> where;
    const QString broken = LongWordBreaker().feed(word, &where);
    const qsizetype split = LongWordBreaker::moved(1500, where);
    const qsizetype end = LongWordBreaker::moved(word.size(), where);
    QCOMPARE(LongWordBreaker::moved(0, where), qsizetype(0));
    QCOMPARE(end, broken.size());
    QCOMPARE(withoutBreaks(broken.first(split)), QString(1500, u'a'));
    QCOMPARE(withoutBreaks(broken.sliced(split)), QString(1500, u'b'));
    QVERIFY(broken.at(split) == u'b');
    QVERIFY(broken.at(split - 1) == zeroWidthSpace);
}

QTEST_MAIN(TestLongWordBreaker)
#include "tst_longwordbreaker.moc"
