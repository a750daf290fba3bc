// SPDX-License-Identifier: MPL-2.0
#pragma once

// What the window tests look for in a dialog, as a user finds it: by what it says.

#include "catch.h"

#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
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

// Answers Qt's file dialog with `path` typed into its name field, as a user does: selectFile() of
// a file that does not exist yet can lose to the dialog's own selection while it reads the folder.
inline void answerWithPath(QFileDialog *files, const QString &path)
{
    REQUIRE(files);
    auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    REQUIRE(name);
    name->setText(QDir::toNativeSeparators(path));
    QMetaObject::invokeMethod(files, "accept");
}

} // namespace Akademiplan::Test
