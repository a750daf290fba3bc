// SPDX-License-Identifier: MPL-2.0
#include "connectserverdialog.h"

#include "server/serverprojects.h"
#include "serverpasswords.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

const QString settingsGroup = QStringLiteral("teamServer");

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Keep the password in the system's keyring"), this))
    , m_uri(new QLabel(this))
    , m_status(new QLabel(this))
    , m_projects(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("db.example.dk, or the folder of a local server's socket"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From the keyring, or type it"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_uri->setObjectName(QStringLiteral("serverUri"));
    m_uri->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uri->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);

    QSettings settings;
    settings.beginGroup(settingsGroup);
    m_host->setText(settings.value(QStringLiteral("host")).toString());
    m_port->setValue(settings.value(QStringLiteral("port"), 5432).toInt());
    m_database->setText(settings.value(QStringLiteral("database"), QStringLiteral("akademiplan")).toString());
    m_user->setText(settings.value(QStringLiteral("user")).toString());
    m_remember->setChecked(settings.value(QStringLiteral("keepPassword"), false).toBool());
    settings.endGroup();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Address:"), m_uri);

    auto *connectButton = new QPushButton(tr("&Connect"), this);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    m_projects->setObjectName(QStringLiteral("serverProjects"));
    m_projects->setRootIsDecorated(false);
    m_projects->setHeaderLabels({tr("Municipality"), tr("Project"), tr("Published"), tr("You may")});
    m_projects->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_projects->setMinimumHeight(160);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(connectButton, 0, Qt::AlignRight);
    layout->addWidget(m_status);
    layout->addWidget(m_projects, 1);
    layout->addWidget(m_buttons);

    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &ConnectServerDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectServerDialog::updateAddress);
    connect(connectButton, &QPushButton::clicked, this, &ConnectServerDialog::listProjects);
    connect(m_projects, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_buttons->button(QDialogButtonBox::Open)->setEnabled(current != nullptr);
    });
    connect(m_projects, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAddress();
    resize(560, 520);
}

ServerAddress ConnectServerDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    return address;
}

QUuid ConnectServerDialog::project() const
{
    const QTreeWidgetItem *item = m_projects->currentItem();
    return item ? item->data(0, Qt::UserRole).toUuid() : QUuid();
}

void ConnectServerDialog::updateAddress()
{
    m_uri->setText(address().shown());
}

void ConnectServerDialog::listProjects()
{
    m_projects->clear();
    ServerAddress server = address();
    if (server.host.isEmpty() || server.database.isEmpty() || server.user.isEmpty()) {
        m_status->setText(tr("Fill in the server, the database and your user name."));
        return;
    }
    if (server.password.isEmpty()) {
        server.password = ServerPasswords::read(server);
        m_password->setText(server.password);
    }
    QList<ServerProjectEntry> projects;
    QString error;
    const QString connectionName = QStringLiteral("akademiplan-connect-dialog");
    {
        QSqlDatabase database = server.open(connectionName, &error);
        const bool listed = database.isOpen() && ServerProjects::checkSchema(database, &error)
                            && ServerProjects::list(database, projects, &error);
        database.close();
        if (!listed) {
            QSqlDatabase::removeDatabase(connectionName);
            m_status->setText(error);
            return;
        }
    }
    QSqlDatabase::removeDatabase(connectionName);

    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("host"), server.host);
    settings.setValue(QStringLiteral("port"), server.port);
    settings.setValue(QStringLiteral("database"), server.database);
    settings.setValue(QStringLiteral("user"), server.user);
    settings.setValue(QStringLiteral("keepPassword"), m_remember->isChecked());
    settings.endGroup();
    QString keyring;
    if (m_remember->isChecked() && !server.password.isEmpty()) {
        if (!ServerPasswords::keep(server, server.password))
            keyring = tr("No keyring took the password: you will be asked for it next time.");
    } else if (!m_remember->isChecked()) {
        ServerPasswords::forget(server);
    }

    for (const ServerProjectEntry &entry : std::as_const(projects)) {
        auto *item = new QTreeWidgetItem(m_projects);
        item->setText(0, entry.municipalityName);
        item->setText(1, entry.name);
        item->setText(2, QLocale().toString(entry.published.toLocalTime().date(), QLocale::ShortFormat));
        item->setText(3, entry.mayEdit ? tr("change it") : tr("read it"));
        item->setData(0, Qt::UserRole, entry.uuid);
        item->setToolTip(1, entry.uuid.toString(QUuid::WithoutBraces));
    }
    m_status->setText((projects.isEmpty() ? tr("You are not assigned to any project on this server.")
                                          : tr("%n project(s) that you may see.", nullptr, int(projects.size())))
                      + (keyring.isEmpty() ? QString() : QLatin1Char(' ') + keyring));
    if (!projects.isEmpty())
        m_projects->setCurrentItem(m_projects->topLevelItem(0));
}

} // namespace Akademiplan
