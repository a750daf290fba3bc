// SPDX-License-Identifier: MPL-2.0
#include "comparedialog.h"

#include "document/document.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "merge/mergeplan.h"
#include "models/comparisonmodel.h"
#include "screenfit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Akademiplan {

CompareDialog::CompareDialog(Document *document, std::shared_ptr<const CopyComparison> comparison, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_comparison(std::move(comparison))
    , m_model(new ComparisonModel(m_comparison, this))
    , m_tree(new QTreeView(this))
    , m_counts(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_takeTheirs(new QPushButton(tr("&Take Theirs"), this))
    , m_keepYours(new QPushButton(tr("&Keep Yours"), this))
    , m_editValue(new QPushButton(tr("&Edit Value…"), this))
    , m_takeAll(new QPushButton(tr("Take &All Without Conflict"), this))
{
    setWindowTitle(tr("Compare with %1").arg(m_comparison->theirFile));
    setObjectName(QStringLiteral("compareDialog"));
    m_tree->setObjectName(QStringLiteral("differences"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Differences"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ComparisonModel::ChangeColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ComparisonModel::YoursColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ComparisonModel::TheirsColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ComparisonModel::DecisionColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(ComparisonModel::ChangeColumn, 340);
    // Groups open, field rows folded: the first look is one line per changed row.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expandRecursively(m_model->index(row, 0), 2);

    auto *base = new QLabel(m_comparison->baseDescription, this);
    base->setObjectName(QStringLiteral("baseDescription"));
    base->setWordWrap(true);
    base->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("What stops the merge"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(fontMetrics().height() * 6);
    m_problems->hide();

    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_keepYours->setObjectName(QStringLiteral("keepYours"));
    m_editValue->setObjectName(QStringLiteral("editValue"));
    m_takeAll->setObjectName(QStringLiteral("takeAll"));
    m_takeTheirs->setToolTip(tr("Take their version of the selected changes or groups"));
    m_keepYours->setToolTip(tr("Keep your version of the selected changes or groups"));
    m_editValue->setToolTip(tr("Type the value to keep where both sides changed the same text"));
    auto *decisions = new QHBoxLayout;
    decisions->addWidget(m_takeTheirs);
    decisions->addWidget(m_keepYours);
    decisions->addWidget(m_editValue);
    decisions->addStretch();
    decisions->addWidget(m_takeAll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_mergeButton = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mergeButton, &QPushButton::clicked, this, [this] {
        if (merge())
            accept();
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { decideSelected(int(Resolution::Decision::Theirs)); });
    connect(m_keepYours, &QPushButton::clicked, this, [this] { decideSelected(int(Resolution::Decision::Mine)); });
    connect(m_editValue, &QPushButton::clicked, this, &CompareDialog::editValue);
    connect(m_takeAll, &QPushButton::clicked, m_model, &ComparisonModel::takeAllWithoutConflict);
    connect(m_model, &ComparisonModel::decisionsChanged, this, &CompareDialog::updateState);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompareDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(base);
    layout->addWidget(m_counts);
    layout->addWidget(m_tree, 1);
    layout->addLayout(decisions);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(fittedToScreen(this, QSize(1100, 640)));
    updateState();
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::updateState()
{
    const int theirs = m_comparison->theirChangeCount();
    const int conflicts = m_comparison->conflictCount();
    const int undecided = m_model->undecidedConflicts();
    const int taken = m_model->takenCount();
    QStringList parts;
    if (m_comparison->differences.empty())
        parts.append(tr("The two files hold the same."));
    else if (theirs == 0 && conflicts == 0)
        parts.append(tr("Nothing new in their copy: every difference is a change of your own."));
    else {
        parts.append(theirs == 1 ? tr("1 change of theirs") : tr("%1 changes of theirs").arg(theirs));
        if (conflicts > 0)
            parts.append(undecided == 0 ? tr("every conflict chosen")
                                        : (undecided == 1 ? tr("1 conflict to choose")
                                                          : tr("%1 conflicts to choose").arg(undecided)));
        parts.append(taken == 1 ? tr("1 to take in") : tr("%1 to take in").arg(taken));
    }
    m_counts->setText(parts.join(QStringLiteral(" · ")));

    bool selectedConflict = false;
    bool selectedTheirs = false;
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        for (int i : m_model->differencesAt(index)) {
            const Difference &difference = m_comparison->differences[std::size_t(i)];
            selectedConflict = selectedConflict || difference.conflict;
            selectedTheirs = selectedTheirs || !difference.isOnlyMine();
        }
    m_takeTheirs->setEnabled(selectedTheirs);
    m_keepYours->setEnabled(selectedTheirs);
    m_editValue->setEnabled(selected.size() == 1 && selectedConflict);
    m_takeAll->setEnabled(theirs > 0);
    const bool canMerge = !m_document->isReadOnly() && undecided == 0 && (taken > 0 || conflicts > 0 || theirs > 0);
    m_mergeButton->setEnabled(canMerge);
    m_mergeButton->setToolTip(m_document->isReadOnly() ? m_document->readOnlyReason()
                              : undecided > 0          ? tr("Choose yours or theirs for every conflict first.")
                                                       : QString());
}

void CompareDialog::decideSelected(int decision)
{
    m_model->decide(m_tree->selectionModel()->selectedRows(), Resolution::Decision(decision));
}

void CompareDialog::editValue()
{
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
    if (selected.size() != 1)
        return;
    const QList<int> differences = m_model->differencesAt(selected.front());
    if (differences.size() != 1)
        return;
    const Difference &difference = m_comparison->differences[std::size_t(differences.front())];
    // The field the selection is on, or the first that both sides changed.
    const int fieldRow = selected.front().parent().isValid()
                                 && m_model->data(selected.front().parent(), ComparisonModel::DifferenceRole).toInt()
                                        == differences.front()
                             ? selected.front().row()
                             : -1;
    const FieldDifference *field = nullptr;
    for (int i = 0; i < difference.fields.size(); ++i)
        if ((fieldRow < 0 ? difference.fields[i].conflict : i == fieldRow) && !field)
            field = &difference.fields[i];
    if (!field || field->theirs.typeId() != QMetaType::QString || field->field.endsWith(QLatin1String("Id"))) {
        QMessageBox::information(this, tr("Edit Value"),
                                 tr("Only a text both sides changed can be typed here; choose yours or theirs."));
        return;
    }
    bool ok = false;
    const QString value = QInputDialog::getText(
        this, tr("Edit Value"),
        tr("%1 of %2 (yours: %3; theirs: %4):")
            .arg(DomainLabels::fieldLabel(difference.type, field->field), m_model->text().label(difference),
                 field->mine.toString(), field->theirs.toString()),
        QLineEdit::Normal, field->theirs.toString(), &ok);
    if (ok)
        m_model->setEditedValue(differences.front(), field->field, value);
}

bool CompareDialog::merge()
{
    m_problems->clear();
    const MergePlan::Result plan = MergePlan::build(*m_document, *m_comparison, m_model->resolutions());
    if (!plan.problems.isEmpty()) {
        m_problems->addItems(plan.problems);
        m_problems->show();
        return false;
    }
    m_problems->hide();
    if (!plan.warnings.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Merge"), tr("Before you merge, note what the rules say of the result:"),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("mergeWarnings"));
        box.setInformativeText(plan.warnings.join(QLatin1Char('\n')));
        QPushButton *mergeAnyway = box.addButton(tr("&Merge Anyway"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != mergeAnyway)
            return false;
    }
    ProjectEditor editor(*m_document);
    const EditResult result = editor.merge(tr("Merge %1").arg(m_comparison->theirFile), plan.changes, plan.takenIn);
    if (!result) {
        m_problems->addItem(result.error);
        m_problems->show();
        return false;
    }
    m_merged = plan.taken;
    return true;
}

} // namespace Akademiplan
