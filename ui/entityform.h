// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;

namespace Akademiplan {

class Workspace;

// The base of the editor forms (academy, track, activity): it shows one row and writes every
// change the consultant makes straight through the editor, one field at a time, so typing in a
// field is one undo step. When the row changes elsewhere (undo, another view), the form reloads.
class EntityForm : public QWidget
{
    Q_OBJECT

public:
    EntityForm(Workspace *workspace, EntityType type, QWidget *parent = nullptr);

    void showEntity(qint64 id);
    qint64 entityId() const { return m_id; }

protected:
    // Fills the widgets from the project; what widgets signal meanwhile is not taken as an edit.
    virtual void load() = 0;

    // Applies `change` to a copy of the shown row and hands it to the editor. A refused change
    // is explained under the form, and the field keeps what was typed until it loses focus.
    template <typename T>
    void commit(const QString &field, const std::function<void(T &)> &change)
    {
        const T *current = project().list<T>().find(m_id);
        if (!current || m_loading)
            return;
        T changed = *current;
        change(changed);
        if (changed == *current)
            return;
        submit(AnyEntity(changed), field);
    }

    const Project &project() const;
    Workspace *workspace() const { return m_workspace; }
    QFormLayout *form() const { return m_form; }
    // Reloads the widgets unless the consultant is typing in one of them.
    void reload();

private:
    void submit(const AnyEntity &changed, const QString &field);

    Workspace *m_workspace;
    EntityType m_type;
    qint64 m_id = 0;
    QFormLayout *m_form;
    QLabel *m_problem;
    bool m_submitting = false;
    bool m_loading = false;
};

} // namespace Akademiplan
