// SPDX-License-Identifier: MPL-2.0
#include "importparticipantsdialog.h"

#include "document/document.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "exchange/csvreader.h"
#include "models/importpreviewmodel.h"
#include "screenfit.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

// Combo boxes of file columns in one row of the grid: enough for a sheet's usual five to eight
// columns in two rows at 1024 pixels.
constexpr int columnsPerRow = 4;

const QList<ParticipantRole> roles = {ParticipantRole::Employee, ParticipantRole::Manager, ParticipantRole::Politician,
                                      ParticipantRole::KeyPerson, ParticipantRole::ExternalPartner};

void clearGrid(QGridLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

ImportParticipantsDialog::ImportParticipantsDialog(Workspace *workspace, const QString &fileName,
                                                   const QByteArray &bytes, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_bytes(bytes)
    , m_model(new ImportPreviewModel(this))
    , m_detected(new QLabel(this))
    , m_separator(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_columnsBox(new QGroupBox(tr("Columns"), this))
    , m_columnsLayout(new QGridLayout)
    , m_rolesBox(new QGroupBox(tr("Role words the program does not know"), this))
    , m_rolesLayout(new QGridLayout)
    , m_updateExisting(new QCheckBox(tr("&Update people who are already in the project with the list's details"), this))
    , m_skipProblems(new QCheckBox(tr("&Leave out the rows with problems"), this))
    , m_preview(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Participants from %1").arg(fileName));
    setObjectName(QStringLiteral("importParticipantsDialog"));
    m_separator->setObjectName(QStringLiteral("separatorChoice"));
    m_encoding->setObjectName(QStringLiteral("encodingChoice"));
    m_updateExisting->setObjectName(QStringLiteral("updateExisting"));
    m_skipProblems->setObjectName(QStringLiteral("skipProblems"));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    m_summary->setWordWrap(true);

    for (const QChar separator : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')})
        m_separator->addItem(CsvReader::separatorName(separator), QVariant(separator));
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Windows1252, TextEncoding::Utf16})
        m_encoding->addItem(CsvReader::encodingName(encoding), int(encoding));
    const CsvFormat detected = CsvReader::detect(bytes);
    m_detected->setText(tr("Read as the file looks: %1.").arg(CsvReader::describe(detected)));
    m_separator->setCurrentIndex(m_separator->findData(QVariant(detected.separator)));
    m_encoding->setCurrentIndex(m_encoding->findData(int(detected.encoding)));

    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_detected, 1);
    auto *separatorLabel = new QLabel(tr("&Separator:"), this);
    separatorLabel->setBuddy(m_separator);
    auto *encodingLabel = new QLabel(tr("&Characters:"), this);
    encodingLabel->setBuddy(m_encoding);
    formatRow->addWidget(separatorLabel);
    formatRow->addWidget(m_separator);
    formatRow->addSpacing(12);
    formatRow->addWidget(encodingLabel);
    formatRow->addWidget(m_encoding);

    m_columnsBox->setLayout(m_columnsLayout);
    m_rolesBox->setLayout(m_rolesLayout);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_preview->setModel(proxy);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    applyTableStyle(m_preview, -1, ImportPreviewModel::Note);

    QPushButton *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(formatRow);
    layout->addWidget(m_columnsBox);
    layout->addWidget(m_rolesBox);
    layout->addWidget(m_updateExisting);
    layout->addWidget(m_skipProblems);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_separator, &QComboBox::currentIndexChanged, this, &ImportParticipantsDialog::readFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportParticipantsDialog::readFile);
    connect(m_updateExisting, &QCheckBox::toggled, this, [this](bool on) {
        m_options.updateExisting = on;
        judge();
    });
    connect(m_skipProblems, &QCheckBox::toggled, this, [this](bool on) {
        m_options.skipRowsWithProblems = on;
        judge();
    });

    readFile();
    resize(fittedToScreen(this, QSize(1100, 700)));
}

ImportParticipantsDialog::~ImportParticipantsDialog() = default;

CsvFormat ImportParticipantsDialog::chosenFormat() const
{
    CsvFormat format;
    format.separator = m_separator->currentData().toChar();
    format.encoding = TextEncoding(m_encoding->currentData().toInt());
    return format;
}

void ImportParticipantsDialog::readFile()
{
    m_table = CsvReader::read(m_bytes, chosenFormat());
    m_roleWords.clear();
    m_options.columns = ParticipantColumns::recognise(m_table.header());
    buildColumnChoices();
    judge();
}

