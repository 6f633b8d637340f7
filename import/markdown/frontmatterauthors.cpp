// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatterauthors.h"

#include "import/markdown/frontmatterreader.h"
#include "import/markdown/headingsynonyms.h"
#include "import/markdown/plaintext.h"
#include "import/markdown/readercontext.h"
#include "import/markdown/readervalues.h"

#include <QRegularExpression>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

int indentation(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    return int(i);
}

// Blank lines and comments say nothing about an entry.
bool isSkipped(QStringView line)
{
    const QStringView text = line.trimmed();
    return text.isEmpty() || text.startsWith(u'#');
}

bool isItemStart(QStringView line)
{
    const QStringView text = line.trimmed();
    return text == u"-" || text.startsWith(u"- ") || text.startsWith(u"-\t");
}

// "name: Priya Raman", "links:": a key and the value on its line. A quoted line is a scalar.
std::optional<std::pair<QString, QString>> keyAndValue(QStringView text)
{
    static const QRegularExpression entry(QStringLiteral(R"(^([^\s:#{"'-][^:]*?)\s*:(?:\s+(.*?))?\s*$)"));
    const auto match = entry.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair(match.captured(1), match.captured(2));
}

// One line of an entry, without the entry's "- ".
struct ContentLine
{
    QString text; // trimmed
    int column = 0;
    int line = 0; // in the file
};

// One key of a mapping entry, with the lines that belong to its value.
struct Field
{
    QString label; // as written
    QString value; // on the key's line
    bool nested = false;
    int line = 0;
};

enum class PersonKey { Name, Role, Contact };

std::optional<PersonKey> personKey(const QString &label)
{
    const QString key = normalizedHeading(label);
    if (isOneOf(key, personNameKeys))
        return PersonKey::Name;
    if (isOneOf(key, personRoleKeys))
        return PersonKey::Role;
    if (isOneOf(key, personContactKeys))
        return PersonKey::Contact;
    return std::nullopt;
}

// The fields of an entry that is a mapping, block or flow; empty when it is a line of text.
QList<Field> fieldsOf(const QList<ContentLine> &content)
{
    QList<Field> fields;
    const ContentLine &first = content.first();
    if (first.text.startsWith(u'{')) {
        // "{name: Priya Raman, role: SRE}"; one that goes on over more lines is not read.
        if (content.size() > 1 || !first.text.endsWith(u'}'))
            return {{first.text, {}, true, first.line}};
        for (const auto &part : QStringView(first.text).sliced(1, first.text.size() - 2).split(u',')) {
            if (part.trimmed().isEmpty())
                continue;
            if (const auto pair = keyAndValue(part.trimmed()))
                fields.append({pair->first, pair->second, false, first.line});
            else
                fields.append({part.trimmed().toString(), {}, true, first.line});
        }
        return fields;
    }
    if (!keyAndValue(first.text))
        return fields;
    for (const auto &line : content) {
        const auto pair =
            line.column == first.column && !isItemStart(line.text) ? keyAndValue(line.text) : std::nullopt;
        if (pair)
            fields.append({pair->first, pair->second, false, line.line});
        else
            fields.last().nested = true; // a list, a mapping or more text: more than one line of value
    }
    return fields;
}

} // namespace

std::optional<QStringList> FrontMatterAuthors::read(ReaderContext &context, const QStringList &lines, int firstLine)
{
    // Where each entry starts: a "- " at the indentation of the first.
    QList<int> starts;
    int itemColumn = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isSkipped(lines[i]))
            continue;
        const int column = indentation(lines[i]);
        if (itemColumn < 0) {
            if (!isItemStart(lines[i]))
                return std::nullopt;
            itemColumn = column;
        }
        if (column == itemColumn && isItemStart(lines[i]))
            starts.append(int(i));
    }
    if (starts.isEmpty())
        return std::nullopt;

    QStringList kept;
    for (qsizetype s = 0; s < starts.size(); ++s) {
        const int first = starts[s];
        int last = s + 1 < starts.size() ? starts[s + 1] : int(lines.size()); // [first, last)
        while (last > first + 1 && isSkipped(lines[last - 1]))
            --last;
        QList<ContentLine> content;
        const QStringView head = QStringView(lines[first]).sliced(indentation(lines[first]) + 1);
        if (!head.trimmed().isEmpty())
            content.append({head.trimmed().toString(), itemColumn + 1 + indentation(head), firstLine + first});
        for (int i = first + 1; i < last; ++i) {
            if (!isSkipped(lines[i]))
                content.append({lines[i].trimmed(), indentation(lines[i]), firstLine + i});
        }
        if (content.isEmpty())
            continue; // "-" alone: nobody to lose

        Person person;
        QStringList unknown;
        int unknownLine = 0;
        const auto fields = fieldsOf(content);
        if (fields.isEmpty()) {
            // A person on one line, as the Authors metadata line writes one.
            QStringList parts;
            for (const auto &line : content)
                parts.append(line.text);
            person = personFrom(yamlScalar(parts.join(QLatin1Char(' '))));
        }
        for (const auto &field : fields) {
            const auto key = personKey(field.label);
            QString *target = nullptr;
            if (key == PersonKey::Name)
                target = &person.name;
            else if (key == PersonKey::Role)
                target = &person.role;
            else if (key == PersonKey::Contact)
                target = &person.contact;
            const QString value = plainTextOf(yamlScalar(field.value));
            if (target && !field.nested && target->isEmpty()) {
                *target = value;
            } else if (!(target && !field.nested && value.isEmpty())) {
                // Another key, a second one for the same field, or a value of many lines.
                unknown.append(field.label);
                if (unknownLine == 0)
                    unknownLine = field.line;
            }
        }
        if (person.name.isEmpty()) {
            context.warn(firstLine + first, tr("an author in the front matter has no name; the entry was kept as "
                                               "written in the note \"%1\".")
                                                .arg(tr("Front matter")));
        } else if (!unknown.isEmpty()) {
            context.warn(unknownLine, tr("the author %1 in the front matter has keys that are not understood (%2); "
                                         "the entry was kept as written in the note \"%3\".")
                                          .arg(person.name, unknown.join(QStringLiteral(", ")), tr("Front matter")));
        }
        context.addPerson(person);
        if (person.name.isEmpty() || !unknown.isEmpty())
            kept.append(lines.mid(first, last - first));
    }
    return kept;
}

} // namespace hindsight::importing::mdimport
