// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsyntax.h"

#include <QList>

namespace hindsight::importing {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A scanner over the whole text; every method leaves m_pos after what it read, or sets m_error.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    std::optional<JsonSyntax::Error> run()
    {
        skipSpace();
        value();
        if (!m_error) {
            skipSpace();
            if (m_pos < m_text.size())
                fail(JsonSyntax::tr("text after the end of the JSON value"));
        }
        return m_error;
    }

private:
    enum class Container { Object, Array };

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    void fail(const QString &message)
    {
        if (!m_error)
            m_error = JsonSyntax::Error{m_pos, message};
    }

    // RFC 8259: only space, tab, line feed and carriage return.
    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // A whole value, containers included, without recursion: stack holds the open containers.
    void value()
    {
        QList<Container> stack;
        bool expectValue = true;
        while (!m_error) {
            skipSpace();
            if (expectValue) {
                const char c = peek();
                if (c == '{' || c == '[') {
                    if (stack.size() >= JsonSyntax::MaxDepth) {
                        fail(JsonSyntax::tr("nested more than %1 levels deep").arg(JsonSyntax::MaxDepth));
                        return;
                    }
                    ++m_pos;
                    skipSpace();
                    const bool object = c == '{';
                    if (peek() == (object ? '}' : ']')) {
                        ++m_pos;
                        expectValue = false;
                    } else {
                        stack.append(object ? Container::Object : Container::Array);
                        if (object && !member())
                            return;
                        continue;
                    }
                } else if (!scalar()) {
                    return;
                }
                expectValue = false;
            }
            if (stack.isEmpty())
                return;
            skipSpace();
            const bool object = stack.last() == Container::Object;
            const char c = peek();
            if (c == ',') {
                ++m_pos;
                skipSpace();
                if (object && !member())
                    return;
                expectValue = true;
            } else if (c == (object ? '}' : ']')) {
                ++m_pos;
                stack.removeLast();
            } else if (atEnd()) {
                fail(object ? JsonSyntax::tr("the object is not closed") : JsonSyntax::tr("the array is not closed"));
            } else {
                fail(object ? JsonSyntax::tr("expected \",\" or \"}\"") : JsonSyntax::tr("expected \",\" or \"]\""));
            }
        }
    }

    // A member's name and its colon; the value follows.
    bool member()
    {
        if (peek() != '"') {
            fail(JsonSyntax::tr("expected a member name in double quotes"));
            return false;
        }
        if (!string())
            return false;
        skipSpace();
        if (peek() != ':') {
            fail(JsonSyntax::tr("expected \":\" after the member name"));
            return false;
        }
        ++m_pos;
        return true;
    }

    bool scalar()
    {
        const char c = peek();
        if (c == '"')
            return string();
        if (c == '-' || isDigit(c))
            return number();
        for (const char *word : {"true", "false", "null"}) {
            const QByteArrayView literal(word);
            if (m_text.sliced(m_pos).startsWith(literal)) {
                m_pos += literal.size();
                return true;
            }
        }
        fail(atEnd() ? JsonSyntax::tr("a value is missing") : JsonSyntax::tr("not a JSON value"));
        return false;
    }

    bool string()
    {
        ++m_pos; // the opening quote
        while (!atEnd()) {
            const auto c = uchar(peek());
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20) {
                fail(JsonSyntax::tr("a control character (0x%1) inside a string must be escaped")
                         .arg(uint(c), 2, 16, QLatin1Char('0')));
                return false;
            }
            if (c == '\\') {
                ++m_pos;
                const char escaped = peek();
                if (escaped == 'u') {
                    for (int i = 1; i <= 4; ++i) {
                        if (m_pos + i >= m_text.size() || !isHexDigit(m_text[m_pos + i])) {
                            fail(JsonSyntax::tr("\\u must be followed by four hexadecimal digits"));
                            return false;
                        }
                    }
                    m_pos += 5;
                    continue;
                }
                if (QByteArrayView("\"\\/bfnrt").contains(escaped) && escaped != '\0') {
                    ++m_pos;
                    continue;
                }
                // A line break or a byte of a UTF-8 sequence would not show as itself in a
                // message of one line.
                if (!atEnd() && (uchar(escaped) < 0x20 || uchar(escaped) >= 0x7f)) {
                    fail(JsonSyntax::tr("a backslash followed by the byte 0x%1 is not an escape sequence of JSON")
                             .arg(uint(uchar(escaped)), 2, 16, QLatin1Char('0')));
                    return false;
                }
                fail(JsonSyntax::tr("\\%1 is not an escape sequence of JSON")
                         .arg(atEnd() ? QString() : QString(QLatin1Char(escaped))));
                return false;
            }
            ++m_pos;
        }
        fail(JsonSyntax::tr("the string is not closed"));
        return false;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number()
    {
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
            if (isDigit(peek())) {
                fail(JsonSyntax::tr("a number must not start with 0"));
                return false;
            }
        } else if (!digits()) {
            return false;
        }
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return false;
        }
        return true;
    }

    bool digits()
    {
        if (!isDigit(peek())) {
            fail(JsonSyntax::tr("a digit is missing in the number"));
            return false;
        }
        while (isDigit(peek()))
            ++m_pos;
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    std::optional<JsonSyntax::Error> m_error;
};

} // namespace

std::optional<JsonSyntax::Error> JsonSyntax::check(QByteArrayView utf8)
{
    return Scanner(utf8).run();
}

} // namespace hindsight::importing
