// SPDX-License-Identifier: MPL-2.0
#include "shortcutsdialog.h"

#include "domain/domainlabels.h"
#include "maintoolbar.h"
#include "models/attendancegridmodel.h"
#include "screenfit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

// One line of the list: what a key does, under the menu or place it belongs to.
struct KeyEntry
{
    QString group;
    QString action;
    QString keys;
};

// The keys as the platform writes them. Keys no PC or Mac keyboard has are left out: X11's
// Undo includes F14, the Undo key of old Sun keyboards.
QString keysText(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> onKeyboards;
    for (const QKeySequence &each : keys)
        if (each.isEmpty() || each[0].key() < Qt::Key_F13 || each[0].key() > Qt::Key_F35)
            onKeyboards.append(each);
    return QKeySequence::listToString(onKeyboards, QKeySequence::NativeText);
}

// A key held with the mouse or while dragging, as the platform names it in a shortcut: "Ctrl",
// "Skift" (QKeySequence(Qt::Key_Control) would say "Control").
QString modifierName(Qt::KeyboardModifier modifier)
{
    QString text = QKeySequence(modifier | Qt::Key_A).toString(QKeySequence::NativeText);
    text.chop(QKeySequence(Qt::Key_A).toString(QKeySequence::NativeText).size());
    if (text.endsWith(QLatin1Char('+')))
        text.chop(1);
    return text;
}

QString keyName(Qt::Key key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

// "Export › Programme Plan": an action in a submenu, named with the submenu.
QString within(const QString &prefix, const QString &text)
{
    return prefix.isEmpty() ? text
                            : ShortcutsDialog::tr("%1 › %2", "a submenu, then an action in it").arg(prefix, text);
}

void addMenu(const QMenu *menu, const QString &group, const QString &prefix, QSet<const QAction *> &seen,
             QList<KeyEntry> &entries)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *submenu = action->menu()) {
            addMenu(submenu, group, within(prefix, MainToolBar::plainText(action)), seen, entries);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        entries.append({group, within(prefix, MainToolBar::plainText(action)), keysText(action->shortcuts())});
    }
}

// Where a key of a widget's own action works: the page or panel the widget is on.
QString placeOf(const QWidget *widget, const QMainWindow *window)
{
    QList<const QWidget *> path;
    for (const QWidget *each = widget; each && each != window; each = each->parentWidget()) {
        if (const auto *dock = qobject_cast<const QDockWidget *>(each))
            return dock->windowTitle();
        if (const auto *tabs = qobject_cast<const QTabWidget *>(each)) {
            for (const QWidget *inner : std::as_const(path))
                if (const int index = tabs->indexOf(const_cast<QWidget *>(inner)); index >= 0)
                    return tabs->tabText(index).remove(QLatin1Char('&'));
        }
        path.append(each);
    }
    return ShortcutsDialog::tr("Window");
}

