// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../model/samplereview.h"
#include "export/audience.h"
#include "export/formatfactory.h"
#include "export/html/htmlexporter.h"
#include "export/json/jsonformat.h"
#include "export/markdown/markdownexporter.h"
#include "export/markdownredactor.h"
#include "export/redaction.h"
#include "import/json/jsonimporter.h"
#include "model/names.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace hindsight;
using namespace hindsight::exporting;
using namespace hindsight::importing;
using namespace hindsight::model;

namespace {

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2024, 5, 6), QTime(hour, minute), QTimeZone::utc());
}

TimelineEvent makeEvent(int minute, const QString &text, const QString &author, Visibility visibility)
{
    TimelineEvent e;
    e.time = utc(12, minute);
    e.precision = TimePrecision::Minute;
    e.text = text;
    e.author = author;
    e.visibility = visibility;
    return e;
}

ActionItem action(const QString &title, const QString &owner, const QString &ticket, Visibility visibility)
{
    return {0, title, ActionType::Preventive, owner, ticket, 2, QDate(2024, 6, 1), ActionStatus::Open, visibility};
}

// The people the name pass knows: an internal author, an event author, an action owner, a
// name in a script without spaces, a first name that is also an English word, a handle, an
// author that is not a person, and one that is not a name at all.
Review people()
{
    Review review;
    review.authors = {
        {0, QStringLiteral("Katrin Meier"), QStringLiteral("Incident leader"), QStringLiteral("katrin@example.com")},
        {0, QStringLiteral("李娜"), QStringLiteral("On-call"), QString()}};
    review.timeline = {makeEvent(1, QStringLiteral("x"), QStringLiteral("Rafael Torres"), Visibility::Internal),
                       makeEvent(2, QStringLiteral("x"), QStringLiteral("jdoe"), Visibility::Internal),
                       makeEvent(3, QStringLiteral("x"), QStringLiteral("Alert"), Visibility::Internal),
                       makeEvent(4, QStringLiteral("x"), QStringLiteral("--"), Visibility::Internal)};
    review.actions = {action(QStringLiteral("y"), QStringLiteral("Mark Olsen"), QString(), Visibility::Internal),
                      action(QStringLiteral("z"), QStringLiteral("ops team"), QString(), Visibility::Internal)};
    return review;
}

// A review in which every internal part and every piece of personal data carries a marker that
// must not reach the customer version.
Review leaky()
{
    Review review;
    review.title = QStringLiteral("Checkout outage on db-prod-7.internal");
    review.visibility.fill(Visibility::Public);
    review.visibility[int(SectionKey::Triage)] = Visibility::Internal;
    review.visibility[int(SectionKey::Share)] = Visibility::Internal;
    review.summary = QStringLiteral("Hanna Berg saw 10.1.2.3 and 2001:db8::7 fail; mail hanna.berg@corp.example "
                                    "or see https://grafana.intranet/d/abc and pg-1.eu-west-1.example.com.");
    review.impact.user = QStringLiteral("Reported by ops-lead@example.org.");
    review.triage = QStringLiteral("LEAK-MARKER-triage");
    review.rootCauses = QStringLiteral("```\nSHOW POOLS on pgbouncer-2.internal (10.20.4.11)\n```\nProject FALCON");
    review.share = QStringLiteral("LEAK-MARKER-share");
    review.authors = {
        {0, QStringLiteral("Hanna Berg"), QStringLiteral("Lead"), QStringLiteral("LEAK-MARKER-contact@example.com")}};
    review.visibility[int(SectionKey::Authors)] = Visibility::Internal;
    review.timeline = {
        makeEvent(1, QStringLiteral("LEAK-MARKER-event"), QStringLiteral("Hanna Berg"), Visibility::Internal),
        makeEvent(2, QStringLiteral("Sven escalated to Hanna"), QStringLiteral("Sven Lind"), Visibility::Public),
        makeEvent(3, QStringLiteral("Failover to fd00::10 done"), QStringLiteral("LEAK-MARKER-author"),
                  Visibility::Internal),
    };
    review.lessons = {{0, LessonKind::WentWell, QStringLiteral("Sven Lind knew the runbook")}};
    review.actions = {
        action(QStringLiteral("LEAK-MARKER-action"), QStringLiteral("Hanna Berg"), QString(), Visibility::Internal),
        action(QStringLiteral("Alert on pool saturation"), QStringLiteral("Sven Lind"),
               QStringLiteral("https://jira.corp/browse/OPS-1"), Visibility::Public)};
    review.additional = {{0, QStringLiteral("LEAK-MARKER-note"), QStringLiteral("internal"), Visibility::Internal},
                         {0, QStringLiteral("Public note"), QStringLiteral("Ask Sven."), Visibility::Public}};
    return review;
}

// A review whose public texts each say sentence, and whose internal author is Katrin Meier: a
// section's text, a lesson and a note (Markdown blocks), an event and an action (table cells).
Review everywhere(const QString &sentence)
{
    Review review;
    review.title = QStringLiteral("Checkout outage");
    review.visibility.fill(Visibility::Public);
    review.visibility[int(SectionKey::Authors)] = Visibility::Internal;
    review.authors = {{0, QStringLiteral("Katrin Meier"), QStringLiteral("Incident leader"), QString()}};
    review.summary = sentence;
    review.timeline = {makeEvent(1, sentence, QStringLiteral("Katrin Meier"), Visibility::Public)};
    review.lessons = {{0, LessonKind::WentWell, sentence}};
    review.actions = {action(sentence, QStringLiteral("Katrin Meier"), QString(), Visibility::Public)};
    review.additional = {{0, QStringLiteral("Follow-up"), sentence, Visibility::Public}};
    return review;
}

// The text a reader takes from an export: %-escapes decoded (a browser shows link targets so),
// without white space (pdftotext breaks lines where the PDF does) and invisible characters.
QString readable(const QString &text)
{
    const QString decoded = QUrl::fromPercentEncoding(text.toUtf8());
    QString result;
    result.reserve(decoded.size());
    for (const QChar c : decoded) {
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            result += c;
    }
    return result;
}

