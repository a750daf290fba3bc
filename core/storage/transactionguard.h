// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QSqlDatabase>

namespace Akademiplan {

// Rolls the transaction back unless commit() succeeded, so every early return is safe.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase database)
        : m_database(database)
        , m_active(m_database.transaction())
    {
    }
    ~TransactionGuard()
    {
        if (m_active)
            m_database.rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active || !m_database.commit())
            return false;
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_database;
    bool m_active;
};

} // namespace Akademiplan
