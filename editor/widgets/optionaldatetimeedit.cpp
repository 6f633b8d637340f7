// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldatetimeedit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QTimeZone>

namespace hindsight::editor {

namespace {

QDateTime utc(const QDateTime &value)
{
    return QDateTime(value.date(), value.time(), QTimeZone::utc());
}

QDateTime nowToTheMinute()
{
    const auto now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc());
}

} // namespace

OptionalDateTimeEdit::OptionalDateTimeEdit(QWidget *parent)
    : QWidget(parent), m_known(new QCheckBox(tr("Known"), this)), m_edit(new QDateTimeEdit(this))
{
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_edit->setCalendarPopup(true);
    m_edit->setDateTime(nowToTheMinute());
    m_known->setToolTip(tr("Uncheck when the time is not known."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit);
    layout->addStretch();
    setFocusProxy(m_known);

    // clicked() and dateTimeChanged() under a blocker: only the user's changes are reported.
    connect(m_known, &QCheckBox::clicked, this, [this](bool known) {
        if (known && m_suggested.isValid()) {
            const QSignalBlocker blocker(m_edit);
            m_edit->setDateTime(m_suggested);
        }
        updateEnabled();
        Q_EMIT valueEdited(value());
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_known->isChecked())
            Q_EMIT valueEdited(value());
    });
    updateEnabled();
}

QDateTime OptionalDateTimeEdit::value() const
{
    return m_known->isChecked() ? utc(m_edit->dateTime()) : QDateTime();
}

void OptionalDateTimeEdit::setValue(const QDateTime &value)
{
    const QSignalBlocker blockKnown(m_known);
    const QSignalBlocker blockEdit(m_edit);
    m_known->setChecked(value.isValid());
    if (value.isValid() && utc(m_edit->dateTime()) != value.toUTC())
        m_edit->setDateTime(value.toUTC());
    updateEnabled();
}

void OptionalDateTimeEdit::setSuggestedValue(const QDateTime &value)
{
    m_suggested = value.isValid() ? value.toUTC() : QDateTime();
    if (!m_known->isChecked() && m_suggested.isValid()) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setDateTime(m_suggested);
    }
}

void OptionalDateTimeEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void OptionalDateTimeEdit::updateEnabled()
{
    m_known->setEnabled(!m_readOnly);
    m_edit->setEnabled(m_known->isChecked());
    m_edit->setReadOnly(m_readOnly);
}

} // namespace hindsight::editor
