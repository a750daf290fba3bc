// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/academy.h"
#include "domain/municipality.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace Akademiplan {

class TypedDateField;

// Asks for what a new academy starts from: name, period and whether to use the four-track
// template; for a new project also the municipality, picked from the 98 with type-ahead.
class AcademyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewProject, NewAcademy };

    AcademyDialog(Mode mode, const QString &municipalityName, QWidget *parent = nullptr);

    Municipality municipality() const;
    // For a new project the academy is optional.
    bool createAcademy() const;
    bool useTemplate() const;
    Academy academy() const;

private:
    void municipalityChosen();
    void validate();
    // The list entry the municipality field names: as shown, by code or by name; -1 for none.
    int typedMunicipality() const;

    Mode m_mode;
    QComboBox *m_municipality = nullptr;
    QLabel *m_municipalityHint = nullptr; // why OK is not enabled yet
    QGroupBox *m_academyBox;
    QLineEdit *m_name;
    TypedDateField *m_start;
    TypedDateField *m_end;
    QCheckBox *m_template;
    bool m_nameTouched = false;
};

} // namespace Akademiplan
