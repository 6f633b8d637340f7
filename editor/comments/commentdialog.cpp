// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace hindsight::editor {

CommentDialog::CommentDialog(const QString &about, const QString &author, QWidget *parent)
    : QDialog(parent), m_author(new QLineEdit(author, this)), m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add comment"));
    auto *aboutLabel = new QLabel(this);
    aboutLabel->setWordWrap(true);
    aboutLabel->setTextFormat(Qt::PlainText);
    aboutLabel->setText(tr("On %1").arg(about));
    m_author->setObjectName(QStringLiteral("author"));
    m_text->setObjectName(QStringLiteral("comment"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Your comment, in Markdown (Ctrl+Enter adds it)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Comment"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_author);
    form->addRow(tr("Co&mment:"), m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(aboutLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_author, &QLineEdit::textChanged, this, &CommentDialog::updateButton);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentDialog::updateButton);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    updateButton();
    resize(480, 300);
    (author.trimmed().isEmpty() ? static_cast<QWidget *>(m_author) : m_text)->setFocus();
}

QString CommentDialog::author() const
{
    return m_author->text().simplified();
}

QString CommentDialog::markdown() const
{
    return m_text->toPlainText().trimmed();
}

void CommentDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!author().isEmpty() && !markdown().isEmpty());
}

QString CommentDialog::defaultAuthor(const QString &remembered)
{
    if (!remembered.trimmed().isEmpty())
        return remembered.simplified();
#ifdef Q_OS_UNIX
    if (const passwd *account = ::getpwuid(::geteuid())) {
        // The GECOS field: the full name, then office and telephone after commas.
        const QString full = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).simplified();
        if (!full.isEmpty())
            return full;
        return QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace hindsight::editor
