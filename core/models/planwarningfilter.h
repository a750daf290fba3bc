// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planning/planwarning.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Akademiplan {

// The warnings the panel shows of PlanWarningModel: of one severity or all, of one kind or all,
// and the dismissed ones only when asked for.
class PlanWarningFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlanWarningFilter(QObject *parent = nullptr);

    void setSeverity(std::optional<PlanWarning::Severity> severity);
    // Empty for every kind.
    void setKind(const QString &kind);
    void setShowDismissed(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<PlanWarning::Severity> m_severity;
    QString m_kind;
    bool m_showDismissed = false;
};

} // namespace Akademiplan
