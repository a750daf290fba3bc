// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "about/programinfo.h"

#include <QDialog>

class QPushButton;

namespace Akademiplan {

// Help › About Akademiplan: what the program is for, its version, licence and homepage, and the
// Qt and SQLite it runs with. Copy puts those facts on the clipboard for a support e-mail.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

private:
    void copyFacts();

    ProgramInfo m_info;
    QString m_copyText;
    QPushButton *m_copy;
};

} // namespace Akademiplan
