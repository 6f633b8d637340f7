// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::app {

// The strip above the editor: title, severity, status, when the incident started and the
// figures that matter (time to detect, mitigate, resolve), always in view whatever section is
// open. In live mode it also shows the time elapsed since the start, ticking.
class ReviewHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewHeader(QWidget *parent = nullptr);

    void setDocument(model::ReviewDocument *document);
    void setLive(bool live);
    bool isLive() const { return m_live; }
    // For tests: where "now" comes from.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QString elapsedText() const;
    QString metricsText() const;
    // How many review checks are open; a negative count hides the summary.
    void setOpenChecks(int count);
    QString checksText() const;

Q_SIGNALS:
    // The user clicked the checks summary.
    void checksRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setTitle(const QString &title);
    void elideTitle();
    void refresh();
    void tick();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    QPointer<model::ReviewDocument> m_document;
    QLabel *m_title;
    QString m_fullTitle;
    QLabel *m_severity;
    QLabel *m_status;
    QLabel *m_started;
    QLabel *m_elapsed;
    QLabel *m_metrics;
    QLabel *m_warning;
    QLabel *m_checks;
    QTimer m_ticker;
    bool m_live = false;
    std::function<QDateTime()> m_clock;
};

} // namespace hindsight::app
