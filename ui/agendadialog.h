// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Akademiplan {

class AgendaTableModel;
class Workspace;

// Edits the timed agenda of one session, the facilitator's run sheet ("drejebog"): a table of its
// items in time order (time, what, why, how, who, plan B) with Add and Delete. Every edit is
// written at once as its own undo step; Ctrl+Z undoes here as in the window. What the rules
// refuse or warn about is said under the table.
class AgendaDialog : public QDialog
{
    Q_OBJECT

public:
    AgendaDialog(Workspace *workspace, qint64 sessionId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    AgendaTableModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *messageLabel() const { return m_message; }

    // A new item after the last one, with the cursor in its What to type.
    void addItem();
    void deleteItems();

private:
    QList<qint64> selectedItems() const;
    void updateButtons();
    void tell(const QString &message);

    AgendaTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_message;
};

} // namespace Akademiplan
