// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Akademiplan {

// The question before a deletion: what goes, what goes with it, with Cancel as the default and
// Delete as the destructive choice. Window-modal and not blocking, so the window stays drawn;
// `remove` runs only when the user chose Delete.
class DeleteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::DeleteConfirmation)

public:
    static void ask(QWidget *parent, const QString &title, const QString &question, const QString &consequence,
                    std::function<void()> remove);
};

} // namespace Akademiplan
