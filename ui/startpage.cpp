// SPDX-License-Identifier: MPL-2.0
#include "startpage.h"

#include "i18n/displaytext.h"
#include "recentfiles.h"
#include "storage/projectinspector.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

// A recent project as two lines: its name in bold with its folder, and what it holds.
class RecentProjectDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        item.text.clear();
        item.icon = QIcon();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

        const bool missing = index.data(StartPage::MissingRole).toBool();
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = missing ? QPalette::Disabled : QPalette::Normal;
        const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        // Half-way to the background: quieter than the name, still easy to read.
        const QColor base = option.palette.color(QPalette::Base);
        const QColor halfway = QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                                                (text.blueF() + base.blueF()) / 2);
        const QColor quiet = selected ? text : halfway;
        const QRect area = option.rect.adjusted(margin(option), margin(option) / 2, -margin(option), 0);
        const int iconSize = 2 * option.fontMetrics.height();
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        const int iconTop = option.rect.top() + (option.rect.height() - iconSize) / 2;
        const QRect iconRect(area.left(), iconTop, iconSize, iconSize);
        icon.paint(painter, iconRect, Qt::AlignCenter, missing ? QIcon::Disabled : QIcon::Normal);

        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const int left = iconRect.right() + margin(option);
        const int lineHeight = option.fontMetrics.height();
        QRect line(left, area.top(), area.right() - left, lineHeight);
        const QString name = boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle,
                                                    line.width() * 2 / 3);
        painter->save();
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, name);
        // The folder tells copies of the same name apart.
        const int folderLeft = line.left() + boldMetrics.horizontalAdvance(name) + margin(option);
        const QRect folderRect(folderLeft, line.top(), line.right() - folderLeft, lineHeight);
        painter->setFont(option.font);
        painter->setPen(quiet);
        const QString folder =
            QDir::toNativeSeparators(QFileInfo(index.data(StartPage::PathRole).toString()).absolutePath());
        painter->drawText(folderRect, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(folder, Qt::ElideMiddle, folderRect.width()));
        line.translate(0, lineHeight + 2);
        painter->setPen(missing ? quiet : text);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(index.data(StartPage::DetailsRole).toString(),
                                                        Qt::ElideRight, line.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(40 * option.fontMetrics.averageCharWidth(), 2 * option.fontMetrics.height() + 2 + margin(option));
    }

private:
    static int margin(const QStyleOptionViewItem &option) { return option.fontMetrics.height() / 2; }
};

} // namespace

StartPage::StartPage(RecentFiles *recentFiles, const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
    , m_recentFiles(recentFiles)
    , m_recent(new QListWidget(this))
    , m_noRecent(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *logo = new QLabel(this);
    const int logoSize = 3 * fontMetrics().height();
    logo->setPixmap(QIcon(QStringLiteral(":/icons/dk.akademiplan.Akademiplan.svg"))
                        .pixmap(QSize(logoSize, logoSize), devicePixelRatioF()));
    auto *title = new QLabel(QStringLiteral("Akademiplan"), this);
    title->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: 600;"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(logo);
    titleRow->addWidget(title, 1);
    auto *intro = new QLabel(tr("Plan an innovation academy for a municipality: start a new project, open one, or "
                                "look around in the example. You can also drop a project file here."),
                             this);
    intro->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(24, 24));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto *heading = new QLabel(tr("&Recent projects"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    heading->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setItemDelegate(new RecentProjectDelegate(m_recent));
    m_recent->setUniformItemSizes(true);
    m_recent->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_noRecent->setText(tr("The projects you open are listed here."));
    m_noRecent->setEnabled(false);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openFileRequested(item->data(PathRole).toString()); });

    // A column of a comfortable reading width in the middle of a large window.
    auto *column = new QVBoxLayout;
    column->addLayout(titleRow);
    column->addWidget(intro);
    column->addSpacing(fontMetrics().height());
    column->addLayout(buttons);
    column->addSpacing(fontMetrics().height());
    column->addWidget(heading);
    column->addWidget(m_recent, 1);
    column->addWidget(m_noRecent);
    column->addStretch();
    auto *centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(60 * fontMetrics().averageCharWidth() + 200);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(centred, 4);
    layout->addStretch(1);

    connect(recentFiles, &RecentFiles::changed, this, [this] {
        if (isVisible())
            refresh();
    });
}

void StartPage::refresh()
{
    const QString current = m_recent->currentItem() ? m_recent->currentItem()->data(PathRole).toString() : QString();
    m_recent->clear();
    for (const QString &path : m_recentFiles->files()) {
        auto *item = new QListWidgetItem(m_recent);
        describe(item, path);
        if (path == current)
            m_recent->setCurrentItem(item);
    }
    if (!m_recent->currentItem() && m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    // As tall as its rows, so that three projects are not lost in a large white box.
    m_recent->setMaximumHeight(m_recent->count() * m_recent->sizeHintForRow(0) + 2 * m_recent->frameWidth());
    m_recent->setVisible(m_recent->count() > 0);
    m_noRecent->setVisible(m_recent->count() == 0);
}

void StartPage::describe(QListWidgetItem *item, const QString &path)
{
    const QFileInfo file(path);
    const ProjectInspector::Glance glance = ProjectInspector::glance(path);
    QString details;
    switch (glance.state) {
    case ProjectInspector::Glance::State::Readable: {
        QStringList parts{glance.municipalityName};
        if (!glance.academies.isEmpty())
            parts.append(glance.academies.size() == 1
                             ? glance.academies.front()
                             : tr("%1 and %n more", nullptr, int(glance.academies.size() - 1))
                                   .arg(glance.academies.front()));
        const QDateTime saved = glance.lastSaved.toLocalTime();
        parts.append(saved.date() == QDate::currentDate()
                         ? tr("Saved today at %1").arg(DisplayText::time(saved.time()))
                         : tr("Saved %1").arg(DisplayText::dayMonthYear(saved.date())));
        details = parts.join(QStringLiteral(" · "));
        break;
    }
    case ProjectInspector::Glance::State::Missing:
        details = tr("Not found: moved, renamed or deleted, or on a drive that is not connected");
        break;
    case ProjectInspector::Glance::State::Unreadable: details = glance.problem; break;
    }
    const bool missing = glance.state != ProjectInspector::Glance::State::Readable;
    item->setText(file.completeBaseName());
    item->setData(PathRole, file.absoluteFilePath());
    item->setData(DetailsRole, details);
    item->setData(MissingRole, missing);
    item->setIcon(QIcon(QStringLiteral(":/icons/dk.akademiplan.Akademiplan.svg")));
    item->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(file.completeBaseName(), details));
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    // Enter opens the project worked on last.
    if (m_recent->count() > 0)
        m_recent->setFocus(Qt::OtherFocusReason);
}

} // namespace Akademiplan
