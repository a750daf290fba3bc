// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "merge/comparison.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;

namespace Akademiplan {

class ComparisonModel;
class Document;

// Shows how a copy that came back differs from the open project, entity by entity, and merges
// what the consultant takes: each change of theirs can be taken or left out, alone or a whole
// group at a time; each conflict must be chosen (yours, theirs, or a value typed here) before the
// merge is applied. The merge is one step, which Undo takes back; what the rules say of it is
// shown before it is applied.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(Document *document, std::shared_ptr<const CopyComparison> comparison, QWidget *parent = nullptr);
    ~CompareDialog() override;

    ComparisonModel *model() const { return m_model; }
    // How many changes the merge took in, once it has been applied.
    int mergedCount() const { return m_merged; }

    // Applies the merge as decided; false, with the reasons shown in the dialog, when it cannot be.
    bool merge();

private:
    void updateState();
    void decideSelected(int decision);
    void editValue();

    Document *m_document;
    std::shared_ptr<const CopyComparison> m_comparison;
    ComparisonModel *m_model;
    QTreeView *m_tree;
    QLabel *m_counts;
    QListWidget *m_problems;
    QPushButton *m_takeTheirs;
    QPushButton *m_keepYours;
    QPushButton *m_editValue;
    QPushButton *m_takeAll;
    QPushButton *m_mergeButton;
    int m_merged = 0;
};

} // namespace Akademiplan
