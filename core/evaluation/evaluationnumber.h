// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace Akademiplan {

// A baseline, a target or a measured value as a user reads and types it. The project keeps them in
// hundredths (4250 is 42.5); they are shown with no more decimals than they have, "42,5" and
// "1.250" in Danish, "42.5" and "1,250" in English, and read with the separators and the exact
// parsing of amounts (TypedMoney), so that a target compares exactly and "12.50" is never a guess.
class EvaluationNumber
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::EvaluationNumber)

public:
    struct Result
    {
        qint64 hundredths = 0;
        QString error; // in the UI language; empty when the text was read
        bool isValid() const { return error.isEmpty(); }
    };

    // A number that may be left unset (a baseline, a target, a value not yet measured): an empty
    // text unsets it.
    struct Optional
    {
        std::optional<qint64> hundredths;
        QString error;
        bool isValid() const { return error.isEmpty(); }
    };

    static QString text(qint64 hundredths, const QLocale &locale = QLocale());
    // Empty for a number not set.
    static QString text(const std::optional<qint64> &hundredths, const QLocale &locale = QLocale());
    static Result parse(const QString &text, const QLocale &locale = QLocale());
    static Optional parseOptional(const QString &text, const QLocale &locale = QLocale());
};

} // namespace Akademiplan
