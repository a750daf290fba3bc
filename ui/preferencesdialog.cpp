// SPDX-License-Identifier: MPL-2.0
#include "preferencesdialog.h"

#include "document/authorname.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

const QString languageKey = QStringLiteral("language");
const QString authorKey = QStringLiteral("author");

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_author(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // Each language in its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language())));
    m_language->setAccessibleName(tr("Language"));
    m_author->setObjectName(QStringLiteral("authorName"));
    m_author->setText(authorName());
    m_author->setPlaceholderText(AuthorName::fromSystem());
    m_author->setAccessibleName(tr("Your name"));
    m_author->setToolTip(tr("Recorded with each save in the project's history, which travels with the file."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Your &name:"), m_author);
    auto *note = new QLabel(tr("A new language is used from the next start of Akademiplan."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::language()
{
    return QSettings().value(languageKey).toString();
}

QString PreferencesDialog::authorName()
{
    return QSettings().value(authorKey).toString();
}

QLocale PreferencesDialog::localeToUse()
{
    const QString chosen = language();
    if (chosen == QLatin1String("da"))
        return QLocale(QLocale::Danish, QLocale::Denmark);
    if (chosen == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale::system();
}

void PreferencesDialog::accept()
{
    QSettings().setValue(languageKey, m_language->currentData().toString());
    QSettings().setValue(authorKey, m_author->text().trimmed());
    QDialog::accept();
}

} // namespace Akademiplan
