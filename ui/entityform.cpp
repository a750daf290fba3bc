// SPDX-License-Identifier: MPL-2.0
#include "entityform.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "workspace.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Akademiplan {

EntityForm::EntityForm(Workspace *workspace, EntityType type, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_type(type)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setAccessibleName(tr("Problem with the last change"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(workspace->document(), &Document::rowsChanged, this, [this](EntityType type, const QList<qint64> &ids) {
        if (type == m_type && ids.contains(m_id) && !m_submitting)
            reload();
    });
    // A field that was refused shows the stored value again once the consultant leaves it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old && isAncestorOf(old) && m_problem->isVisible())
            reload();
    });
}

const Project &EntityForm::project() const
{
    return m_workspace->document()->project();
}

void EntityForm::showEntity(qint64 id)
{
    m_id = id;
    m_problem->hide();
    reload();
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
