// SPDX-License-Identifier: MPL-2.0
#include "mainwindow.h"

#include "document/document.h"
#include "fileactions.h"

#include <QCloseEvent>
#include <QHash>
#include <QHeaderView>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

namespace Akademiplan {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_fileActions(new FileActions(this))
    , m_overview(new QTreeWidget(this))
{
    m_fileActions->fillMenu(menuBar()->addMenu(tr("&File")));
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = editMenu->addAction(tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = editMenu->addAction(tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    connect(undo, &QAction::triggered, this, [this] {
        if (document())
            document()->undoStack()->undo();
    });
    connect(redo, &QAction::triggered, this, [this] {
        if (document())
            document()->undoStack()->redo();
    });

    m_overview->setHeaderLabels({tr("Programme"), tr("Sessions")});
    m_overview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_overview->setAccessibleName(tr("Programme overview"));
    setCentralWidget(m_overview);
    resize(1000, 700);

    connect(m_fileActions, &FileActions::documentChanged, this, &MainWindow::documentChanged);
    documentChanged(nullptr);
}

MainWindow::~MainWindow() = default;

Document *MainWindow::document() const
{
    return m_fileActions->document();
}

void MainWindow::openFile(const QString &path)
{
    m_fileActions->openFile(path);
}

void MainWindow::offerRecovery()
{
    m_fileActions->offerRecovery();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_fileActions->maybeClose())
        event->accept();
    else
        event->ignore();
}

void MainWindow::documentChanged(Document *document)
{
    if (document) {
        connect(document, &Document::changesApplied, this, &MainWindow::refreshOverview);
        connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
        statusBar()->showMessage(document->readOnlyReason());
    } else {
        statusBar()->showMessage(tr("Open a project or create a new one from the File menu."));
    }
    updateTitle();
    refreshOverview();
}

void MainWindow::updateTitle()
{
    const Document *current = document();
    if (!current) {
        setWindowTitle(QString());
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1 – %2[*]").arg(current->displayName(), current->project().info.municipalityName));
    setWindowModified(current->isModified());
}

void MainWindow::refreshOverview()
{
    // A plain overview until the full navigator arrives; rebuilt from the in-memory project.
    m_overview->clear();
    const Document *current = document();
    if (!current)
        return;
    const Project &project = current->project();
    QHash<qint64, int> sessionCounts;
    for (const Session &session : project.sessions)
        ++sessionCounts[session.activityId];
    for (const Academy &academy : project.academies) {
        auto *academyItem = new QTreeWidgetItem(m_overview, {academy.name});
        for (const Track *track : project.tracksOf(academy.id)) {
            auto *trackItem = new QTreeWidgetItem(academyItem, {track->name});
            trackItem->setForeground(0, track->colour);
            for (const Activity *activity : project.activitiesOf(track->id)) {
                new QTreeWidgetItem(trackItem, {activity->title,
                                                QLocale().toString(sessionCounts.value(activity->id))});
            }
        }
        academyItem->setExpanded(true);
    }
}

} // namespace Akademiplan
