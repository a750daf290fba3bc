// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/projectinfo.h"

#include <QDialog>

namespace Akademiplan {

// File › History: every save of the project, who made it and what it changed.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const ProjectInfo &info, const QString &fileName, QWidget *parent = nullptr);
};

} // namespace Akademiplan
