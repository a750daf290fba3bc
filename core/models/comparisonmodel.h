// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "merge/comparison.h"
#include "merge/differencetext.h"
#include "merge/resolution.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Akademiplan {

// The differences of a returned copy as a tree a consultant reads: academy › track › activity,
// and the people, then each changed row, then its fields with what each side made of them. It
// holds the consultant's decisions: a checked change of theirs is taken, a conflict needs a
// choice, and checking a group decides every change of theirs in it.
class ComparisonModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, YoursColumn, TheirsColumn, DecisionColumn, ColumnCount };
    enum Roles {
        DifferenceRole = Qt::UserRole + 1, // the difference's index, -1 for a group
        ConflictRole                       // true for an undecided conflict, in a row or below a group
    };

    explicit ComparisonModel(std::shared_ptr<const CopyComparison> comparison, QObject *parent = nullptr);
    ~ComparisonModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const CopyComparison &comparison() const { return *m_comparison; }
    const DifferenceText &text() const { return m_text; }
    const std::vector<Resolution> &resolutions() const { return m_resolutions; }
    // The differences a row stands for: itself, or every one in a group.
    QList<int> differencesAt(const QModelIndex &index) const;
    // Decides the differences of these rows: Theirs or Mine for a change of theirs, any decision
    // for a conflict. A change of the consultant's own has nothing to decide and is left as it is.
    void decide(const QModelIndexList &indexes, Resolution::Decision decision);
    void setEditedValue(int difference, const QString &field, const QVariant &value);
    // Every change of theirs that does not conflict taken, in one click.
    void takeAllWithoutConflict();
    int undecidedConflicts() const;
    int takenCount() const;

signals:
    void decisionsChanged();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column) const;
    void build();
    QString decisionText(int difference) const;
    Qt::CheckState checkState(const Node *node) const;
    void announceAll();

    std::shared_ptr<const CopyComparison> m_comparison;
    DifferenceText m_text;
    std::vector<Resolution> m_resolutions;
    std::unique_ptr<Node> m_root;
};

} // namespace Akademiplan
