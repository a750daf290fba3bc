// SPDX-License-Identifier: MPL-2.0
#pragma once

namespace Akademiplan {

class DatabaseConnection;

// Rolls the transaction back unless commit() succeeded, so every early return and every
// exception leaves the file as it was.
class TransactionGuard
{
public:
    explicit TransactionGuard(DatabaseConnection &connection);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    DatabaseConnection &m_connection;
    bool m_active;
};

} // namespace Akademiplan
