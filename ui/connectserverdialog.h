// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "server/serveraddress.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace Akademiplan {

// File › Connect to Server…: where the team server is and who the user is there, then the
// projects on it that the user may see, to open one. The address is the same libpq URI the
// command line takes, and the dialog shows it (without the password). The password comes from
// the system's keyring when one is kept there, else the user types it; it is kept there only
// when they ask, and never anywhere else.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);

    ServerAddress address() const;
    // The project chosen to open.
    QUuid project() const;

private:
    void updateAddress();
    void listProjects();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_uri;
    QLabel *m_status;
    QTreeWidget *m_projects;
    QDialogButtonBox *m_buttons;
};

} // namespace Akademiplan
