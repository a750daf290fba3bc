// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QMainWindow>

#include <memory>

class QTreeWidget;

namespace Akademiplan {

class Document;
class FileActions;

// The application window: menus, the project overview and the status bar. File handling lives in
// FileActions; the window only shows the document it is given.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    void offerRecovery();
    Document *document() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void documentChanged(Document *document);
    void updateTitle();
    void refreshOverview();

    FileActions *m_fileActions;
    QTreeWidget *m_overview;
};

} // namespace Akademiplan
