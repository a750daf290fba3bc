// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planning/planwarning.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableView;

namespace Akademiplan {

class PlanWarningFilter;
class PlanWarningModel;
class Workspace;

// The planning warnings of the open project, in a dock beside the editors: filtered by severity
// and kind, the dismissed ones on request; Enter or a double click goes to the item, and a
// warning can be dismissed with a reason or brought back.
class WarningsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WarningsPanel(QWidget *parent = nullptr);

    // Null when no project is open.
    void setWorkspace(Workspace *workspace);
    // Shows only the warnings of this severity (std::nullopt: all).
    void showSeverity(std::optional<PlanWarning::Severity> severity);

signals:
    // The item a warning is about, to be shown in its editor (type is an EntityType).
    void showRequested(int type, qint64 id);

private:
    const PlanWarning *currentWarning() const;
    void goToCurrent();
    void dismissCurrent();
    void restoreCurrent();
    void updateButtons();
    void applyFilter();

    Workspace *m_workspace = nullptr;
    PlanWarningModel *m_model = nullptr;
    PlanWarningFilter *m_filter;
    QComboBox *m_severity;
    QComboBox *m_kind;
    QCheckBox *m_showDismissed;
    QTableView *m_table;
    QPushButton *m_goTo;
    QPushButton *m_dismiss;
    QPushButton *m_restore;
    // The warning that was current before the warnings were checked anew, to keep it current.
    std::optional<PlanWarning> m_keep;
};

} // namespace Akademiplan
