// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace Akademiplan {

class Document;
class DocumentWatcher;
class RecentFiles;

// File menu handling for a window: new, open, save, save as, close, recovery and the questions
// around them (unsaved changes, a file someone else has open). It owns the open document.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(QWidget *window);
    ~FileActions() override;

    void fillMenu(QMenu *menu);
    Document *document() const { return m_document.get(); }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    // For the toolbar, once fillMenu() has made them.
    QAction *newProjectAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *openExampleAction() const { return m_exampleAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *exportPlanAction() const { return m_exportAction; }
    // File › Export, for the window to add the participant list's export to.
    QMenu *exportMenu() const { return m_exportMenu; }

    void newProject();
    void open();
    // The bundled example, as a new project not yet saved anywhere: there to look around in, and
    // saved under a name of the consultant's choosing like any new project.
    void openExample();
    bool openFile(const QString &path);
    // File › Connect to Server…: a project on a team server, opened like a file.
    void connectToServer();
    bool save();
    bool saveAs();
    // Asks about unsaved changes; true when the document may be closed.
    bool maybeClose();
    void exportPlan();
    // The sessions of the programme or of one participant as an iCalendar file.
    void exportCalendar();
    bool shareCopy();
    // Compares the open project with a copy that came back, and merges what the consultant takes.
    void compareWith();
    void showHistory();
    bool close();
    void offerRecovery();
    // Someone else wrote the open document's file: reload it, or keep working and save anew.
    void offerReload();

signals:
    // Before the document is saved, exported or closed: what was typed must be written first.
    void pendingEditsNeeded();
    // Before the open document is closed or replaced, so that views over it go first.
    void documentAboutToChange();
    void documentChanged(Akademiplan::Document *document);
    // What a file action did, for the status bar: "Saved plan.akademi".
    void done(const QString &message);
    // A file was written that the user may want to open now, such as the programme plan.
    void exported(const QString &path);

private:
    void setDocument(std::unique_ptr<Document> document);
    // What a file written from the document is called by default: after its file, or else its
    // academy; and where it goes: beside the document's file, if it has one.
    QString suggestedBaseName() const;
    QString besideDocument(const QString &name) const;
    // Closes without asking: the user has saved or chosen to let the changes go.
    void closeDocument();
    void showError(const QString &title, const QString &message);
    // A file another tool wrote may break the domain's rules; it opens, and the user is told
    // which rows to mend.
    void reportProblemsOnRead();
    void updateActions();

    QWidget *m_window;
    RecentFiles *m_recentFiles;
    DocumentWatcher *m_watcher;
    std::unique_ptr<Document> m_document;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exampleAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_shareAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_historyAction = nullptr;
};

} // namespace Akademiplan
