// SPDX-License-Identifier: MPL-2.0
#pragma once

// What the window tests look for in a dialog, as a user finds it: by what it says.

#include "catch.h"

#include <QPushButton>
#include <QString>
#include <QWidget>

namespace Akademiplan::Test {

// The button of `dialog` that reads `text` (its mnemonic's & left out); fails the test when there
// is none.
inline QPushButton *buttonCalled(QWidget *dialog, const QString &text)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>())
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace Akademiplan::Test
