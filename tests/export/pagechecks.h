// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// What every HTML page Hindsight writes promises, checked by tst_htmlexporter on chosen reviews
// and by the html fuzz target on any.
namespace hindsight::tests {

// What in html would make a browser fetch or run something: a script, a frame, a style sheet
// that loads, an address other than a link's or a data: image. Empty when nothing.
inline QStringList externalResources(const QString &html)
{
    QStringList found;
    static const QRegularExpression forbiddenTag(
        QStringLiteral("<(script|link|iframe|frame|object|embed|base|video|audio|source|track|form|svg|math)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = forbiddenTag.globalMatch(html); it.hasNext();)
        found.append(it.next().captured(0));
    static const QRegularExpression cssFetch(QStringLiteral("@import|url\\s*\\(|image-set\\s*\\("),
                                             QRegularExpression::CaseInsensitiveOption);
    for (auto it = cssFetch.globalMatch(html); it.hasNext();)
        found.append(it.next().captured(0));
    static const QRegularExpression refresh(QStringLiteral("http-equiv\\s*=\\s*\"?refresh"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (html.contains(refresh))
        found.append(QStringLiteral("meta refresh"));
    // Every attribute that names an address: only a link's href may point outside the page (it
    // is followed when clicked, never fetched); everything else is a data: image.
    static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)\\b([^>]*)>"));
    static const QRegularExpression address(
        QStringLiteral("\\b(src|srcset|href|poster|background|data|action|formaction|xlink:href|ping|cite|"
                       "longdesc|manifest|icon|lowsrc|dynsrc)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1).toLower();
        for (auto attributes = address.globalMatch(match.captured(2)); attributes.hasNext();) {
            const auto attribute = attributes.next();
            const QString key = attribute.captured(1).toLower();
            QString value = attribute.captured(2);
            if (value.startsWith(u'"') || value.startsWith(u'\''))
                value = value.mid(1, value.size() - 2);
            if (name == u"a" && key == u"href")
                continue;
            if (name == u"img" && key == u"src" && value.startsWith(QStringLiteral("data:image/")))
                continue;
            found.append(match.captured(0).left(120));
        }
    }
    return found;
}

// Every element opened is closed, in order, outside comments and the style sheet: a text
// cannot leave an element open that would swallow the rest of the page.
inline QString unbalancedElement(const QString &html)
{
    static const QStringList voidElements{QStringLiteral("meta"), QStringLiteral("img"),   QStringLiteral("br"),
                                          QStringLiteral("hr"),   QStringLiteral("input"), QStringLiteral("col"),
                                          QStringLiteral("wbr")};
    QString text = html;
    static const QRegularExpression skipped(QStringLiteral("<!--.*?-->|<style>.*?</style>|<!DOCTYPE html>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    text.remove(skipped);
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>"));
    QStringList open;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(2).toLower();
        if (voidElements.contains(name) || !match.captured(3).isEmpty())
            continue;
        if (match.captured(1).isEmpty()) {
            open.append(name);
        } else if (open.isEmpty() || open.takeLast() != name) {
            return QStringLiteral("</%1> at %2").arg(name).arg(match.capturedStart());
        }
    }
    return open.isEmpty() ? QString() : QStringLiteral("<%1> left open").arg(open.join(QStringLiteral("><")));
}

} // namespace hindsight::tests
