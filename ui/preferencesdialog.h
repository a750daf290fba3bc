// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDialog>

class QComboBox;

namespace Akademiplan {

// The program's settings: for now the language of the user interface.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The language chosen in the settings: "" follows the system, else "en" or "da".
    static QString language();
    static QLocale localeToUse();

    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace Akademiplan
