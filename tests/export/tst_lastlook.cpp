// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/lastlook.h"
#include "import/json/jsonimporter.h"
#include "model/reviewmodel.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using namespace hindsight::exporting;
using namespace hindsight::model;

using Kind = LastLookFinding::Kind;

namespace {

// Authors and Triage internal, the rest public (the template's defaults); an author, an internal
// event by another person, and an internal action, so that names and internal words exist.
Review baseReview()
{
    Review review;
    review.title = QStringLiteral("Checkout errors");
    review.authors.append({1, QStringLiteral("Katrin Meier"), QStringLiteral("Incident leader"), QString()});
    TimelineEvent internal;
    internal.id = 10;
    internal.time = QDateTime(QDate(2024, 5, 6), QTime(12, 0), QTimeZone::utc());
    internal.text = QStringLiteral("Paged the on-call.");
    internal.author = QStringLiteral("Jonas Vogel");
    internal.visibility = Visibility::Internal;
    review.timeline.append(internal);
    return review;
}

// Puts text where the row says.
void place(Review &review, const QString &where, const QString &text)
{
    if (where == QLatin1String("summary")) {
        review.summary = text;
    } else if (where == QLatin1String("triage")) {
        review.triage = text;
    } else if (where == QLatin1String("publicEvent") || where == QLatin1String("internalEvent")) {
        TimelineEvent event;
        event.id = 11;
        event.time = QDateTime(QDate(2024, 5, 6), QTime(12, 5), QTimeZone::utc());
        event.text = text;
        event.visibility = where == QLatin1String("publicEvent") ? Visibility::Public : Visibility::Internal;
        review.timeline.append(event);
    } else if (where == QLatin1String("publicTicket") || where == QLatin1String("internalTicket")) {
        ActionItem action;
        action.id = 20;
        action.title = QStringLiteral("Give the database a pool size");
        action.ticket = text;
        action.visibility = where == QLatin1String("publicTicket") ? Visibility::Public : Visibility::Internal;
        review.actions.append(action);
    } else if (where == QLatin1String("internalNote")) {
        review.additional.append({30, QStringLiteral("Notes"), text, Visibility::Internal});
    } else {
        qFatal("unknown place %s", qPrintable(where));
    }
}

QStringList quotesOf(const QList<LastLookFinding> &findings, Kind kind)
{
    QStringList quotes;
    for (const auto &finding : findings) {
        if (finding.kind == kind)
            quotes.append(finding.quote);
    }
    return quotes;
}

} // namespace

class TestLastLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsOrLeaves_data();
    void findsOrLeaves();
    void findingSaysWhereItIs();
    void revenueLostIsAnAmount();
    void sampleHasFindingsInItsPublicText();
    void nothingFoundInACleanReview();
};

