// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDate>
#include <QLineEdit>
#include <QTime>

class QCalendarWidget;

namespace Akademiplan {

// A date or time field that reads what a Dane types ("4.3", "04.03.27", "4.3.2027", "9.30"; see
// TypedDate), marks what it cannot read and says why, and never hands on a date it could not
// read. A date field has a calendar button: ISO week numbers, Monday first, whole weekday names.
// A date outside the academy's period is asked about once before it is accepted.
class TypedDateField : public QLineEdit
{
    Q_OBJECT

public:
    enum class Kind { Date, Time };

    explicit TypedDateField(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The period a date without a year is placed in, and a date outside it is asked about.
    void setPeriod(const QDate &start, const QDate &end);
    // A field that may be left empty, for a date not known yet: empty text is then no date.
    void setOptional(bool optional) { m_optional = optional; }
    void setDate(const QDate &date);
    void setTime(const QTime &time);
    // What the field holds now; invalid while the text cannot be read.
    QDate date() const;
    QTime time() const;
    // Why the text cannot be used, or empty.
    QString problem() const { return problemOf(text()); }
    QString problemOf(const QString &text) const;
    // True when the text can be stored: it can be read and, for a date outside the period, the
    // user has said yes to it. Otherwise the field is marked and the reason shown; a date outside
    // the period is asked about first.
    bool confirm();

signals:
    // The text was refused, with the reason, when the user tried to leave or store it.
    void refused(const QString &message);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Marks the field and says why, beside it and in the window's status bar.
    void refuse(const QString &why);
    void updateMark();
    void showCalendar();
    bool isOutsidePeriod(const QDate &date) const;

    Kind m_kind;
    QDate m_periodStart;
    QDate m_periodEnd;
    QDate m_confirmedOutside; // a date outside the period the user has said yes to
    bool m_optional = false;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace Akademiplan
