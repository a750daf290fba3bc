// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDialog>

class QTreeWidget;

namespace Akademiplan {

class Project;

// The attendance of an academy at a glance: the academy, each track and each activity with the
// share of those enrolled who came, over the sessions recorded so far, and the same per role
// (how the managers came, how the politicians). Worked out once when opened, in one pass over
// the project (AttendanceRates), so a large project costs nothing while it is not asked for.
class AttendanceRatesDialog : public QDialog
{
    Q_OBJECT

public:
    AttendanceRatesDialog(const Project &project, qint64 academyId, QWidget *parent = nullptr);

    QTreeWidget *programme() const { return m_programme; }
    QTreeWidget *roles() const { return m_roles; }

private:
    QTreeWidget *m_programme;
    QTreeWidget *m_roles;
};

} // namespace Akademiplan