// What each format of a review's export shows: the Markdown, JSON and HTML files as written, and the
// PDF as pdftotext reads it together with its bytes, which hold its link targets. Empty, with a
// failure recorded, when an export or pdftotext fails.
QStringList exported(const Review &review, ExportOptions::Audience audience)
{
    QTemporaryDir folder;
    ExportOptions options;
    options.audience = audience;
    QStringList texts;
    for (const auto format : {"md", "json", "html", "pdf"}) {
        const QString path = folder.filePath(QStringLiteral("review.") + QLatin1StringView(format));
        const auto exporter = FormatFactory::exporter(QLatin1StringView(format));
        if (const QString error = exporter->write(review, path, options); !error.isEmpty()) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QTest::qFail(qPrintable(file.errorString()), __FILE__, __LINE__);
            return {};
        }
        const QByteArray bytes = file.readAll();
        if (format != std::string_view("pdf")) {
            texts.append(QString::fromUtf8(bytes));
            continue;
        }
        texts.append(QString::fromLatin1(bytes));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(60000) || pdftotext.exitStatus() != QProcess::NormalExit ||
            pdftotext.exitCode() != 0) {
            QTest::qFail("pdftotext failed (poppler-utils is needed)", __FILE__, __LINE__);
            return {};
        }
        texts.append(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    }
    return texts;
}

RedactionRules rules(const QStringList &patterns = {})
{
    RedactionRules result;
    result.patterns = patterns;
    return result;
}

} // namespace

class tst_Redaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactText_data();
    void redactText();
    void renderedMarkdown_data();
    void renderedMarkdown();
    void rulesSwitchedOff_data();
    void rulesSwitchedOff();
    void counts();
    void invalidPatterns_data();
    void invalidPatterns();
    void namesFromTheWholeReview();
    void nameWithALoneSurrogateSwitchesNoNameOff();
    void publicAuthorsAreNotRedacted();
    void redactionBypass_data();
    void redactionBypass();
    void customerLeaks_data();
    void customerLeaks();
    void customerKeeps();
    void impactPartLeaks_data();
    void impactPartLeaks();
    void everyTextRedacted();
    void omissions_data();
    void omissions();
    void omissionsMatchPlaceholders();
};

