// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QAction;
class QMenu;
class QTableView;

namespace Akademiplan {

// The one look and behaviour of the program's tables: whole rows selected, alternating colours,
// compact single-line rows; every column as wide as its content and the rest of the width to the
// column that profits from it (a name, a title), so that nothing scrolls sideways when the content
// fits, and when it does not, the widest columns are cut first; the widths the user drags and the
// column the user sorts by kept between starts, under the table's objectName; and the menus of a
// right click on a row or on the header.
//
// Content is measured on a sample of rows (the visible ones and a few hundred more), so a table of
// ten thousand people fits as fast as one of ten. Columns grow as longer content comes in and
// shrink only when the whole model is reset or the table is shown again, so that they stay put
// while the consultant types in a search field.
class TableStyle : public QObject
{
    Q_OBJECT

public:
    ~TableStyle() override;

    // The style of a table it was applied to, or null.
    static TableStyle *of(const QTableView *table);

    // Measures the content again and fits the columns the user has not resized.
    void fitToContents();
    // Forgets the widths the user gave the columns: every column fits its content again.
    void resetColumnWidths();
    // The width the user gave a column, or 0 when it follows its content.
    int userWidth(int column) const { return m_userWidths.value(column); }
    // The width of all columns with their whole content, e.g. to open a dialog wide enough.
    int contentWidth() const;

    // A right click on a row selects it (unless it is among the selected rows) and shows the menu
    // `fill` builds; a right click below the rows clears the selection first.
    void setRowMenu(std::function<void(QMenu *)> fill);
    // Offered by a right click on the header of `column`, above Reset Column Widths.
    void addHeaderActions(int column, const QList<QAction *> &actions);
    QAction *resetColumnWidthsAction() const { return m_resetAction; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend TableStyle *applyTableStyle(QTableView *table, int sortColumn, int stretchColumn);
    TableStyle(QTableView *table, int sortColumn, int stretchColumn);

    void followModel();
    void restoreWidths();
    void saveWidths() const;
    // At once what a drag changed and is still waiting to be saved.
    void saveDraggedWidths();
    void saveSortOrder() const;
    QString settingsKey(const QString &name) const;
    // Measures each column's content; with `mayShrink` false a column only grows.
    void measure(bool mayShrink);
    void measureLater(bool mayShrink);
    // Sets the widths: the user's, the content's, and the rest to the stretching column.
    void fit();
    void showHeaderMenu(const QPoint &position);
    void showRowMenu(const QPoint &position);

    QTableView *m_table;
    QWidget *m_viewport; // compared with, never called: it may go before the style does
    QString m_name; // what the settings are kept under
    int m_stretchColumn;
    QHash<int, int> m_userWidths;
    QList<int> m_contentWidths;
    QHash<int, QList<QAction *>> m_headerActions;
    std::function<void(QMenu *)> m_fillRowMenu;
    QAction *m_resetAction;
    QTimer m_measureTimer;
    QTimer m_saveTimer;
    bool m_shrinkOnMeasure = false;
    bool m_fitting = false; // our own resizing, which must not count as the user's
};

// Gives `table` (its model and objectName set first) the program's look and behaviour, sorted
// ascending by `sortColumn` (-1: not sortable) unless the user chose another order before, the
// free width going to `stretchColumn` (-1: the last column). The style lives as long as the table.
TableStyle *applyTableStyle(QTableView *table, int sortColumn, int stretchColumn = -1);

} // namespace Akademiplan
