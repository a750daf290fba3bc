// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Akademiplan {

class RecentFiles;

// What the window shows while no project is open: the ways to begin (a new project, a project
// file, the example) and the projects opened lately with their municipality and when they were
// last saved, so that yesterday's work is one Enter away. A file that has gone stays in the list,
// marked: it may be on a drive that is not connected just now.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    enum Roles {
        PathRole = Qt::UserRole + 1,
        DetailsRole, // the line under the name: municipality, academy, when saved
        MissingRole  // true when the file is not there or cannot be read
    };

    // `actions` are the window's own New, Open and example actions, shown as the page's buttons.
    StartPage(RecentFiles *recentFiles, const QList<QAction *> &actions, QWidget *parent = nullptr);

    QListWidget *recentList() const { return m_recent; }
    // Reads the recent files anew: one may have been saved, moved or deleted meanwhile.
    void refresh();

signals:
    void openFileRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    static void describe(QListWidgetItem *item, const QString &path);

    RecentFiles *m_recentFiles;
    QListWidget *m_recent;
    QLabel *m_noRecent;
};

} // namespace Akademiplan