void tst_Redaction::redactText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("patterns");

    const auto row = [](const char *name, const QString &text, const QString &expected,
                        const QStringList &patterns = {}) { QTest::newRow(name) << text << expected << patterns; };

    row("host: .internal suffix", QStringLiteral("on db-prod-3.internal now"), QStringLiteral("on [host] now"));
    row("host: .local suffix", QStringLiteral("printer.office.local"), QStringLiteral("[host]"));
    row("host: .cluster.local with a port", QStringLiteral("checkout.default.svc.cluster.local:8080"),
        QStringLiteral("[host]:8080"));
    row("host: .svc suffix", QStringLiteral("call api.checkout.svc"), QStringLiteral("call [host]"));
    row("host: .corp, .lan and .intranet", QStringLiteral("a.corp, nas.lan, wiki.intranet"),
        QStringLiteral("[host], [host], [host]"));
    row("host: upper case", QStringLiteral("DB1.CORP"), QStringLiteral("[host]"));
    row("host: FQDN with digits and dashes", QStringLiteral("db-prod-3.eu-west-1.example.com is slow"),
        QStringLiteral("[host] is slow"));
    row("host: sentence-final period stays", QStringLiteral("It was db-prod-3.internal."),
        QStringLiteral("It was [host]."));
    row("host: inside a URL, scheme, port and path kept", QStringLiteral("https://grafana.internal:3000/d/x?y=1"),
        QStringLiteral("https://[host]:3000/d/x?y=1"));
    row("host: in a Markdown link target", QStringLiteral("[dash](https://node-4.eu.example.net/x)"),
        QStringLiteral("[dash](https://[host]/x)"));
    row("host: in backticks", QStringLiteral("`pgbouncer-prod-1.internal`"), QStringLiteral("`[host]`"));
    row("ipv4: plain", QStringLiteral("10.20.4.11"), QStringLiteral("[IP address]"));
    row("ipv4: with a port", QStringLiteral("10.20.4.11:6432"), QStringLiteral("[IP address]:6432"));
    row("ipv4: CIDR block", QStringLiteral("route 10.0.0.0/8 away"), QStringLiteral("route [IP address] away"));
    row("ipv4: in parentheses", QStringLiteral("(10.20.3.17)"), QStringLiteral("([IP address])"));
    row("ipv4: at the end of a sentence", QStringLiteral("from 192.168.1.1."), QStringLiteral("from [IP address]."));
    row("ipv6: full form", QStringLiteral("2001:0db8:85a3:0000:0000:8a2e:0370:7334"), QStringLiteral("[IP address]"));
    row("ipv6: compressed", QStringLiteral("to 2001:db8::8a2e:370:7334 now"), QStringLiteral("to [IP address] now"));
    row("ipv6: loopback", QStringLiteral("bound to ::1"), QStringLiteral("bound to [IP address]"));
    row("ipv6: trailing compression", QStringLiteral("fe80:: and 2001:db8::"),
        QStringLiteral("[IP address] and [IP address]"));
    row("ipv6: zone index", QStringLiteral("fe80::1%eth0"), QStringLiteral("[IP address]"));
    row("ipv6: IPv4-mapped", QStringLiteral("::ffff:192.0.2.128"), QStringLiteral("[IP address]"));
    row("ipv6: with a prefix", QStringLiteral("2001:db8::/32"), QStringLiteral("[IP address]"));
    row("ipv6: letters only, three groups", QStringLiteral("dead:beef::cafe"), QStringLiteral("[IP address]"));
    row("ipv6: in URL brackets", QStringLiteral("http://[2001:db8::1]:8080/"),
        QStringLiteral("http://[[IP address]]:8080/"));
    row("email: plain", QStringLiteral("mail katrin.meier@example.com today"), QStringLiteral("mail [e-mail] today"));
    row("email: plus and subdomain", QStringLiteral("ops+alerts@mail.corp.internal"), QStringLiteral("[e-mail]"));
    row("email: unicode local part", QStringLiteral("zoë@example.org"), QStringLiteral("[e-mail]"));
    row("email: mailto link", QStringLiteral("<mailto:sre@example.com>"), QStringLiteral("<mailto:[e-mail]>"));
    row("name: full name", QStringLiteral("Katrin Meier declared SEV2"), QStringLiteral("[name] declared SEV2"));
    row("name: first name alone", QStringLiteral("Katrin took the lead"), QStringLiteral("[name] took the lead"));
    row("name: last name alone", QStringLiteral("asked Meier"), QStringLiteral("asked [name]"));
    row("name: possessive", QStringLiteral("Katrin's call"), QStringLiteral("[name]'s call"));
    row("name: full name in any case", QStringLiteral("KATRIN MEIER"), QStringLiteral("[name]"));
    row("name: full name across a line break", QStringLiteral("Katrin\nMeier"), QStringLiteral("[name]"));
    row("name: event author from an internal row", QStringLiteral("Rafael Torres posted"),
        QStringLiteral("[name] posted"));
    row("name: action owner", QStringLiteral("Olsen owns it"), QStringLiteral("[name] owns it"));
    row("name: capitalised first name that is a word", QStringLiteral("Mark restarted it"),
        QStringLiteral("[name] restarted it"));
    row("name: one-word handle as written", QStringLiteral("asked jdoe"), QStringLiteral("asked [name]"));
    row("name: script without spaces", QStringLiteral("联系李娜处理"), QStringLiteral("联系[name]处理"));
    row("name: in an e-mail, the e-mail wins", QStringLiteral("katrin.meier@example.com"), QStringLiteral("[e-mail]"));
    row("name: first name in capitals", QStringLiteral("KATRIN took the lead"), QStringLiteral("[name] took the lead"));
    row("name: last name in capitals", QStringLiteral("asked MEIER"), QStringLiteral("asked [name]"));
    row("name: one-word handle capitalised and in capitals", QStringLiteral("Jdoe and JDOE"),
        QStringLiteral("[name] and [name]"));
    row("name: genitive without apostrophe", QStringLiteral("Katrins Anruf"), QStringLiteral("[name] Anruf"));
    row("name: possessive in capitals", QStringLiteral("KATRIN'S call"), QStringLiteral("[name]'S call"));
    row("host: underscore in a label", QStringLiteral("via api_gw-1.example.com"), QStringLiteral("via [host]"));
    row("invisible: zero-width space inside a name", QStringLiteral("Kat\u200brin called"),
        QStringLiteral("[name] called"));
    row("invisible: soft hyphen inside a host", QStringLiteral("db-prod-3.inter\u00adnal"), QStringLiteral("[host]"));
    row("escape: %-escaped e-mail address", QStringLiteral("write to katrin.meier%40example.com"),
        QStringLiteral("write to [e-mail]"));
    row("escape: %-escaped host in a URL", QStringLiteral("https://db%2Dprod-3.internal/run"),
        QStringLiteral("https://[host]/run"));
    row("compatibility: fullwidth digits", QStringLiteral("from １０.２０.４.１１"),
        QStringLiteral("from [IP address]"));
    // No match at all in text that is not valid UTF-16, unless the surrogate is replaced first.
    row("robustness: a lone high surrogate switches no rule off",
        QStringLiteral("Katrin Meier at 10.20.4.11 ") + QChar(0xd83e) + QStringLiteral(" on db-prod-3.internal"),
        QStringLiteral("[name] at [IP address] \uFFFD on [host]"));
    row("robustness: a lone low surrogate switches no rule off",
        QChar(0xdc00) + QStringLiteral(" mail katrin.meier@example.com"), QStringLiteral("\uFFFD mail [e-mail]"));
    row("pattern: user pattern", QStringLiteral("see CHK-1234 and CHK-9"),
        QStringLiteral("see [redacted] and [redacted]"), {QStringLiteral("CHK-\\d+")});
    row("pattern: case-insensitive flag", QStringLiteral("Project FALCON launch"), QStringLiteral("[redacted] launch"),
        {QStringLiteral("(?i)project falcon")});
    row("pattern: several patterns, blank ones ignored", QStringLiteral("alpha beta gamma"),
        QStringLiteral("[redacted] beta [redacted]"),
        {QStringLiteral("alpha"), QStringLiteral("  "), QStringLiteral("gamma")});
    row("pattern: empty matches redact nothing", QStringLiteral("aaa b"), QStringLiteral("[redacted] b"),
        {QStringLiteral("a*")});

    const auto kept = [&](const char *name, const QString &text) { row(name, text, text); };
    kept("kept: version 1.2.3", QStringLiteral("upgrade to 1.2.3 and v2.10.0-rc.1"));
    kept("kept: five-part version", QStringLiteral("build 1.2.3.4.5"));
    kept("kept: not an address, octet over 255", QStringLiteral("256.1.1.1"));
    kept("kept: file name pool.yaml", QStringLiteral("edit pool.yaml and db/pool.yaml"));
    kept("kept: dotted file name with digits", QStringLiteral("backup-2023.03.tar.gz, app-v2.prod.yaml"));
    kept("kept: local settings file", QStringLiteral("settings.local.json and .env.local"));
    kept("kept: abbreviations", QStringLiteral("e.g. this, i.e. that, U.S.A."));
    kept("kept: sentences with periods", QStringLiteral("It failed.Then it worked. Next.Step"));
    kept("kept: public host without digits or dashes", QStringLiteral("https://status.example.com/incidents/42"));
    kept("kept: two-label domain", QStringLiteral("example.com and github.com"));
    kept("kept: decimals and percentages", QStringLiteral("0.4-0.5 % and 3.14159"));
    kept("kept: times", QStringLiteral("13:05:00 and 13:05:00.125 and 14:38-15:19"));
    kept("kept: MAC address", QStringLiteral("00:1a:2b:3c:4d:5e"));
    kept("kept: C++ scope", QStringLiteral("std::string and Face::add and add::"));
    kept("kept: chat handle", QStringLiteral("ping @lina in #inc-20230314"));
    kept("kept: name inside a longer word", QStringLiteral("Meierhof and Katrina"));
    kept("kept: lower-case first name as a word", QStringLiteral("mark the alert resolved"));
    kept("kept: one-word author in another case", QStringLiteral("the alert fired"));
    kept("kept: author without letters is no name", QStringLiteral("-- note"));
    row("name: a non-person owner is redacted as written", QStringLiteral("ask the ops team"),
        QStringLiteral("ask the [name]"));
    kept("kept: words of a non-person owner alone", QStringLiteral("ops on call, the team"));
    kept("kept: URL scheme", QStringLiteral("https:// and ftp://"));
    kept("kept: dotted snake_case without digits or dashes", QStringLiteral("call self.db_pool.acquire()"));
    kept("kept: %-escapes of spaces, percentages", QStringLiteral("a%20b.example.com, 100% and %zz"));
    kept("kept: dollar signs in plain text", QStringLiteral("Kat$rin$ is no name here"));
}

