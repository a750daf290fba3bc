// SPDX-License-Identifier: MPL-2.0
#include "historymodel.h"

#include "document/changetally.h"

#include <QLocale>

namespace Akademiplan {

HistoryModel::HistoryModel(const ProjectInfo &info, QObject *parent)
    : QAbstractTableModel(parent)
    , m_info(info)
{
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_info.history.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::describe(const ProjectInfo &info, const RevisionRecord &revision)
{
    QStringList lines{ChangeTally::describe(revision.summary)};
    for (const MergeRecord &merge : info.merges)
        if (merge.revisionUuid == revision.uuid)
            lines.append(merge.theirFile.isEmpty() ? tr("Merged a copy that came back")
                                                   : tr("Merged %1").arg(merge.theirFile));
    for (const ShareRecord &share : info.shares) {
        if (share.revisionUuid != revision.uuid || &share == info.sharedCopy())
            continue;
        const QString what = share.withoutPersonalData ? tr("Shared a copy without personal data")
                                                       : tr("Shared a copy with personal data");
        lines.append(share.recipient.isEmpty() ? what : tr("%1 for %2").arg(what, share.recipient));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const RevisionRecord &revision = m_info.history.at(m_info.history.size() - 1 - index.row());
    switch (index.column()) {
    case RevisionColumn: return revision.number;
    case SavedColumn: return QLocale().toString(revision.saved.toLocalTime(), QLocale::ShortFormat);
    case AuthorColumn: return revision.author.isEmpty() ? tr("(not recorded)") : revision.author;
    case ChangesColumn: return describe(m_info, revision);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RevisionColumn: return tr("Revision");
    case SavedColumn: return tr("Saved");
    case AuthorColumn: return tr("By");
    case ChangesColumn: return tr("What changed");
    }
    return {};
}

} // namespace Akademiplan
