// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace Akademiplan {

class PlanWarningLines;
class Workspace;

// The base of the editor forms (academy, track, activity): it shows one row and writes the
// changes the consultant makes through the editor, one field at a time, so typing in a field is
// one undo step. Typing is written once it pauses (a few times a second at most) or the field
// is left, so that each key press does not wait for the disk; a choice (a combo box, a colour)
// is written at once. When the row changes elsewhere (undo, another view), the form reloads.
class EntityForm : public QWidget
{
    Q_OBJECT

public:
    EntityForm(Workspace *workspace, EntityType type, QWidget *parent = nullptr);

    void showEntity(qint64 id);
    qint64 entityId() const { return m_id; }
    // Writes what was typed and not yet written, e.g. before an undo, a save or closing.
    void flushPendingEdit();

    // How long typing may pause before it is written.
    static constexpr int typingPauseMs = 300;

protected:
    // Fills the widgets from the project; what widgets signal meanwhile is not taken as an edit.
    virtual void load() = 0;

    // Applies `change` to a copy of the shown row and hands it to the editor. A refused change
    // is explained under the form, and the field keeps what was typed until it loses focus.
    // With a field name the change is typing in that field, written after a pause; without one it
    // is written at once.
    template <typename T>
    void commit(const QString &field, const std::function<void(T &)> &change)
    {
        if (m_loading)
            return;
        if (field.isEmpty() || field != m_pendingField)
            flushPendingEdit();
        const T *current = project().list<T>().find(m_id);
        if (!current)
            return;
        T changed = *current;
        change(changed);
        if (!field.isEmpty()) {
            m_pendingEdit = AnyEntity(changed);
            m_pendingField = field;
            m_typingPause->start();
            return;
        }
        if (!(changed == *current))
            submit(AnyEntity(changed), field);
    }

    const Project &project() const;
    Workspace *workspace() const { return m_workspace; }
    QFormLayout *form() const { return m_form; }
    // The fields and the message under them as one widget, for a form that puts them into a
    // splitter with its other sections.
    QWidget *details() const { return m_details; }
    // Puts `sections` (the people enrolled, a splitter of tables) under the fields, to take the
    // height the fields leave; without it the fields keep to the top and the rest stays empty.
    void setSections(QWidget *sections);
    // Makes a text field exactly `lines` lines high: long text scrolls inside it, and the fields
    // leave the height to the sections.
    static void setLines(QPlainTextEdit *field, int lines);
    // Reloads the widgets unless the consultant is typing in one of them.
    void reload();
    // The form's heading with the planning warnings about the shown item beside it, as one row.
    QWidget *withWarnings(QLabel *heading);

private:
    void submit(const AnyEntity &changed, const QString &field);

    Workspace *m_workspace;
    EntityType m_type;
    qint64 m_id = 0;
    QWidget *m_details;
    QFormLayout *m_form;
    QLabel *m_problem;
    PlanWarningLines *m_warnings = nullptr;
    QTimer *m_typingPause;
    std::optional<AnyEntity> m_pendingEdit;
    QString m_pendingField;
    bool m_submitting = false;
    bool m_loading = false;
};

} // namespace Akademiplan
