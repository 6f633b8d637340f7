// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxrepository.h"

#include <algorithm>

namespace hindsight::highlight {

namespace {

// Info strings people write whose KSyntaxHighlighting name differs.
struct Alias
{
    const char *infoString;
    const char *definition;
};

// The first alias whose definition exists wins: "Log File (advanced)" colours dates, times and
// numbers apart from the level; "Log File (simplified)", in older releases too, only the level.
constexpr Alias Aliases[] = {
    {"log", "Log File (advanced)"},
    {"log", "Log File (simplified)"},
    {"logs", "Log File (advanced)"},
    {"logs", "Log File (simplified)"},
    {"logfile", "Log File (advanced)"},
    {"logfile", "Log File (simplified)"},
    {"syslog", "Log File (advanced)"},
    {"syslog", "Log File (simplified)"},
    {"journal", "Log File (advanced)"},
    {"journal", "Log File (simplified)"},
    {"journalctl", "Log File (advanced)"},
    {"journalctl", "Log File (simplified)"},
    {"sh", "Bash"},
    {"shell", "Bash"},
    {"console", "Bash"},
    {"shell-session", "Bash"},
    {"terminal", "Bash"},
    {"yml", "YAML"},
    {"py", "Python"},
    {"python3", "Python"},
    {"golang", "Go"},
    {"js", "JavaScript"},
    {"mjs", "JavaScript"},
    {"node", "JavaScript"},
    {"ts", "TypeScript"},
    {"jsonc", "JSON"},
    {"jsonl", "JSON"},
    {"ndjson", "JSON"},
    {"postgres", "SQL (PostgreSQL)"},
    {"postgresql", "SQL (PostgreSQL)"},
    {"psql", "SQL (PostgreSQL)"},
    {"pgsql", "SQL (PostgreSQL)"},
    {"mysql", "SQL (MySQL)"},
    {"patch", "Diff"},
    {"udiff", "Diff"},
    {"ini", "INI Files"},
    {"conf", "INI Files"},
    {"cfg", "INI Files"},
    {"env", "Bash"},
    {"dotenv", "Bash"},
    {"hcl", "Terraform"},
    {"tf", "Terraform"},
    {"k8s", "YAML"},
};

} // namespace

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Definition syntaxDefinition(QStringView infoString)
{
    auto word = infoString.trimmed();
    const auto end = std::find_if(word.begin(), word.end(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('}');
    });
    word = word.first(end - word.begin());
    while (word.startsWith(QLatin1Char('{')) || word.startsWith(QLatin1Char('.')))
        word = word.sliced(1);
    if (word.isEmpty())
        return {};
    auto &repository = syntaxRepository();
    for (const auto &alias : Aliases) {
        if (word.compare(QLatin1String(alias.infoString), Qt::CaseInsensitive) == 0) {
            if (auto definition = repository.definitionForName(QLatin1String(alias.definition)); definition.isValid())
                return definition;
        }
    }
    const auto name = word.toString();
    if (auto definition = repository.definitionForName(name); definition.isValid())
        return definition;
    return repository.definitionForFileName(QStringLiteral("code.") + name);
}

KSyntaxHighlighting::Theme syntaxTheme(bool dark)
{
    return syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace hindsight::highlight
