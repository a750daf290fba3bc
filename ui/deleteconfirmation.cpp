// SPDX-License-Identifier: MPL-2.0
#include "deleteconfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Akademiplan {

void DeleteConfirmation::ask(QWidget *parent, const QString &title, const QString &question,
                             const QString &consequence, std::function<void()> remove)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box->setInformativeText(consequence);
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, confirm, remove = std::move(remove)] {
        if (box->clickedButton() == confirm)
            remove();
    });
    box->open();
}

} // namespace Akademiplan
