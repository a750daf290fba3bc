// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Akademiplan {

// The recently opened projects, kept in the settings and shown as File › Open Recent.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    // Keeps the menu's entries up to date; choosing one emits openRequested.
    void attach(QMenu *menu);

signals:
    void openRequested(const QString &path);
    void changed();

private:
    void fillMenu(QMenu *menu);
    void store(const QStringList &files);
};

} // namespace Akademiplan