void tst_Redaction::redactText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, patterns);
    const Redactor redactor(people(), rules(patterns));
    QCOMPARE(redactor.redact(text).text, expected);
}

void tst_Redaction::renderedMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<MarkdownRedactor::Layout>("layout");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("patterns");

    const auto block = [](const char *name, const QString &markdown, const QString &expected,
                          const QStringList &patterns = {}) {
        QTest::newRow(name) << markdown << MarkdownRedactor::Layout::Block << expected << patterns;
    };
    const auto cell = [](const char *name, const QString &markdown, const QString &expected) {
        QTest::newRow(name) << markdown << MarkdownRedactor::Layout::Cell << expected << QStringList();
    };

    const QString ordinary = QStringLiteral("# Cause\n\n**Bold**, _emph_, `code` and [a link](https://example.com).\n\n"
                                            "- one\n- two\n\n<details>\n<summary>More</summary>\n\nHidden\n</details>");
    block("kept: Markdown without anything to redact stays as written",
          QStringLiteral("# Cause\n\n**Bold**, _emph_, "
                         "`code` and [a link]"
                         "(https://example.com).\n\n- "
                         "one\n- two"),
          QStringLiteral("# Cause\n\n**Bold**, _emph_, `code` and [a link](https://example.com).\n\n- one\n- two"));
    block("kept: what the source redaction replaced stays as written",
          QStringLiteral("Katrin **called** at 10.20.4.11"), QStringLiteral("[name] **called** at [IP address]"));
    block("escape: dots of an IP address", QStringLiteral("from 10\\.20\\.4\\.11 on"),
          QStringLiteral("from [IP address] on"));
    block("entity: e-mail address", QStringLiteral("mail katrin&#46;meier&#64;example.com now"),
          QStringLiteral("mail [e-mail] now"));
    block("emphasis: inside a name, emphasis elsewhere kept", QStringLiteral("**Note:** Kat**rin** Meier called"),
          QStringLiteral("**Note:** [name] [name] called"));
    block("emphasis: name inside a link text, the link kept",
          QStringLiteral("[ask Kat*rin*](https://example.com/team)"),
          QStringLiteral("[ask [name]](https://example.com/team)"));
    block("html: tag inside a host name", QStringLiteral("on db-prod-3.<b>internal</b> now"),
          QStringLiteral("on [host] now"));
    block("html: inline tags dropped, their text kept", QStringLiteral("a <span title=\"x\">b</span> c"),
          QStringLiteral("a b c"));
    block("html: comment dropped", QStringLiteral("a<!-- 10\\.20\\.4\\.11 --> b"), QStringLiteral("a b"));
    block("html: block becomes its text", QStringLiteral("<div>\nKat<i>rin</i> &amp; co\n</div>"),
          QStringLiteral("[name] & co"));
    block(
        "html: every block of a text", ordinary,
        QStringLiteral("# Cause\n\n**Bold**, *emph*, `code` and [a link](https://example.com).\n\n  - one\n  - two\n\n"
                       "More\n\nHidden"));
    block("link: %-escaped target", QStringLiteral("[write](mailto:katrin.meier%40example.com)"),
          QStringLiteral("[write](mailto:[e-mail])"));
    block("link: escaped host in the target", QStringLiteral("[dash](https://db-prod-3\\.internal/d/x)"),
          QStringLiteral("[dash](https://[host]/d/x)"));
    block("link: entity in the title", QStringLiteral("[x](https://example.com \"Kat&#114;in's page\")"),
          QStringLiteral("[x](https://example.com \"[name]'s page\")"));
    block("link: image inside a link, every address redacted",
          QStringLiteral("[![db%2Dprod-3.internal](https://db%2Dprod-3.internal/g.png)](https://db%2Dprod-3.internal)"),
          QStringLiteral("[![[host]](https://[host]/g.png)](https://[host])"));
    block("link: definition resolved and dropped",
          QStringLiteral("See [the runbook][rb].\n\n[rb]: https://db%2Dprod-3.internal/run"),
          QStringLiteral("See [the runbook](https://[host]/run)."));
    block("link: %-escaped host in an autolink", QStringLiteral("see https://db%2Dprod-3.internal/d/x now"),
          QStringLiteral("see https://[host]/d/x now"));
    block("underscore: escaped in a host name", QStringLiteral("via api\\_gw-1.example.com"),
          QStringLiteral("via [host]"));
    block("invisible: zero-width space entity in a name", QStringLiteral("Kat&#8203;rin called"),
          QStringLiteral("[name] called"));
    block("invisible: soft hyphen entity in a name", QStringLiteral("Kat&shy;rin called"),
          QStringLiteral("[name] called"));
    block("math: dollar signs inside a name", QStringLiteral("Kat$rin$ called"), QStringLiteral("[name]$ called"));
    block("table: emphasis inside a name in a cell", QStringLiteral("| who | what |\n|---|---|\n| Kat**rin** | x |"),
          QStringLiteral("| who | what |\n| --- | --- |\n| [name] | x |"));
    block("footnote: its text redacted as the PDF shows it", QStringLiteral("Outage[^1].\n\n[^1]: Kat**rin** saw it."),
          QStringLiteral("Outage\\[^1\\].\n\n\\[^1\\]: [name] saw it."));
    block("footnote: a definition the PDF reads as a link's target",
          QStringLiteral("Outage[^1].\n\n[^1]: https://db%2Dprod-3.internal"),
          QStringLiteral("Outage[^1](https://[host])."));
    block("list: lists that follow each other stay apart", QStringLiteral("- Kat**rin**\n\n\n1. two"),
          QStringLiteral("  - [name]\n\n<!-- end list -->\n\n1.  two"));
    block("code block: entities in the fence's language", QStringLiteral("```db&#45;prod&#45;3&#46;internal\nls\n```"),
          QStringLiteral("``` [host]\nls\n```"));
    block("image: an object apart from the text around it", QStringLiteral("at 10\\.20\\.4\\.11![graph](g.png)"),
          QStringLiteral("at [IP address]![graph](g.png)"));
    block("placeholder: escaped where it would start a link", QStringLiteral("Kat*rin*(on call)"),
          QStringLiteral("\\[name\\](on call)"));

    block("placeholder: never matched again", QStringLiteral("Kat**rin** at 10.0.0.1"),
          QStringLiteral("[name] at [IP address]"), {QStringLiteral("address|name|\\[")});

    cell("cell: emphasis inside a name", QStringLiteral("Kat**rin** restarted"), QStringLiteral("[name] restarted"));
    cell("cell: entity in an e-mail address, as a block reads it",
         QStringLiteral("mail katrin&#46;meier&#64;example.com"), QStringLiteral("mail [e-mail]"));
    cell("cell: tag inside a host name", QStringLiteral("on db-prod-3.<b>internal</b>"), QStringLiteral("on [host]"));
    cell("cell: HTML shown as written stays", QStringLiteral("wait for <PR-123> to land"),
         QStringLiteral("wait for <PR-123> to land"));
    cell("cell: an image's description is text in a cell", QStringLiteral("Kat![rin](x.png) called"),
         QStringLiteral("[name] called"));
    cell("cell: HTML with an entity it could hide behind is dropped",
         QStringLiteral("ask <a href=\"mailto:ops&commat;example.com\">ops</a>"), QStringLiteral("ask ops"));
    cell("cell: line breaks kept", QStringLiteral("Kat**rin** called\nnext line"),
         QStringLiteral("[name] called\nnext line"));
    cell("cell: indented text is no code in a cell", QStringLiteral("    10\\.20\\.4\\.11"),
         QStringLiteral("[IP address]"));
}

