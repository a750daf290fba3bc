// SPDX-License-Identifier: MPL-2.0
#include "comparisonmodel.h"

#include "domain/domainlabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

namespace Akademiplan {

struct ComparisonModel::Node
{
    enum class Kind { Root, Group, Difference, Field };
    Kind kind = Kind::Root;
    QString text;
    int difference = -1;
    int field = -1;
    int row = 0; // among its parent's children, which never move
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind childKind, const QString &childText)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->text = childText;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
    template <typename Function>
    void forEachDifference(Function &&function) const
    {
        if (kind == Kind::Difference)
            function(difference);
        for (const auto &child : children)
            if (child->kind != Kind::Field)
                child->forEachDifference(function);
    }
};

ComparisonModel::ComparisonModel(std::shared_ptr<const CopyComparison> comparison, QObject *parent)
    : QAbstractItemModel(parent)
    , m_comparison(std::move(comparison))
    , m_text(*m_comparison->mineVersions, *m_comparison->theirVersions)
    , m_resolutions(m_comparison->differences.size())
{
    build();
}

ComparisonModel::~ComparisonModel() = default;

void ComparisonModel::build()
{
    m_root = std::make_unique<Node>();
    // The node of each academy, track, activity and person: a row that changed itself is the
    // group of the changes below it, so an activity shows once, with its sessions under it.
    QHash<QUuid, Node *> nodes;
    QHash<QString, Node *> unnamed; // groups without a row of their own, such as the people
    for (std::size_t i = 0; i < m_comparison->differences.size(); ++i) {
        const Difference &difference = m_comparison->differences[i];
        Node *group = m_root.get();
        for (const DifferenceText::GroupLevel &level : m_text.group(difference)) {
            Node *&child = level.uuid.isNull() ? unnamed[level.label] : nodes[level.uuid];
            if (!child)
                child = group->add(Node::Kind::Group, level.label);
            group = child;
        }
        Node *&row = nodes[difference.uuid];
        if (!row)
            row = group->add(Node::Kind::Difference, m_text.rowLabel(difference));
        row->kind = Node::Kind::Difference;
        row->difference = int(i);
        for (int field = 0; field < difference.fields.size(); ++field) {
            Node *child = row->add(Node::Kind::Field,
                                   DomainLabels::fieldLabel(difference.type, difference.fields[field].field));
            child->difference = int(i);
            child->field = field;
        }
    }
}

ComparisonModel::Node *ComparisonModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ComparisonModel::indexOf(const Node *node, int column) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (row < 0 || row >= int(node->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex ComparisonModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return child.isValid() && node->parent ? indexOf(node->parent, 0) : QModelIndex();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ComparisonModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn: return tr("Change");
    case YoursColumn: return tr("In your file");
    case TheirsColumn: return tr("In their copy");
    case DecisionColumn: return tr("Decision");
    }
    return {};
}

QString ComparisonModel::decisionText(int index) const
{
    const Difference &difference = m_comparison->differences[std::size_t(index)];
    const Resolution &resolution = m_resolutions[std::size_t(index)];
    if (difference.isOnlyMine())
        return tr("Yours, stays");
    switch (resolution.decision) {
    case Resolution::Decision::Undecided: return difference.conflict ? tr("Choose") : tr("Not taken");
    case Resolution::Decision::Mine: return difference.conflict ? tr("Keep yours") : tr("Leave out");
    case Resolution::Decision::Theirs: return tr("Take theirs");
    case Resolution::Decision::Edited: return tr("Your edit");
    }
    return {};
}

