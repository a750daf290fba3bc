// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "exchange/participantexport.h"

#include <QObject>

class QAction;
class QWidget;

namespace Akademiplan {

class Workspace;

// Import Participants… and Export Participants…: a municipality's spreadsheet in through the
// preview (ImportParticipantsDialog), and a list out for Excel, of everyone or of the people
// enrolled in an academy, a track or an activity. For the File menu and the participants page.
class ParticipantListActions : public QObject
{
    Q_OBJECT

public:
    ParticipantListActions(Workspace *workspace, QWidget *window);

    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Asks for a file, then shows the preview; true when people were imported.
    bool importList();
    bool importFile(const QString &path);
    // Asks whose list and where to write it.
    bool exportList();
    bool exportFile(const ExportScope &scope, const QString &path);

signals:
    void statusMessage(const QString &message);

private:
    void retranslate();

    Workspace *m_workspace;
    QWidget *m_window;
    QAction *m_importAction;
    QAction *m_exportAction;
};

} // namespace Akademiplan