void ImportParticipantsDialog::buildColumnChoices()
{
    clearGrid(m_columnsLayout);
    m_columnChoices.clear();
    const QStringList header = m_table.header();
    for (qsizetype column = 0; column < header.size(); ++column) {
        auto *choice = new QComboBox(m_columnsBox);
        choice->setObjectName(QStringLiteral("columnChoice%1").arg(column));
        for (const ParticipantField field : ParticipantColumns::allFields())
            choice->addItem(ParticipantColumns::label(field), int(field));
        choice->setCurrentIndex(choice->findData(int(m_options.columns.value(column))));
        auto *label = new QLabel(header.at(column).isEmpty() ? tr("Column %1").arg(column + 1) : header.at(column),
                                 m_columnsBox);
        label->setBuddy(choice);
        const int row = int(column / columnsPerRow);
        const int pair = int(column % columnsPerRow);
        m_columnsLayout->addWidget(label, row, pair * 2, Qt::AlignRight);
        m_columnsLayout->addWidget(choice, row, pair * 2 + 1);
        connect(choice, &QComboBox::currentIndexChanged, this, [this, column, choice] {
            const auto field = ParticipantField(choice->currentData().toInt());
            // A field goes to one column: the column that had it before is no longer imported.
            for (qsizetype other = 0; other < m_options.columns.size(); ++other) {
                if (other != column && field != ParticipantField::Ignore && m_options.columns.at(other) == field) {
                    m_options.columns[other] = ParticipantField::Ignore;
                    QSignalBlocker blocker(m_columnChoices.at(other));
                    m_columnChoices.at(other)->setCurrentIndex(0);
                }
            }
            m_options.columns[column] = field;
            judge();
        });
        m_columnChoices.append(choice);
    }
}

void ImportParticipantsDialog::buildRoleChoices()
{
    clearGrid(m_rolesLayout);
    // The words the user gave a role stay in the list, so that the choice can be seen and changed.
    for (const QString &word : m_import.unknownRoleWords())
        if (!m_roleWords.contains(word))
            m_roleWords.append(word);
    const QStringList words = m_roleWords;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = words.at(i);
        auto *choice = new QComboBox(m_rolesBox);
        choice->setObjectName(QStringLiteral("roleChoice%1").arg(i));
        choice->addItem(tr("(choose a role)"), -1);
        for (const ParticipantRole role : roles)
            choice->addItem(DomainLabels::label(role), int(role));
        const auto chosen = m_options.roleWords.constFind(word.simplified().toCaseFolded());
        if (chosen != m_options.roleWords.constEnd())
            choice->setCurrentIndex(choice->findData(int(*chosen)));
        auto *label = new QLabel(tr("“%1” means:").arg(word), m_rolesBox);
        label->setBuddy(choice);
        const int row = int(i / columnsPerRow);
        const int pair = int(i % columnsPerRow);
        m_rolesLayout->addWidget(label, row, pair * 2, Qt::AlignRight);
        m_rolesLayout->addWidget(choice, row, pair * 2 + 1);
        connect(choice, &QComboBox::currentIndexChanged, this, [this, word, choice] {
            const int role = choice->currentData().toInt();
            if (role < 0)
                return;
            m_options.roleWords.insert(word.simplified().toCaseFolded(), ParticipantRole(role));
            // Judged once this choice's signal has returned: judging rebuilds the choices.
            QMetaObject::invokeMethod(this, &ImportParticipantsDialog::judge, Qt::QueuedConnection);
        });
    }
    m_rolesLayout->setColumnStretch(columnsPerRow * 2, 1);
    m_rolesBox->setVisible(!words.isEmpty());
}

void ImportParticipantsDialog::judge()
{
    m_model->setImport(nullptr);
    m_import = ParticipantImport::prepare(m_workspace->document()->project(), m_table, m_options);
    m_model->setImport(&m_import);
    buildRoleChoices();
    if (TableStyle *style = TableStyle::of(m_preview))
        style->fitToContents();
    QString summary = m_import.fileProblem().isEmpty() ? m_import.summary() + QLatin1Char('.') : m_import.fileProblem();
    if (m_import.fileProblem().isEmpty() && m_import.counts().rejected > 0 && !m_options.skipRowsWithProblems)
        summary += QLatin1Char(' ')
                   + tr("Correct the rows with problems in the file and open it again, or leave them out to import "
                        "the rest.");
    m_summary->setText(summary);
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_import.canImport() && !m_workspace->document()->isReadOnly());
}

QString ImportParticipantsDialog::resultText() const
{
    return tr("Imported: %1.").arg(m_import.summary());
}

void ImportParticipantsDialog::accept()
{
    if (!m_import.canImport())
        return;
    // A refused import is reported by the window, like every refused edit.
    if (m_workspace->editor()->importParticipants(m_import))
        QDialog::accept();
}

} // namespace Akademiplan