void tst_Redaction::renderedMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(MarkdownRedactor::Layout, layout);
    QFETCH(QString, expected);
    QFETCH(QStringList, patterns);
    const Redactor redactor(people(), rules(patterns));
    QCOMPARE(MarkdownRedactor(redactor).redact(markdown, layout).text, expected);
}

void tst_Redaction::rulesSwitchedOff_data()
{
    QTest::addColumn<RedactionRules>("rules");
    QTest::addColumn<QString>("expected");
    const QString text = QStringLiteral("Katrin on db-1.internal at 10.0.0.1 or ::1, katrin@example.com, CHK-1");
    RedactionRules all = rules({QStringLiteral("CHK-\\d")});
    QTest::newRow("rules: everything on")
        << all << QStringLiteral("[name] on [host] at [IP address] or [IP address], [e-mail], [redacted]");
    RedactionRules r = all;
    r.hostNames = false;
    QTest::newRow("rules: host names off")
        << r << QStringLiteral("[name] on db-1.internal at [IP address] or [IP address], [e-mail], [redacted]");
    r = all;
    r.ipAddresses = false;
    QTest::newRow("rules: IP addresses off")
        << r << QStringLiteral("[name] on [host] at 10.0.0.1 or ::1, [e-mail], [redacted]");
    r = all;
    r.emailAddresses = false;
    QTest::newRow("rules: e-mail addresses off")
        << r << QStringLiteral("[name] on [host] at [IP address] or [IP address], katrin@example.com, [redacted]");
    r = all;
    r.peopleNames = false;
    QTest::newRow("rules: names off") << r
                                      << QStringLiteral(
                                             "Katrin on [host] at [IP address] or [IP address], [e-mail], [redacted]");
    r = RedactionRules{false, false, false, false, {}};
    QTest::newRow("rules: everything off") << r << text;
}

void tst_Redaction::rulesSwitchedOff()
{
    QFETCH(RedactionRules, rules);
    QFETCH(QString, expected);
    const QString text = QStringLiteral("Katrin on db-1.internal at 10.0.0.1 or ::1, katrin@example.com, CHK-1");
    QCOMPARE(Redactor(people(), rules).redact(text).text, expected);
}

void tst_Redaction::counts()
{
    const QString text = QStringLiteral("Katrin Meier and Mark on a.internal, b.internal, 10.0.0.1, fe80::1, "
                                        "x@example.com, CHK-1 CHK-2 CHK-3");
    const auto result = Redactor(people(), rules({QStringLiteral("CHK-\\d")})).redact(text);
    QCOMPARE(result.counts.names, 2);
    QCOMPARE(result.counts.hostNames, 2);
    QCOMPARE(result.counts.ipAddresses, 2);
    QCOMPARE(result.counts.emailAddresses, 1);
    QCOMPARE(result.counts.patterns, 3);
    QCOMPARE(result.counts.total(), 10);
    QCOMPARE(Redactor(people(), rules()).redact(QStringLiteral("nothing here")).counts, RedactionCounts());
}

void tst_Redaction::invalidPatterns_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QStringList>("reported"); // the patterns named in the messages
    QTest::newRow("validate: valid patterns")
        << QStringList{QStringLiteral("CHK-\\d+"), QStringLiteral("(?i)falcon")} << QStringList();
    QTest::newRow("validate: unclosed class")
        << QStringList{QStringLiteral("[abc")} << QStringList{QStringLiteral("[abc")};
    QTest::newRow("validate: unclosed group among valid ones")
        << QStringList{QStringLiteral("ok"), QStringLiteral("(open"), QStringLiteral("fine")}
        << QStringList{QStringLiteral("(open")};
    QTest::newRow("validate: nothing to repeat and bad escape")
        << QStringList{QStringLiteral("*x"), QStringLiteral("\\")}
        << QStringList{QStringLiteral("*x"), QStringLiteral("\\")};
    QTest::newRow("validate: blank patterns are not errors")
        << QStringList{QString(), QStringLiteral(" ")} << QStringList();
}

