// SPDX-License-Identifier: MPL-2.0
#include "typeddatefield.h"

#include "i18n/displaytext.h"
#include "i18n/typeddate.h"

#include <QAction>
#include <QCalendarWidget>
#include <QIcon>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolTip>
#include <QValidator>

namespace Akademiplan {

namespace {

// Lets anything be typed, and tells the item views whether the text can be stored: a view asks
// for fixup() when Enter or Tab is pressed on text that cannot, which is when the field asks
// about a date outside the period or says what is wrong.
class TypedDateValidator : public QValidator
{
public:
    explicit TypedDateValidator(TypedDateField *field)
        : QValidator(field)
        , m_field(field)
    {
    }

    State validate(QString &input, int &) const override
    {
        return m_field->problemOf(input).isEmpty() && !m_unconfirmed ? Acceptable : Intermediate;
    }

    void fixup(QString &) const override
    {
        m_unconfirmed = !m_field->confirm();
    }

    void reset() { m_unconfirmed = false; }

private:
    TypedDateField *m_field;
    mutable bool m_unconfirmed = false;
};

} // namespace

TypedDateField::TypedDateField(Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_kind(kind)
{
    auto *typedValidator = new TypedDateValidator(this);
    setValidator(typedValidator);
    setPlaceholderText(kind == Kind::Date ? tr("e.g. 4.3.2027") : tr("e.g. 9.30"));
    if (kind == Kind::Date) {
        QAction *calendar = addAction(QIcon::fromTheme(QStringLiteral("x-office-calendar"),
                                                       QIcon(QStringLiteral(":/icons/calendar.svg"))),
                                      QLineEdit::TrailingPosition);
        calendar->setToolTip(tr("Choose from a calendar"));
        calendar->setObjectName(QStringLiteral("calendarAction"));
        connect(calendar, &QAction::triggered, this, &TypedDateField::showCalendar);
    }
    // A new text needs a new yes to a date outside the period.
    connect(this, &QLineEdit::textChanged, this, [this, typedValidator] {
        typedValidator->reset();
        updateMark();
    });
}

void TypedDateField::setPeriod(const QDate &start, const QDate &end)
{
    m_periodStart = start;
    m_periodEnd = end;
}

void TypedDateField::setDate(const QDate &date)
{
    // Day, month and year in digits in every language: the form every reader of the field types.
    setText(date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString());
    m_confirmedOutside = date; // a date already stored is not asked about again
}

void TypedDateField::setTime(const QTime &time)
{
    setText(time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString());
}

QDate TypedDateField::date() const
{
    return TypedDate::parseDate(text(), m_periodStart, m_periodEnd).date;
}

QTime TypedDateField::time() const
{
    return TypedDate::parseTime(text()).time;
}

QString TypedDateField::problemOf(const QString &typed) const
{
    if (m_optional && typed.trimmed().isEmpty())
        return {};
    return m_kind == Kind::Date ? TypedDate::parseDate(typed, m_periodStart, m_periodEnd).error
                                : TypedDate::parseTime(typed).error;
}

bool TypedDateField::isOutsidePeriod(const QDate &date) const
{
    return m_periodStart.isValid() && m_periodEnd.isValid() && (date < m_periodStart || date > m_periodEnd);
}

bool TypedDateField::confirm()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        refuse(why);
        return false;
    }
    const QDate typed = date();
    if (m_kind == Kind::Time || !isOutsidePeriod(typed) || typed == m_confirmedOutside)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Date Outside the Academy"),
        tr("%1 is outside the academy's period (%2 to %3). Use it anyway?")
            .arg(DisplayText::dayMonthYear(typed), DisplayText::dayMonthYear(m_periodStart),
                 DisplayText::dayMonthYear(m_periodEnd)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_confirmedOutside = typed;
    return true;
}

void TypedDateField::refuse(const QString &why)
{
    updateMark();
    QToolTip::showText(mapToGlobal(QPoint(0, height())), why, this);
    // The status bar keeps the reason once the tooltip or the cell's editor has gone.
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
        mainWindow->statusBar()->showMessage(why, 10000);
    emit refused(why);
}

void TypedDateField::focusOutEvent(QFocusEvent *event)
{
    // Leaving a field whose text cannot be read stores nothing (no editingFinished); it says why.
    if (!text().isEmpty() && !problem().isEmpty())
        refuse(problem());
    QLineEdit::focusOutEvent(event);
}

void TypedDateField::updateMark()
{
    const QString why = text().isEmpty() ? QString() : problem();
    // The mark is the palette's own, so that it follows a dark theme, with the reason beside it
    // for the pointer and for a screen reader.
    setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #c42b1c; }"));
    setToolTip(why);
    setAccessibleDescription(why);
}

void TypedDateField::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
        m_calendar->setHorizontalHeaderFormat(QCalendarWidget::LongDayNames);
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &date) {
            m_calendar->hide();
            setText(date.toString(QStringLiteral("dd.MM.yyyy")));
            setFocus();
        });
    }
    const QDate current = date();
    m_calendar->setSelectedDate(current.isValid() ? current
                                                  : (m_periodStart.isValid() ? m_periodStart : QDate::currentDate()));
    m_calendar->adjustSize();
    m_calendar->resize(qMax(m_calendar->sizeHint().width(), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48),
                       m_calendar->sizeHint().height());
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
}

} // namespace Akademiplan
