// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hindsight::exporting {

// The assets folder of a Markdown export, written so that it changes together with the Markdown
// file: the new files go into a hidden folder beside it; install() moves the old folder aside
// and the new one into its place just before the Markdown file is committed; rollBack() puts
// the old one back when that fails, and finish() deletes it when it succeeded. A folder that
// holds anything but the files an export writes ("figure-3.png") is never replaced or deleted.
class AssetFolder final
{
    Q_DECLARE_TR_FUNCTIONS(AssetFolder)

public:
    explicit AssetFolder(QString path);
    // Anything unfinished is undone: the new files removed, the old folder back in place.
    ~AssetFolder();
    Q_DISABLE_COPY_MOVE(AssetFolder)

    // Checks the folder now at the path, and when withFiles makes the hidden folder the files
    // go into. Errors are for people ("the folder … holds files an export did not write"), empty
    // on success; so are the others'.
    QString prepare(bool withFiles);
    QString add(const QString &fileName, const QByteArray &bytes);
    QString install();
    void rollBack();
    void finish();

    // Whether name is one an export writes, "figure-<number>.<suffix>".
    static bool isExportFileName(const QString &name);

private:
    // A name beside the folder that nothing has: ".<name>.<purpose>-<random>".
    QString freeNameBeside(const QString &purpose) const;

    QString m_path;
    QString m_staging; // where the new files are until install()
    QString m_backup;  // the old folder between install() and finish()
    bool m_installed = false;
    bool m_finished = false;
};

} // namespace hindsight::exporting