void tst_Redaction::invalidPatterns()
{
    QFETCH(QStringList, patterns);
    QFETCH(QStringList, reported);
    const RedactionRules r = rules(patterns);
    const QStringList problems = r.validate();
    QCOMPARE(problems.size(), reported.size());
    for (qsizetype i = 0; i < reported.size(); ++i) {
        QVERIFY2(problems.at(i).contains(QStringLiteral("“") + reported.at(i) + QStringLiteral("”")),
                 qPrintable(problems.at(i)));
        QVERIFY(problems.at(i).contains(QStringLiteral("at character")));
    }
    // Never a crash, and the valid patterns still apply.
    const auto result = Redactor(people(), r).redact(QStringLiteral("ok fine CHK-12 [abc (open *x"));
    QVERIFY(!result.text.isEmpty());
    if (patterns.contains(QStringLiteral("ok")))
        QCOMPARE(result.text, QStringLiteral("[redacted] [redacted] CHK-12 [abc (open *x"));
}

void tst_Redaction::namesFromTheWholeReview()
{
    const Review review = leaky();
    const Redactor redactor(review, rules());
    // From the internal authors section, an internal event and an internal action, too.
    const QStringList names = redactor.names();
    for (const auto &name : {"Hanna Berg", "Sven Lind", "Hanna", "Berg", "Sven", "Lind"})
        QVERIFY2(names.contains(QLatin1StringView(name)), name);
    // Longest first, so that full names win over their parts.
    QVERIFY(names.indexOf(QStringLiteral("Hanna Berg")) < names.indexOf(QStringLiteral("Hanna")));
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY(names.at(i - 1).size() >= names.at(i).size());
    // An author field is a name as written; one that is not a person's name gives no parts.
    QVERIFY(names.contains(QStringLiteral("LEAK-MARKER-author")));
    QVERIFY(!names.contains(QStringLiteral("LEAK")));
}

void tst_Redaction::nameWithALoneSurrogateSwitchesNoNameOff()
{
    // All names are one expression, which would be invalid, and match nothing, with a name that
    // is not valid UTF-16 in it.
    Review review;
    TimelineEvent event;
    event.author = QStringLiteral("Katrin Meier");
    review.timeline.append(event);
    event.author = QStringLiteral("Bot ") + QChar(0xd83e);
    review.timeline.append(event);
    const Redactor redactor(review, rules());
    QCOMPARE(redactor.redact(QStringLiteral("Katrin Meier called Bot ") + QChar(0xd83e)).text,
             QStringLiteral("[name] called [name]"));
}

void tst_Redaction::publicAuthorsAreNotRedacted()
{
    Review review = people();
    review.visibility[int(SectionKey::Authors)] = Visibility::Public;
    const Redactor redactor(review, rules());
    QCOMPARE(redactor.redact(QStringLiteral("Katrin Meier and Rafael Torres")).text,
             QStringLiteral("Katrin Meier and [name]"));
    const Review view = customerView(review);
    QCOMPARE(view.authors.first().name, QStringLiteral("Katrin Meier"));
    QVERIFY(view.authors.first().contact.isEmpty());
}

void tst_Redaction::redactionBypass_data()
{
    // Spellings of private data that the rendered text resolves, each with what a reader sees.
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("secret");
    QTest::newRow("bypass: escaped dots in an IP address")
        << QStringLiteral("10\\.20\\.4\\.11") << QStringLiteral("10.20.4.11");
    QTest::newRow("bypass: entities in an e-mail address")
        << QStringLiteral("katrin&#46;meier&#64;example.com") << QStringLiteral("katrin.meier@example.com");
    QTest::newRow("bypass: emphasis inside a name") << QStringLiteral("Kat**rin** Meier") << QStringLiteral("Katrin");
    QTest::newRow("bypass: HTML tags inside a host name")
        << QStringLiteral("db-prod-3.<b>internal</b>") << QStringLiteral("db-prod-3.internal");
    QTest::newRow("bypass: %40 in a link target") << QStringLiteral("[the inbox](mailto:katrin.meier%40example.com)")
                                                  << QStringLiteral("katrin.meier@example.com");
    // Found by the redaction fuzz target: the colon of the scheme hid the address after it.
    QTest::newRow("bypass: IPv6 address after a scheme, %-escaped")
        << QStringLiteral("[mail](mailto:fd12%3a3456%3a789a%3a%3a11)") << QStringLiteral("fd12:3456:789a::11");
    QTest::newRow("bypass: IPv6 address right after a colon")
        << QStringLiteral("host:fd12:3456:789a::11") << QStringLiteral("fd12:3456:789a::11");
    QTest::newRow("bypass: escaped underscore in a host name")
        << QStringLiteral("api\\_gw-1.example.com") << QStringLiteral("api_gw-1.example.com");
    QTest::newRow("bypass: first name in capitals") << QStringLiteral("KATRIN") << QStringLiteral("Katrin");
    QTest::newRow("bypass: possessive") << QStringLiteral("Katrin's desk") << QStringLiteral("Katrin");
    QTest::newRow("bypass: zero-width space inside a name")
        << QStringLiteral("Kat&#8203;rin") << QStringLiteral("Katrin");
}

void tst_Redaction::redactionBypass()
{
    QFETCH(QString, spelling);
    QFETCH(QString, secret);
    const QString before = QStringLiteral("Failover moved traffic to");
    const QString after = QStringLiteral("before noon.");
    const Review review = everywhere(before + u' ' + spelling + u' ' + after);

    // Proves the spelling shows the secret in the internal version.
    const QStringList internal = exported(review, ExportOptions::Audience::Internal);
    QVERIFY(!internal.isEmpty());
    QVERIFY2(std::any_of(internal.cbegin(), internal.cend(),
                         [&](const QString &text) { return readable(text).contains(secret, Qt::CaseInsensitive); }),
             qPrintable(secret));

    const QStringList customer = exported(review, ExportOptions::Audience::Customer);
    QCOMPARE(customer.size(), 5);
    const QStringList formats{QStringLiteral("Markdown"), QStringLiteral("JSON"), QStringLiteral("HTML"),
                              QStringLiteral("PDF file"), QStringLiteral("PDF text")};
    for (qsizetype i = 0; i < customer.size(); ++i) {
        const QString text = readable(customer.at(i));
        QVERIFY2(!text.contains(readable(secret), Qt::CaseInsensitive),
                 qPrintable(formats.at(i) + QStringLiteral(": ") + customer.at(i)));
        if (i == 3)
            continue; // the PDF's text is compressed in its bytes
        // The text around the secret survives in each of the five texts.
        QVERIFY2(text.count(readable(before)) >= 5, qPrintable(formats.at(i) + QStringLiteral(": ") + customer.at(i)));
        QVERIFY2(text.count(readable(after)) >= 5, qPrintable(formats.at(i) + QStringLiteral(": ") + customer.at(i)));
    }
}