void TestLastLook::findsOrLeaves_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("text");
    // Text of the internal Triage section, where internal service names come from.
    QTest::addColumn<QString>("internalText");
    // Where internalText goes: "triage"; or "businessImpact" (internal) or "userImpact" (public),
    // parts of the public Impact section.
    QTest::addColumn<QString>("internalWhere");
    QTest::addColumn<bool>("redact");
    QTest::addColumn<int>("kind");
    // Empty: nothing of that kind may be found.
    QTest::addColumn<QString>("quote");

    const auto row = [](const char *name, const char *where, const char *text, const char *internalText, bool redact,
                        Kind kind, const char *quote, const char *internalWhere = "triage") {
        QTest::newRow(name) << QString::fromUtf8(where) << QString::fromUtf8(text) << QString::fromUtf8(internalText)
                            << QString::fromUtf8(internalWhere) << redact << int(kind) << QString::fromUtf8(quote);
    };
    // Host names.
    row("host: a public name the redaction lets through", "summary", "See grafana.example.com for the graphs.", "",
        true, Kind::HostName, "grafana.example.com");
    row("host: an IP address when its redaction is off", "summary", "The pooler at 10.20.4.11 refused.", "", false,
        Kind::HostName, "10.20.4.11");
    row("host: a host in a URL", "publicEvent", "Opened https://status.example.com/incidents/42 for customers.", "",
        true, Kind::HostName, "status.example.com");
    row("host not found: a redacted internal host", "summary", "db-prod-3.internal ran out of connections.", "", true,
        Kind::HostName, "");
    row("host not found: in an internal-only section", "triage", "Checked grafana.example.com first.", "", true,
        Kind::HostName, "");
    row("host not found: in an internal event", "internalEvent", "Looked at grafana.example.com.", "", true,
        Kind::HostName, "");
    row("host not found: a file name", "summary", "The change was in pool.yaml.", "", true, Kind::HostName, "");
    row("host not found: an abbreviation and a decimal", "summary", "Errors, e.g. 502s, rose to 47.80 per second.", "",
        true, Kind::HostName, "");
    // Internal service names.
    row("service: an internal section's service in public text", "summary", "The checkout-api answered 502.",
        "Scaled checkout-api from 12 to 20 pods.", true, Kind::ServiceName, "checkout-api");
    row("service: in another case", "summary", "Checkout-API answered 502.", "Scaled checkout-api out.", true,
        Kind::ServiceName, "Checkout-API");
    row("service: a code span's identifier", "publicEvent", "Alert CheckoutApi5xxRateHigh fired.",
        "The `CheckoutApi5xxRateHigh` alert paged.", true, Kind::ServiceName, "CheckoutApi5xxRateHigh");
    row("service: a snake_case job", "summary", "The nightly report_export ran late.", "Stopped report_export.", true,
        Kind::ServiceName, "report_export");
    row("service: named only by an internal part of the public Impact section", "summary",
        "The ledger-api fell behind.", "Finance rebuilt ledger-api reports by hand.", true, Kind::ServiceName,
        "ledger-api", "businessImpact");
    row("service not found: named only by a public part of the Impact section", "summary",
        "The ledger-api fell behind.", "Orders waited for ledger-api.", true, Kind::ServiceName, "", "userImpact");
    row("service not found: not named internally", "summary", "The payment-api answered 502.", "Nothing here.", true,
        Kind::ServiceName, "");
    row("service not found: a hyphenated word", "summary", "The on-call engineer looked.", "Paged the on-call team.",
        true, Kind::ServiceName, "");
    row("service not found: only in internal text", "triage", "Scaled checkout-api out.", "", true, Kind::ServiceName,
        "");
    // Ticket keys.
    row("ticket: a key in a public action", "publicTicket", "CHK-1236", "", true, Kind::TicketKey, "CHK-1236");
    row("ticket: a key in public text", "summary", "Tracked in OPS-42.", "", true, Kind::TicketKey, "OPS-42");
    row("ticket not found: an encoding name", "summary", "Names are UTF-8 and dates ISO-8601.", "", true,
        Kind::TicketKey, "");
    row("ticket not found: in an internal action", "internalTicket", "CHK-1236", "", true, Kind::TicketKey, "");
    row("ticket not found: a severity", "summary", "Declared SEV-2 at 14:03.", "", true, Kind::TicketKey, "");
    // File paths.
    row("path: absolute", "summary", "Logs in /var/log/pgbouncer/pgbouncer.log show it.", "", true, Kind::FilePath,
        "/var/log/pgbouncer/pgbouncer.log");
    row("path: Windows", "summary", "The agent reads C:\\ProgramData\\agent\\config.ini at start.", "", true,
        Kind::FilePath, "C:\\ProgramData\\agent\\config.ini");
    row("path: relative, to a file", "summary", "A change to db/pool.yaml lowered the default.", "", true,
        Kind::FilePath, "db/pool.yaml");
    row("path: in the home folder", "summary", "Credentials in ~/.kube/config were old.", "", true, Kind::FilePath,
        "~/.kube/config");
    row("path not found: a web address's path", "summary", "See https://status.example.com/incidents/42 today.", "",
        true, Kind::FilePath, "");
    row("path not found: and/or and a rate", "summary", "Retries and/or timeouts at 50 req/s.", "", true,
        Kind::FilePath, "");
    row("path not found: in an internal note", "internalNote", "Edited /etc/pgbouncer/pgbouncer.ini by hand.", "", true,
        Kind::FilePath, "");
    // People's names.
    row("name: an event author's first name, names not redacted", "summary", "Jonas restarted the pooler.", "", false,
        Kind::PersonName, "Jonas");
    row("name: an author's full name, names not redacted", "publicEvent", "katrin meier took the lead.", "", false,
        Kind::PersonName, "katrin meier");
    row("name not found: redacted", "summary", "Jonas restarted the pooler, Katrin Meier led.", "", true,
        Kind::PersonName, "");
    row("name not found: a word that only starts like a name", "summary", "Jonasson's library was fine.", "", false,
        Kind::PersonName, "");
    // Amounts of money.
    row("amount: euro sign", "summary", "Lost about €1,200 an hour.", "", true, Kind::Amount, "€1,200");
    row("amount: dollars with a scale", "summary", "Refunds of $3.4k were paid.", "", true, Kind::Amount, "$3.4k");
    row("amount: currency code after", "summary", "An estimated 1200 EUR of revenue.", "", true, Kind::Amount,
        "1200 EUR");
    row("amount: currency word after", "summary", "Etwa 41.800 Euro Umsatz.", "", true, Kind::Amount, "41.800 Euro");
    row("amount: currency code before", "summary", "Vouchers worth CHF 500 went out.", "", true, Kind::Amount,
        "CHF 500");
    row("amount not found: percentages and counts", "summary", "30 % of 8,430 customers saw 502.", "", true,
        Kind::Amount, "");
    row("amount not found: in an internal section", "triage", "An estimated 41,800 EUR lost.", "", true, Kind::Amount,
        "");
}