Qt::CheckState ComparisonModel::checkState(const Node *node) const
{
    int taken = 0;
    int left = 0;
    node->forEachDifference([&](int index) {
        const Difference &difference = m_comparison->differences[std::size_t(index)];
        if (difference.isOnlyMine())
            return;
        (m_resolutions[std::size_t(index)].takesTheirs() ? taken : left) += 1;
    });
    return left == 0 && taken > 0 ? Qt::Checked : (taken == 0 ? Qt::Unchecked : Qt::PartiallyChecked);
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    if (role == DifferenceRole)
        return node->difference;
    if (node->kind == Node::Kind::Group) {
        int undecided = 0;
        node->forEachDifference([&](int i) {
            undecided += m_comparison->differences[std::size_t(i)].conflict
                                 && m_resolutions[std::size_t(i)].decision == Resolution::Decision::Undecided
                             ? 1
                             : 0;
        });
        if (role == ConflictRole)
            return undecided > 0;
        if (role == Qt::DisplayRole && index.column() == ChangeColumn)
            return node->text;
        if (role == Qt::DisplayRole && index.column() == DecisionColumn && undecided > 0)
            return undecided == 1 ? tr("1 to choose") : tr("%1 to choose").arg(undecided);
        if (role == Qt::FontRole && index.column() == ChangeColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::CheckStateRole && index.column() == ChangeColumn)
            return checkState(node);
        return {};
    }
    const Difference &difference = m_comparison->differences[std::size_t(node->difference)];
    const Resolution &resolution = m_resolutions[std::size_t(node->difference)];
    const bool undecided = difference.conflict && resolution.decision == Resolution::Decision::Undecided;
    if (role == ConflictRole)
        return undecided;
    if (node->kind == Node::Kind::Field) {
        const FieldDifference &field = difference.fields[node->field];
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return role == Qt::ForegroundRole && field.conflict && undecided ? QBrush(QColor(0xb0, 0x20, 0x20))
                                                                              : QVariant();
        auto side = [&](bool changed, const QVariant &value) {
            const QString now = m_text.valueText(difference.type, field.field, value);
            if (!difference.hasBase)
                return now;
            return changed ? tr("%1 → %2").arg(m_text.valueText(difference.type, field.field, field.base), now)
                           : tr("unchanged (%1)").arg(now);
        };
        switch (index.column()) {
        case ChangeColumn: return node->text;
        case YoursColumn: return side(field.mineChanged, field.mine);
        case TheirsColumn: return side(field.theirsChanged, field.theirs);
        case DecisionColumn:
            if (resolution.decision == Resolution::Decision::Edited && resolution.editedValues.contains(field.field))
                return m_text.valueText(difference.type, field.field, resolution.editedValues.value(field.field));
            return {};
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangeColumn: return role == Qt::ToolTipRole ? m_text.sentence(difference) : node->text;
        case YoursColumn: {
            const QString change = m_text.change(difference, false);
            return change.isEmpty() ? tr("unchanged") : change;
        }
        case TheirsColumn: {
            const QString change = m_text.change(difference, true);
            return change.isEmpty() ? tr("unchanged") : change;
        }
        case DecisionColumn: return decisionText(node->difference);
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == ChangeColumn && !difference.isOnlyMine() && !difference.conflict)
            return resolution.takesTheirs() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (undecided)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (difference.isOnlyMine())
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::FontRole:
        if (undecided && index.column() == DecisionColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *node = nodeOf(index);
    if (index.column() != ChangeColumn)
        return flags;
    if (node->kind == Node::Kind::Group)
        return flags | Qt::ItemIsUserCheckable;
    if (node->kind == Node::Kind::Difference) {
        const Difference &difference = m_comparison->differences[std::size_t(node->difference)];
        if (!difference.isOnlyMine() && !difference.conflict)
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool ComparisonModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ChangeColumn)
        return false;
    // A group's box takes or leaves out every change of theirs below it; its conflicts stay to be
    // chosen one by one.
    const bool take = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    QList<int> changed;
    nodeOf(index)->forEachDifference([&](int i) {
        const Difference &difference = m_comparison->differences[std::size_t(i)];
        if (!difference.conflict && !difference.isOnlyMine()) {
            m_resolutions[std::size_t(i)].decision = take ? Resolution::Decision::Theirs : Resolution::Decision::Mine;
            changed.append(i);
        }
    });
    if (changed.isEmpty())
        return false;
    announceAll();
    return true;
}

QList<int> ComparisonModel::differencesAt(const QModelIndex &index) const
{
    QList<int> result;
    if (index.isValid())
        nodeOf(index)->forEachDifference([&](int i) { result.append(i); });
    if (index.isValid() && nodeOf(index)->kind == Node::Kind::Field)
        result.append(nodeOf(index)->difference);
    return result;
}

void ComparisonModel::decide(const QModelIndexList &indexes, Resolution::Decision decision)
{
    bool any = false;
    for (const QModelIndex &index : indexes)
        for (int i : differencesAt(index)) {
            const Difference &difference = m_comparison->differences[std::size_t(i)];
            if (difference.isOnlyMine() || (!difference.conflict && decision == Resolution::Decision::Edited))
                continue;
            m_resolutions[std::size_t(i)].decision = decision;
            any = true;
        }
    if (any)
        announceAll();
}

void ComparisonModel::setEditedValue(int difference, const QString &field, const QVariant &value)
{
    Resolution &resolution = m_resolutions.at(std::size_t(difference));
    resolution.decision = Resolution::Decision::Edited;
    resolution.editedValues.insert(field, value);
    announceAll();
}

void ComparisonModel::takeAllWithoutConflict()
{
    for (std::size_t i = 0; i < m_resolutions.size(); ++i)
        if (m_comparison->differences[i].isTheirs())
            m_resolutions[i].decision = Resolution::Decision::Theirs;
    announceAll();
}

int ComparisonModel::undecidedConflicts() const
{
    int count = 0;
    for (std::size_t i = 0; i < m_resolutions.size(); ++i)
        count += m_comparison->differences[i].conflict && m_resolutions[i].decision == Resolution::Decision::Undecided
                     ? 1
                     : 0;
    return count;
}

int ComparisonModel::takenCount() const
{
    return int(std::count_if(m_resolutions.begin(), m_resolutions.end(),
                             [](const Resolution &resolution) { return resolution.takesTheirs(); }));
}

void ComparisonModel::announceAll()
{
    // A decision on a row changes its group's box and count too; the tree is a few thousand rows
    // at most, so the whole of it is announced rather than worked out row by row.
    std::function<void(const Node *)> announce = [&](const Node *node) {
        if (!node->children.empty()) {
            const QModelIndex parent = indexOf(node, 0);
            emit dataChanged(index(0, 0, parent), index(int(node->children.size()) - 1, ColumnCount - 1, parent));
            for (const auto &child : node->children)
                announce(child.get());
        }
    };
    announce(m_root.get());
    emit decisionsChanged();
}

} // namespace Akademiplan