void tst_Redaction::customerLeaks_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("secret");
    const QStringList secrets{
        QStringLiteral("LEAK-MARKER"), QStringLiteral("db-prod-7"),      QStringLiteral(".internal"),
        QStringLiteral("10.1.2.3"),    QStringLiteral("10.20.4.11"),     QStringLiteral("2001:db8"),
        QStringLiteral("fd00::10"),    QStringLiteral("@corp.example"),  QStringLiteral("ops-lead@"),
        QStringLiteral("grafana"),     QStringLiteral("pg-1.eu-west-1"), QStringLiteral("Hanna"),
        QStringLiteral("Berg"),        QStringLiteral("Sven"),           QStringLiteral("Lind"),
        QStringLiteral("jira.corp"),   QStringLiteral("FALCON"),         QStringLiteral("pgbouncer-2"),
    };
    for (const auto format : {"json", "md", "html"}) {
        for (const auto &secret : secrets) {
            const QString name = QStringLiteral("customer %1: no %2").arg(QLatin1StringView(format), secret);
            QTest::newRow(qPrintable(name)) << QString::fromLatin1(format) << secret;
        }
    }
}

void tst_Redaction::customerLeaks()
{
    QFETCH(QString, format);
    QFETCH(QString, secret);
    const Review review = leaky();
    ExportOptions options;
    const auto write = [&](const ExportOptions &o) {
        if (format == u"html")
            return QString::fromUtf8(reviewToHtml(review, o).html);
        return QString::fromUtf8(format == u"json" ? reviewToJson(review, o) : reviewToMarkdown(review, o));
    };
    // Proves the secret was planted where the internal version shows it.
    QVERIFY2(write(options).contains(secret), qPrintable(secret));
    options.audience = ExportOptions::Audience::Customer;
    options.redaction.patterns = {QStringLiteral("(?i)project falcon")};
    const QString text = write(options);
    QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(text));
}

void tst_Redaction::customerKeeps()
{
    ExportOptions options;
    options.audience = ExportOptions::Audience::Customer;
    for (const QString &text :
         {QString::fromUtf8(reviewToJson(leaky(), options)), QString::fromUtf8(reviewToMarkdown(leaky(), options)),
          QString::fromUtf8(reviewToHtml(leaky(), options).html)}) {
        QVERIFY(text.contains(QStringLiteral("[name] escalated to [name]")));
        QVERIFY(text.contains(QStringLiteral("[name] saw [IP address] and [IP address] fail")));
        QVERIFY(text.contains(QStringLiteral("Alert on pool saturation")));
        QVERIFY(text.contains(QStringLiteral("Public note")));
        QVERIFY(text.contains(QStringLiteral("Checkout outage on [host]")));
    }
}

namespace {

// A review whose Impact section is public, with a mark of its own in each part, as each format
// writes it.
Review impactMarks()
{
    Review review;
    review.visibility.fill(Visibility::Public);
    review.impact.visibility.fill(Visibility::Public);
    review.impact.user = QStringLiteral("MARK-user");
    review.impact.business = QStringLiteral("MARK-business");
    review.impact.team = QStringLiteral("MARK-team");
    review.impact.usersAffected = 987654;
    review.impact.revenueLost = 123457;
    review.impact.currency = QStringLiteral("XTS");
    review.impact.slaBreached = review.impact.dataLost = review.impact.dataCompromised = true;
    return review;
}

QString impactMark(ImpactPart part, const QString &format)
{
    const bool json = format == u"json";
    switch (part) {
    case ImpactPart::User:
    case ImpactPart::Business:
    case ImpactPart::Team:
        return QStringLiteral("MARK-") + enumKey(part);
    case ImpactPart::UsersAffected:
        return json ? QStringLiteral("987654") : QStringLiteral("987,654");
    case ImpactPart::RevenueLost:
        return QStringLiteral("XTS");
    case ImpactPart::SlaBreached:
        return json ? QStringLiteral("\"slaBreached\"") : QStringLiteral("SLA breached");
    case ImpactPart::DataLost:
        return json ? QStringLiteral("\"dataLost\"") : QStringLiteral("Data lost");
    case ImpactPart::DataCompromised:
        return json ? QStringLiteral("\"dataCompromised\"") : QStringLiteral("Data compromised");
    }
    return {};
}

QString writeReview(const Review &review, const QString &format, const ExportOptions &options)
{
    if (format == u"html")
        return QString::fromUtf8(reviewToHtml(review, options).html);
    return QString::fromUtf8(format == u"json" ? reviewToJson(review, options) : reviewToMarkdown(review, options));
}

} // namespace

void tst_Redaction::impactPartLeaks_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("part");
    for (const auto format : {"json", "md", "html"}) {
        for (const auto part : enumValues<ImpactPart>()) {
            const QString name =
                QStringLiteral("customer %1: internal %2 left out").arg(QLatin1StringView(format), enumKey(part));
            QTest::newRow(qPrintable(name)) << QString::fromLatin1(format) << int(part);
        }
    }
}

// One part made internal leaves the customer version, and only that part: the others stay.
void tst_Redaction::impactPartLeaks()
{
    QFETCH(QString, format);
    QFETCH(int, part);
    Review review = impactMarks();
    review.impact.visibility[part] = Visibility::Internal;
    ExportOptions options;
    const QString internal = writeReview(review, format, options);
    options.audience = ExportOptions::Audience::Customer;
    const QString customer = writeReview(review, format, options);
    for (const auto other : enumValues<ImpactPart>()) {
        const QString mark = impactMark(other, format);
        QVERIFY2(internal.contains(mark), qPrintable(mark));
        QVERIFY2(customer.contains(mark) == (int(other) != part), qPrintable(mark + QLatin1Char('\n') + customer));
    }
}

