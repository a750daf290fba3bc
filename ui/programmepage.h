// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QWidget>

#include <functional>

class QSplitter;
class QStackedWidget;
class QTreeView;

namespace Akademiplan {

class AcademyForm;
class ActivityForm;
class TrackForm;
class Workspace;

// The programme as a navigator (academies › tracks › activities) beside the editor of the
// selected row.
class ProgrammePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammePage(Workspace *workspace, QWidget *parent = nullptr);

    // Selects a row in the navigator and opens its editor (type is an EntityType).
    void showEntity(int type, qint64 id);
    // The selected row, as (EntityType, id); (-1, 0) when nothing is selected.
    std::pair<int, qint64> current() const;
    // The academy the selection belongs to (the first academy when nothing is selected), and
    // the track of a selected track or activity; 0 when there is none.
    qint64 currentAcademyId() const;
    qint64 currentTrackId() const;

    QTreeView *navigator() const { return m_navigator; }
    QSplitter *splitter() const { return m_splitter; }
    AcademyForm *academyForm() const { return m_academyForm; }
    TrackForm *trackForm() const { return m_trackForm; }
    ActivityForm *activityForm() const { return m_activityForm; }
    void setSelectionProvider(const std::function<QList<qint64>()> &provider);
    // Puts the cursor in the open editor's first field, its text selected to type over: after a
    // new row is added, and when Enter is pressed in the navigator.
    void focusEditor();

signals:
    void currentChanged();

private:
    void openCurrent();

    Workspace *m_workspace;
    QSplitter *m_splitter;
    QTreeView *m_navigator;
    QStackedWidget *m_editors;
    QWidget *m_placeholder;
    AcademyForm *m_academyForm;
    TrackForm *m_trackForm;
    ActivityForm *m_activityForm;
};

} // namespace Akademiplan
