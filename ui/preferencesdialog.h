// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Akademiplan {

// The program's settings: the language of the user interface, and the name a project file's
// history records for each save.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The language chosen in the settings: "" follows the system, else "en" or "da".
    static QString language();
    static QLocale localeToUse();
    // The name saves are recorded under in a file's history; empty for the system's.
    static QString authorName();

    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_author;
};

} // namespace Akademiplan