void tst_Redaction::everyTextRedacted()
{
    // Every text field of a review holds the same host name; none keeps it.
    Review review;
    review.visibility.fill(Visibility::Public);
    const QString host = QStringLiteral("db-9.internal");
    review.title = review.summary = review.impact.user = review.impact.business = review.impact.team = host;
    review.detection.markdown = review.triage = review.rootCauses = review.resolution = host;
    review.shareAudience = review.share = host;
    review.authors = {{0, host, host, host}};
    TimelineEvent e = makeEvent(1, host, host, Visibility::Public);
    review.timeline = {e};
    review.lessons = {{0, LessonKind::GotLucky, host}};
    review.actions = {action(host, host, host, Visibility::Public)};
    review.additional = {{0, host, host, Visibility::Public}};
    const auto result = Redactor(review, rules()).redact(review);
    QCOMPARE(result.counts.hostNames, 22);
    QVERIFY(!QString::fromUtf8(reviewToJson(result.review)).contains(host));
    QCOMPARE(result.review.timeline.first().time, e.time);
}

void tst_Redaction::omissions_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<RedactionRules>("rules");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("omissions: sample") << tests::sampleReview() << rules()
                                       << QStringList{QStringLiteral("Section “Authors” (internal)"),
                                                      QStringLiteral("Section “Triage” (internal)"),
                                                      QStringLiteral("Section “Share it” (internal)"),
                                                      QStringLiteral("Impact: “Business impact” (internal)"),
                                                      QStringLiteral("Impact: “Team impact” (internal)"),
                                                      QStringLiteral("Impact: “Revenue lost” (internal)"),
                                                      QStringLiteral("5 internal timeline events"),
                                                      QStringLiteral("2 internal actions"),
                                                      QStringLiteral("1 internal image or chart"),
                                                      QStringLiteral("33 names redacted")};
    Review nothing;
    nothing.visibility.fill(Visibility::Public);
    nothing.impact.visibility.fill(Visibility::Public);
    QTest::newRow("omissions: all public, nothing to redact") << nothing << rules() << QStringList();
    QTest::newRow("omissions: leaky review")
        << leaky() << rules({QStringLiteral("(?i)project falcon")})
        << QStringList{QStringLiteral("Section “Authors” (internal)"),
                       QStringLiteral("Section “Triage” (internal)"),
                       QStringLiteral("Section “Share it” (internal)"),
                       QStringLiteral("Section “LEAK-MARKER-note” (internal)"),
                       QStringLiteral("Impact: “Business impact” (internal)"),
                       QStringLiteral("Impact: “Team impact” (internal)"),
                       QStringLiteral("Impact: “Revenue lost” (internal)"),
                       QStringLiteral("2 internal timeline events"),
                       QStringLiteral("1 internal action"),
                       QStringLiteral("5 host names, 3 IP addresses, 2 e-mail addresses, 7 names, 1 match of your "
                                      "patterns redacted")};
    Review contacts = people();
    contacts.visibility.fill(Visibility::Public);
    contacts.impact.visibility.fill(Visibility::Public);
    for (auto &e : contacts.timeline)
        e.visibility = Visibility::Public;
    contacts.actions.first().visibility = Visibility::Public;
    contacts.actions.last().visibility = Visibility::Public;
    QTest::newRow("omissions: public authors with contacts")
        << contacts << rules()
        << QStringList{QStringLiteral("Authors' contact details"), QStringLiteral("5 names redacted")};
    Review oneEach = contacts;
    oneEach.summary = QStringLiteral("Rafael on x.internal, 10.0.0.1, a@example.com, CHK-1");
    oneEach.timeline.append(makeEvent(2, QStringLiteral("private"), QString(), Visibility::Internal));
    oneEach.actions.append(action(QStringLiteral("private"), QString(), QString(), Visibility::Internal));
    QTest::newRow("omissions: singular forms")
        << oneEach << rules({QStringLiteral("CHK-\\d")})
        << QStringList{QStringLiteral("1 internal timeline event"), QStringLiteral("1 internal action"),
                       QStringLiteral("Authors' contact details"),
                       QStringLiteral("1 host name, 1 IP address, 1 e-mail address, 6 names, 1 match of your "
                                      "patterns redacted")};
    Review internalTimeline = people();
    internalTimeline.visibility.fill(Visibility::Public);
    internalTimeline.impact.visibility.fill(Visibility::Public);
    internalTimeline.visibility[int(SectionKey::Timeline)] = Visibility::Internal;
    internalTimeline.visibility[int(SectionKey::Authors)] = Visibility::Internal;
    QTest::newRow("omissions: an internal section covers its rows")
        << internalTimeline << RedactionRules{false, false, false, false, {}}
        << QStringList{QStringLiteral("Section “Authors” (internal)"), QStringLiteral("Section “Timeline” (internal)"),
                       QStringLiteral("2 internal actions")};
}

void tst_Redaction::omissions()
{
    QFETCH(Review, review);
    QFETCH(RedactionRules, rules);
    QFETCH(QStringList, expected);
    ExportOptions options;
    options.redaction = rules;
    QCOMPARE(customerOmissions(review, options), expected);
}

void tst_Redaction::omissionsMatchPlaceholders()
{
    // The figures the export dialog shows are the placeholders the customer file holds.
    for (const Review &review : {tests::sampleReview(), leaky()}) {
        ExportOptions options;
        options.audience = ExportOptions::Audience::Customer;
        options.redaction.patterns = {QStringLiteral("(?i)project falcon")};
        const QString json = QString::fromUtf8(reviewToJson(review, options));
        const auto counts =
            Redactor(review, options.redaction).redact(customerView(review, {false, false, false, false, {}})).counts;
        QCOMPARE(int(json.count(QStringLiteral("[name]"))), counts.names);
        QCOMPARE(int(json.count(QStringLiteral("[host]"))), counts.hostNames);
        QCOMPARE(int(json.count(QStringLiteral("[IP address]"))), counts.ipAddresses);
        QCOMPARE(int(json.count(QStringLiteral("[e-mail]"))), counts.emailAddresses);
        QCOMPARE(int(json.count(QStringLiteral("[redacted]"))), counts.patterns);
    }
}

// A QGuiApplication: the PDF export lays out text with fonts.
QTEST_MAIN(tst_Redaction)
#include "tst_redaction.moc"
