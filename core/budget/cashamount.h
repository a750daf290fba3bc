// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "money.h"

#include "domain/costline.h"

namespace Akademiplan {

// An amount of cash split into the part without VAT and the VAT, since a budget is read both
// ways: a municipality has its VAT refunded (the VAT equalisation scheme), so its own cost is the
// amount without VAT, while the bills it pays include it.
struct CashAmount
{
    Money withoutVat;
    Money vat;

    Money withVat() const { return withoutVat + vat; }
    bool isZero() const { return withoutVat.isZero() && vat.isZero(); }

    // An amount given as `vat` says (with, without or free of VAT) split into its two parts.
    static CashAmount of(Money amount, VatTreatment vat);

    CashAmount &operator+=(const CashAmount &other)
    {
        withoutVat += other.withoutVat;
        vat += other.vat;
        return *this;
    }
    bool operator==(const CashAmount &) const = default;
};

} // namespace Akademiplan
