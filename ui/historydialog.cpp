// SPDX-License-Identifier: MPL-2.0
#include "historydialog.h"

#include "models/historymodel.h"
#include "tablestyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Akademiplan {

HistoryDialog::HistoryDialog(const ProjectInfo &info, const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History of %1").arg(fileName));
    setObjectName(QStringLiteral("historyDialog"));
    auto *model = new HistoryModel(info, this);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("history"));
    table->setAccessibleName(tr("Saves of the project"));
    table->setModel(model);
    // Newest first, as the log is kept; what changed takes the free width and wraps in it.
    applyTableStyle(table, -1, HistoryModel::ChangesColumn);
    table->setWordWrap(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *intro = new QLabel(info.history.isEmpty()
                                 ? tr("The project has not been saved yet.")
                                 : tr("Every save of the project, newest first. Unsaved changes are not listed."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

} // namespace Akademiplan
