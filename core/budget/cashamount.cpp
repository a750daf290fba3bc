// SPDX-License-Identifier: MPL-2.0
#include "cashamount.h"

namespace Akademiplan {

CashAmount CashAmount::of(Money amount, VatTreatment vat)
{
    switch (vat) {
    case VatTreatment::ExcludingVat:
        return {amount, amount.withVat() - amount};
    case VatTreatment::IncludingVat: {
        const Money without = amount.withoutVat();
        return {without, amount - without};
    }
    case VatTreatment::NoVat:
        break;
    }
    return {amount, Money()};
}

} // namespace Akademiplan
