// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QMainWindow;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Akademiplan {

// Help › Keyboard Shortcuts: every key the window answers to, grouped by menu, with a search
// field that narrows the list by action or key. The list is read from the window's own actions
// each time the dialog opens, so that it cannot go stale; only the keys that views handle
// themselves (the timeline, the attendance grid) come from a short list here. Keys are shown as
// the platform writes them, in the user's language ("Ctrl+Skift+W").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

private:
    void fill(QMainWindow *window);
    void filter(const QString &text);

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_nothingFound;
};

} // namespace Akademiplan