void TestLastLook::findsOrLeaves()
{
    QFETCH(QString, where);
    QFETCH(QString, text);
    QFETCH(QString, internalText);
    QFETCH(QString, internalWhere);
    QFETCH(bool, redact);
    QFETCH(int, kind);
    QFETCH(QString, quote);

    Review review = baseReview();
    if (internalWhere == QLatin1String("triage")) {
        review.triage = internalText;
    } else {
        review.visibility[int(SectionKey::Impact)] = Visibility::Public;
        review.impact.visibility[int(ImpactPart::User)] = Visibility::Public;
        review.impact.visibility[int(ImpactPart::Business)] = Visibility::Internal;
        (internalWhere == QLatin1String("businessImpact") ? review.impact.business : review.impact.user) = internalText;
    }
    place(review, where, text);
    RedactionRules rules;
    rules.ipAddresses = redact;
    rules.peopleNames = redact;

    const auto quotes = quotesOf(LastLook::scan(review, rules), Kind(kind));
    if (quote.isEmpty())
        QVERIFY2(quotes.isEmpty(), qPrintable(quotes.join(QStringLiteral(", "))));
    else
        QCOMPARE(quotes, QStringList{quote});
}

void TestLastLook::findingSaysWhereItIs()
{
    Review review = baseReview();
    place(review, QStringLiteral("publicTicket"), QStringLiteral("CHK-1236"));
    place(review, QStringLiteral("publicEvent"), QStringLiteral("Opened OPS-7."));
    review.rootCauses = QStringLiteral("Tracked as OPS-9.");
    const auto findings = LastLook::scan(review, {});
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings.at(0).place.section, int(SectionKey::RootCauses));
    QCOMPARE(findings.at(0).place.rowId, 0);
    QCOMPARE(findings.at(0).excerpt, QStringLiteral("Tracked as OPS-9."));
    QCOMPARE(findings.at(1).place.section, int(SectionKey::Timeline));
    QCOMPARE(findings.at(1).place.rowId, 11);
    QVERIFY2(findings.at(1).place.label.contains(QLatin1String("12:05")), qPrintable(findings.at(1).place.label));
    QCOMPARE(findings.at(2).place.section, int(SectionKey::Actions));
    QCOMPARE(findings.at(2).place.rowId, 20);
}

void TestLastLook::revenueLostIsAnAmount()
{
    Review review = baseReview();
    review.impact.revenueLost = 41800;
    review.impact.currency = QStringLiteral("EUR");
    // Internal by default: the customer version does not show it, so there is nothing to look at.
    QVERIFY(quotesOf(LastLook::scan(review, {}), Kind::Amount).isEmpty());

    review.impact.visibility[int(ImpactPart::RevenueLost)] = Visibility::Public;
    auto findings = LastLook::scan(review, {});
    QCOMPARE(quotesOf(findings, Kind::Amount), QStringList{QStringLiteral("41,800 EUR")});
    QCOMPARE(findings.first().place.section, int(SectionKey::Impact));

    review.visibility[int(SectionKey::Impact)] = Visibility::Internal;
    QVERIFY(LastLook::scan(review, {}).isEmpty());
}

void TestLastLook::sampleHasFindingsInItsPublicText()
{
    QFile file(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto result = importing::reviewFromJson(file.readAll());
    QVERIFY(result.review);
    const auto findings = LastLook::scan(*result.review, {});
    // The internal Triage section names checkout-api, which the public Root causes use too.
    QVERIFY(quotesOf(findings, Kind::ServiceName).contains(QStringLiteral("Checkout-api"), Qt::CaseInsensitive));
    // Its figures in currencies are in the business impact and the revenue lost, both internal.
    QVERIFY(quotesOf(findings, Kind::Amount).isEmpty());
    // The authors' names are redacted in the customer version.
    QVERIFY(quotesOf(findings, Kind::PersonName).isEmpty());
    for (const auto &finding : findings) {
        QVERIFY(!finding.place.label.isEmpty());
        QVERIFY(finding.place.section == -1 || finding.place.section == ReviewModel::AdditionalNotesRow ||
                result.review->visibility[finding.place.section] == Visibility::Public);
    }
}

void TestLastLook::nothingFoundInACleanReview()
{
    Review review = baseReview();
    review.summary = QStringLiteral("Some customers could not pay for about an hour. We fixed the cause.");
    QVERIFY(LastLook::scan(review, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestLastLook)
#include "tst_lastlook.moc"
