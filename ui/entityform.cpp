// SPDX-License-Identifier: MPL-2.0
#include "entityform.h"

#include "document/document.h"
#include "domain/entitydescription.h"
#include "editor/projecteditor.h"
#include "planwarninglines.h"
#include "workspace.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Akademiplan {

EntityForm::EntityForm(Workspace *workspace, EntityType type, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_type(type)
    , m_details(new QWidget(this))
    , m_form(new QFormLayout)
    , m_problem(new QLabel(m_details))
    , m_typingPause(new QTimer(this))
{
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &EntityForm::flushPendingEdit);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setAccessibleName(tr("Problem with the last change"));
    m_problem->hide();

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(m_form);
    details->addWidget(m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addStretch();

    connect(workspace->document(), &Document::rowsChanged, this, [this](EntityType type, const QList<qint64> &ids) {
        if (type == m_type && ids.contains(m_id) && !m_submitting)
            reload();
    });
    // Leaving a field writes what was typed in it; a field that was refused then shows the
    // stored value again.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (!old || !isAncestorOf(old))
            return;
        flushPendingEdit();
        if (m_problem->isVisible())
            reload();
    });
    connect(workspace, &Workspace::pendingEditsNeeded, this, &EntityForm::flushPendingEdit);
}

void EntityForm::setSections(QWidget *sections)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    delete box->takeAt(box->count() - 1); // the stretch that kept the fields at the top
    box->addWidget(sections, 1);
}

void EntityForm::setLines(QPlainTextEdit *field, int lines)
{
    field->setFixedHeight(lines * field->fontMetrics().lineSpacing() + 2 * int(field->document()->documentMargin())
                          + 2 * field->frameWidth());
}

const Project &EntityForm::project() const
{
    return m_workspace->document()->project();
}

void EntityForm::flushPendingEdit()
{
    m_typingPause->stop();
    if (!m_pendingEdit)
        return;
    const AnyEntity changed = *m_pendingEdit;
    const QString field = m_pendingField;
    m_pendingEdit.reset();
    m_pendingField.clear();
    // Only the typed field is taken over, onto the row as it is now: something else may have
    // changed another field meanwhile (an undo, another view).
    std::optional<AnyEntity> merged;
    std::visit(
        [&](const auto &typed) {
            using T = std::decay_t<decltype(typed)>;
            const T *current = project().list<T>().find(typed.id);
            if (!current)
                return;
            T row = *current;
            if (const FieldDescription<T> *description = descriptionOf<T>().field(QLatin1String(field.toLatin1())))
                description->load(row, description->store(typed));
            else
                row = typed;
            if (!(row == *current))
                merged = row;
        },
        changed);
    if (merged)
        submit(*merged, field);
}

QWidget *EntityForm::withWarnings(QLabel *heading)
{
    auto *row = new QWidget(m_details);
    m_warnings = new PlanWarningLines(m_workspace, row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addSpacing(heading->fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_warnings, 1, Qt::AlignBottom);
    return row;
}

void EntityForm::showEntity(qint64 id)
{
    flushPendingEdit();
    m_id = id;
    m_problem->hide();
    reload();
    if (m_warnings) {
        QUuid uuid;
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if (entityTypeOf<T>() == m_type)
                if (const T *row = project().list<T>().find(id))
                    uuid = row->uuid;
        });
        m_warnings->showItem(uuid);
    }
}

void EntityForm::reload()
{
    if (m_id == 0)
        return;
    // Widgets signal programmatic changes too; those must not come back as edits.
    m_loading = true;
    load();
    m_loading = false;
}

void EntityForm::submit(const AnyEntity &changed, const QString &field)
{
    m_submitting = true;
    const EditResult result = m_workspace->editor()->update(changed, field);
    m_submitting = false;
    if (result.ok) {
        m_problem->setVisible(!result.warnings.isEmpty());
        m_problem->setText(result.warnings.join(QLatin1Char('\n')));
    } else {
        m_problem->setText(result.error);
        m_problem->show();
    }
}

} // namespace Akademiplan
