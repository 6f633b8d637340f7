// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

#include <optional>

// Private to the JSON format: use reviewFromJson() in jsonimporter.h.
namespace hindsight::importing {

// Walks a parsed document, keeping the JSON path of what it reads so that a message can name the
// field. The first invalid value wins: afterwards every read returns a default and the result is
// refused as a whole, so no caller has to check each read.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    static ImportResult read(const QByteArray &data);

private:
    std::optional<model::Review> review(const QJsonObject &root);
    bool checkIdentity(const QJsonObject &root);
    void readSections(const QJsonObject &sections, model::Review &review);
    void readImpactParts(const QJsonObject &section, const QString &path, model::Review &review);
    model::Person person(const QJsonValue &value, const QString &path);
    model::TimelineEvent event(const QJsonValue &value, const QString &path);
    model::ActionItem action(const QJsonValue &value, const QString &path);
    model::AdditionalNote note(const QJsonValue &value, const QString &path);
    model::Figure figure(const QJsonValue &value, const QString &path);
    model::MetricSeries series(const QJsonValue &value, const QString &path);
    void checkMilestones(const QList<model::TimelineEvent> &timeline);
    // The discussion: threads become the records that make them (model::CommentRecord).
    void readDiscussion(const QJsonObject &root, model::Review &review);
    void readThread(const QJsonValue &value, const QString &path, const model::Review &review,
                    QList<model::CommentRecord> &records);
    model::CommentRecord comment(const QJsonObject &obj, const QString &path, QList<model::CommentRecord> &records);
    model::CommentAnchor anchor(const QJsonObject &obj, const QString &path, const model::Review &review);
    QUuid uuid(const QJsonObject &obj, const QString &path, QStringView key, bool required);

    // Typed reads of obj[key]; path is obj's own path. Absent and null fields give nullopt or the
    // default.
    QString string(const QJsonObject &obj, const QString &path, QStringView key, const QString &fallback = {});
    QStringList strings(const QJsonObject &obj, const QString &path, QStringView key);
    bool boolean(const QJsonObject &obj, const QString &path, QStringView key);
    std::optional<qint64> integer(const QJsonObject &obj, const QString &path, QStringView key, qint64 minimum,
                                  qint64 maximum);
    std::optional<double> number(const QJsonObject &obj, const QString &path, QStringView key, double minimum);
    QJsonObject object(const QJsonObject &obj, const QString &path, QStringView key);
    QJsonArray array(const QJsonObject &obj, const QString &path, QStringView key);
    QJsonObject element(const QJsonValue &value, const QString &path);
    template <typename E>
    std::optional<E> enumeration(const QJsonObject &obj, const QString &path, QStringView key, const QString &noun);
    QDateTime time(const QJsonObject &obj, const QString &path, QStringView key, model::TimePrecision precision);
    QDate date(const QJsonObject &obj, const QString &path, QStringView key);

    // obj[key] with null taken as absent (format rule 5); nullopt once a read has failed.
    std::optional<QJsonValue> present(const QJsonObject &obj, QStringView key) const;
    bool hasType(const QJsonValue &value, QJsonValue::Type type, const QString &path);
    void fail(const QString &message);

    QString m_error;
    QStringList m_warnings;
};

} // namespace hindsight::importing
