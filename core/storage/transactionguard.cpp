// SPDX-License-Identifier: MPL-2.0
#include "transactionguard.h"

#include "databaseconnection.h"

#include <QSqlDatabase>

namespace Akademiplan {

TransactionGuard::TransactionGuard(DatabaseConnection &connection)
    : m_connection(connection)
    , m_active(connection.database().transaction())
{
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        m_connection.database().rollback();
}

bool TransactionGuard::commit()
{
    if (!m_active || !m_connection.database().commit())
        return false;
    m_active = false;
    return true;
}

} // namespace Akademiplan
