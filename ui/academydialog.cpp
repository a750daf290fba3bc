// SPDX-License-Identifier: MPL-2.0
#include "academydialog.h"

#include "domain/municipalityregistry.h"
#include "typeddatefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

TypedDateField *dateField(const QDate &date, QWidget *parent)
{
    auto *field = new TypedDateField(TypedDateField::Kind::Date, parent);
    field->setDate(date);
    return field;
}

// Academies usually run February to mid-December (see docs: the planning year).
int nextAcademyYear()
{
    const QDate today = QDate::currentDate();
    return today.month() >= 9 ? today.year() + 1 : today.year();
}

} // namespace

AcademyDialog::AcademyDialog(Mode mode, const QString &municipalityName, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_academyBox(new QGroupBox(this))
    , m_name(new QLineEdit(this))
    , m_start(dateField(QDate(nextAcademyYear(), 2, 1), this))
    , m_end(dateField(QDate(nextAcademyYear(), 12, 15), this))
    , m_template(new QCheckBox(tr("Start from the four recommended &tracks"), this))
{
    setWindowTitle(mode == Mode::NewProject ? tr("New Project") : tr("New Academy"));
    auto *layout = new QVBoxLayout(this);

    if (mode == Mode::NewProject) {
        m_municipality = new QComboBox(this);
        m_municipality->setEditable(true);
        m_municipality->setInsertPolicy(QComboBox::NoInsert);
        for (const Municipality &municipality : MunicipalityRegistry::all())
            m_municipality->addItem(QStringLiteral("%1 (%2)").arg(municipality.name).arg(municipality.code),
                                    municipality.code);
        m_municipality->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_municipality->completer()->setFilterMode(Qt::MatchContains);
        m_municipality->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_municipality->setCurrentIndex(-1);
        m_municipality->lineEdit()->setPlaceholderText(tr("Type the municipality's name or code"));
        m_municipality->setAccessibleName(tr("Municipality"));
        m_municipalityHint = new QLabel(this);
        m_municipalityHint->setObjectName(QStringLiteral("municipalityHint"));
        m_municipalityHint->setWordWrap(true);
        m_municipalityHint->hide();
        auto *top = new QFormLayout;
        top->addRow(tr("&Municipality:"), m_municipality);
        top->addRow(QString(), m_municipalityHint);
        layout->addLayout(top);
        connect(m_municipality, &QComboBox::currentIndexChanged, this, &AcademyDialog::municipalityChosen);
        connect(m_municipality, &QComboBox::editTextChanged, this, &AcademyDialog::validate);
        connect(m_municipality->lineEdit(), &QLineEdit::editingFinished, this, [this] {
            if (const int index = typedMunicipality(); index >= 0 && index != m_municipality->currentIndex())
                m_municipality->setCurrentIndex(index);
        });
        m_academyBox->setTitle(tr("Create the first &academy"));
        m_academyBox->setCheckable(true);
        m_academyBox->setChecked(true);
    } else {
        m_name->setText(tr("Innovation Academy %1 %2").arg(municipalityName).arg(nextAcademyYear()));
    }

    auto *academyForm = new QFormLayout(m_academyBox);
    academyForm->addRow(tr("&Name:"), m_name);
    academyForm->addRow(tr("&From:"), m_start);
    academyForm->addRow(tr("T&o:"), m_end);
    academyForm->addRow(QString(), m_template);
    m_template->setChecked(true);
    m_name->setAccessibleName(tr("Academy name"));
    m_start->setAccessibleName(tr("Start date"));
    m_end->setAccessibleName(tr("End date"));
    layout->addWidget(m_academyBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_start, &QLineEdit::textChanged, this, &AcademyDialog::validate);
    connect(m_end, &QLineEdit::textChanged, this, &AcademyDialog::validate);
    connect(m_academyBox, &QGroupBox::toggled, this, &AcademyDialog::validate);
    validate();
    // Down the form, then the buttons: the order the fields are read in.
    QWidget *previous = m_municipality ? static_cast<QWidget *>(m_municipality) : nullptr;
    for (QWidget *next : {static_cast<QWidget *>(m_academyBox), static_cast<QWidget *>(m_name),
                          static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_end),
                          static_cast<QWidget *>(m_template), static_cast<QWidget *>(buttons)}) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
    if (m_municipality)
        m_municipality->setFocus();
    else
        m_name->setFocus();
    resize(480, sizeHint().height());
}

void AcademyDialog::municipalityChosen()
{
    if (!m_nameTouched && m_municipality->currentIndex() >= 0)
        m_name->setText(tr("Innovation Academy %1 %2").arg(municipality().name).arg(m_start->date().year()));
    validate();
}

void AcademyDialog::validate()
{
    bool ok = true;
    if (m_municipality) {
        const QString typed = m_municipality->currentText().trimmed();
        const int index = typedMunicipality();
        ok = index >= 0;
        // An entry picked or typed as shown becomes the current one at once; a code or a name
        // typed on its own once the field is left, so that the text does not change under typing.
        if (ok && index != m_municipality->currentIndex()
            && m_municipality->findText(typed, Qt::MatchFixedString) == index)
            m_municipality->setCurrentIndex(index);
        else if (ok && !m_nameTouched)
            m_name->setText(tr("Innovation Academy %1 %2").arg(municipality().name).arg(m_start->date().year()));
        // Said in words, so that a greyed-out OK is never the only answer.
        m_municipalityHint->setText(ok || typed.isEmpty()
                                        ? QString()
                                        : tr("No municipality is called \"%1\"; type its name or its code, e.g. "
                                             "Aarhus or 751.")
                                              .arg(typed));
        m_municipalityHint->setVisible(!m_municipalityHint->text().isEmpty());
    }
    if (createAcademy())
        ok = ok && !m_name->text().trimmed().isEmpty() && m_start->date().isValid() && m_end->date().isValid()
             && m_end->date() >= m_start->date();
    if (auto *buttons = findChild<QDialogButtonBox *>(QStringLiteral("buttons")))
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

int AcademyDialog::typedMunicipality() const
{
    // Only what is in the list: an entry as shown, a code ("751") or a whole name ("aarhus").
    const QString typed = m_municipality->currentText().trimmed();
    int index = m_municipality->findText(typed, Qt::MatchFixedString);
    bool isCode = false;
    const int code = typed.toInt(&isCode);
    if (index < 0 && isCode)
        index = m_municipality->findData(code);
    for (int i = 0; i < m_municipality->count() && index < 0 && !typed.isEmpty(); ++i) {
        const auto candidate = MunicipalityRegistry::byCode(m_municipality->itemData(i).toInt());
        if (candidate && candidate->name.compare(typed, Qt::CaseInsensitive) == 0)
            index = i;
    }
    return index;
}

Municipality AcademyDialog::municipality() const
{
    const int index = m_municipality ? typedMunicipality() : -1;
    if (index < 0)
        return {};
    return MunicipalityRegistry::byCode(m_municipality->itemData(index).toInt()).value_or(Municipality{});
}

bool AcademyDialog::createAcademy() const
{
    return m_mode == Mode::NewAcademy || m_academyBox->isChecked();
}

bool AcademyDialog::useTemplate() const
{
    return m_template->isChecked();
}

Academy AcademyDialog::academy() const
{
    Academy academy;
    academy.name = m_name->text().trimmed();
    academy.startDate = m_start->date();
    academy.endDate = m_end->date();
    return academy;
}

} // namespace Akademiplan