// The keys that views read themselves, not through an action. Keep in step with
// TimelineView::keyPressEvent and wheelEvent, AttendanceGrid::keyPressEvent and
// ProgrammeActions::attachToNavigator.
QList<KeyEntry> viewKeys()
{
    const QString enter = keysText({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    const QString navigator = ShortcutsDialog::tr("Programme navigator");
    const QString timeline = ShortcutsDialog::tr("Timeline");
    const QString attendance = ShortcutsDialog::tr("Record Attendance");
    QList<KeyEntry> entries = {
        {navigator, ShortcutsDialog::tr("Open the chosen item's form"), enter},
        {timeline, ShortcutsDialog::tr("Choose a session, then the one beside it"),
         keysText({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Up),
                   QKeySequence(Qt::Key_Down)})},
        {timeline, ShortcutsDialog::tr("Open the chosen session's activity"), enter},
        {timeline, ShortcutsDialog::tr("Move the chosen session a day earlier or later"),
         keysText({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::ALT | Qt::Key_Right)})},
        {timeline, ShortcutsDialog::tr("Move the chosen session a week earlier or later"),
         keysText({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::ALT | Qt::Key_Down)})},
        {timeline, ShortcutsDialog::tr("Deselect the chosen session"), keyName(Qt::Key_Escape)},
        {timeline, ShortcutsDialog::tr("While dragging a session: change its time as well"), modifierName(Qt::ShiftModifier)},
        {timeline, ShortcutsDialog::tr("While dragging a session: cancel the move"), keyName(Qt::Key_Escape)},
        {timeline, ShortcutsDialog::tr("Zoom in or out at the pointer"),
         ShortcutsDialog::tr("%1+mouse wheel").arg(modifierName(Qt::ControlModifier))},
        {timeline, ShortcutsDialog::tr("Scroll along the time axis"),
         ShortcutsDialog::tr("%1+mouse wheel").arg(modifierName(Qt::ShiftModifier))},
    };
    for (AttendanceStatus status : {AttendanceStatus::Present, AttendanceStatus::Absent, AttendanceStatus::Excused})
        entries.append({attendance, ShortcutsDialog::tr("Mark the chosen cells: %1").arg(DomainLabels::label(status)),
                        AttendanceGridModel::letter(status)});
    entries.append({attendance, ShortcutsDialog::tr("Give the chosen cells the next mark"), keyName(Qt::Key_Space)});
    entries.append({attendance, ShortcutsDialog::tr("Clear the chosen cells"),
                    keysText({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)})});
    return entries;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_nothingFound(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setPlaceholderText(tr("Find an action or a key…"));
    m_search->setAccessibleName(tr("Find a shortcut"));
    m_search->setClearButtonEnabled(true);

    fill(window);
    // A search for "Ctrl+S" or for "save" alike; a group's name keeps all of its rows.
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_view->setObjectName(QStringLiteral("shortcuts"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->expandAll();

    m_nothingFound->setObjectName(QStringLiteral("nothingFound"));
    m_nothingFound->setWordWrap(true);
    m_nothingFound->hide();
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_nothingFound);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    m_search->setFocus();
    // Wide enough for the longest keys ("Alt+Venstre; Alt+Højre") beside the longest action.
    resize(fittedToScreen(this, QSize(820, 660)));
}

void ShortcutsDialog::fill(QMainWindow *window)
{
    QList<KeyEntry> entries;
    QSet<const QAction *> seen;
    for (const QAction *menu : window->menuBar()->actions())
        if (const QMenu *each = menu->menu())
            addMenu(each, MainToolBar::plainText(menu), QString(), seen, entries);
    // Actions on the window's own widgets (a table's Delete, the participant search) and on the
    // window itself, which no menu shows. An action without text is described among viewKeys().
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != window)
            continue; // a dialog of the window's has its own keys
        for (const QAction *action : widget->actions()) {
            if (action->shortcuts().isEmpty() || action->text().isEmpty() || seen.contains(action))
                continue;
            seen.insert(action);
            entries.append({placeOf(widget, window), MainToolBar::plainText(action), keysText(action->shortcuts())});
        }
    }
    entries += viewKeys();

    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    QHash<QString, QStandardItem *> groups;
    for (const KeyEntry &entry : std::as_const(entries)) {
        QStandardItem *&group = groups[entry.group];
        if (!group) {
            group = new QStandardItem(entry.group);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            group->setFlags(Qt::ItemIsEnabled);
            auto *empty = new QStandardItem;
            empty->setFlags(Qt::ItemIsEnabled);
            m_model->appendRow({group, empty});
        }
        auto *action = new QStandardItem(entry.action);
        auto *keys = new QStandardItem(entry.keys);
        action->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        keys->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        group->appendRow({action, keys});
    }
}

void ShortcutsDialog::filter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_view->expandAll();
    const bool found = m_proxy->rowCount() > 0;
    m_nothingFound->setVisible(!found);
    if (!found)
        m_nothingFound->setText(tr("No shortcut matches \"%1\".").arg(text.trimmed()));
}

} // namespace Akademiplan
