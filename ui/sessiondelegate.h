// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

#include <functional>
#include <utility>

namespace Akademiplan {

// Edits a session's date and times as a Dane types them (see TypedDateField): a date without a
// year falls in the academy's period, a date outside it is asked about, and what cannot be read
// is refused with the reason and never stored.
class SessionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The academy's period for the session of a row.
    using PeriodOf = std::function<std::pair<QDate, QDate>(const QModelIndex &index)>;

    explicit SessionDelegate(PeriodOf periodOf, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    // A date or time was refused, with the reason, for the window's status bar.
    void refused(const QString &message) const;

private:
    PeriodOf m_periodOf;
};

} // namespace Akademiplan
