// SPDX-License-Identifier: MPL-2.0
#include "warningspanel.h"

#include "tablestyle.h"
#include "workspace.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "models/planwarningfilter.h"
#include "models/planwarningmodel.h"
#include "planning/plancheck.h"
#include "planning/planchecker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Akademiplan {

WarningsPanel::WarningsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new PlanWarningFilter(this))
    , m_severity(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_showDismissed(new QCheckBox(tr("Show &dismissed"), this))
    , m_table(new QTableView(this))
    , m_goTo(new QPushButton(tr("&Go To"), this))
    , m_dismiss(new QPushButton(tr("D&ismiss…"), this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("warningsPanel"));
    m_severity->setObjectName(QStringLiteral("warningSeverity"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("All severities"), -1);
    using Severity = PlanWarning::Severity;
    for (Severity severity : {Severity::Problem, Severity::Warning, Severity::Information})
        m_severity->addItem(PlanCheck::label(severity), int(severity));
    m_kind->setObjectName(QStringLiteral("warningKind"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : PlanCheck::kinds())
        m_kind->addItem(PlanCheck::kindLabel(kind), kind);
    m_showDismissed->setObjectName(QStringLiteral("showDismissed"));
    m_showDismissed->setToolTip(tr("Also list the warnings dismissed with a reason"));

    m_table->setObjectName(QStringLiteral("warningTable"));
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Planning warnings"));
    m_table->setWordWrap(false);
    m_goTo->setObjectName(QStringLiteral("goToWarning"));
    m_goTo->setToolTip(tr("Show the item the warning is about (Enter)"));
    m_dismiss->setObjectName(QStringLiteral("dismissWarning"));
    m_dismiss->setToolTip(tr("Accept the warning for this item, with a reason that is saved in the project"));
    m_restore->setObjectName(QStringLiteral("restoreWarning"));
    m_restore->setToolTip(tr("Count the dismissed warning again"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_showDismissed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_goTo);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &WarningsPanel::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WarningsPanel::applyFilter);
    connect(m_showDismissed, &QCheckBox::toggled, this, &WarningsPanel::applyFilter);
    connect(m_table, &QTableView::activated, this, &WarningsPanel::goToCurrent);
    connect(m_goTo, &QPushButton::clicked, this, &WarningsPanel::goToCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &WarningsPanel::dismissCurrent);
    connect(m_restore, &QPushButton::clicked, this, &WarningsPanel::restoreCurrent);
    updateButtons();
}

void WarningsPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_filter->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (workspace) {
        m_model = new PlanWarningModel(workspace->planChecker(), this);
        m_filter->setSourceModel(m_model);
        // A new result replaces every row; the warning the consultant was on stays current.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            if (const PlanWarning *warning = currentWarning())
                m_keep = *warning;
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            if (m_keep) {
                const QModelIndex source = m_model->index(m_model->rowOf(*m_keep), 0);
                const QModelIndex index = m_filter->mapFromSource(source);
                if (index.isValid())
                    m_table->setCurrentIndex(index);
                m_keep.reset();
            }
            updateButtons();
        });
        TableStyle *style = applyTableStyle(m_table, PlanWarningModel::SeverityColumn, PlanWarningModel::MessageColumn);
        style->setRowMenu([this](QMenu *menu) {
            menu->addAction(m_goTo->text(), this, &WarningsPanel::goToCurrent)->setEnabled(m_goTo->isEnabled());
            menu->addAction(m_dismiss->text(), this, &WarningsPanel::dismissCurrent)->setEnabled(m_dismiss->isEnabled());
            menu->addAction(m_restore->text(), this, &WarningsPanel::restoreCurrent)->setEnabled(m_restore->isEnabled());
        });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WarningsPanel::updateButtons);
    }
    updateButtons();
}

void WarningsPanel::showSeverity(std::optional<PlanWarning::Severity> severity)
{
    m_severity->setCurrentIndex(severity ? m_severity->findData(int(*severity)) : 0);
}

void WarningsPanel::applyFilter()
{
    const int severity = m_severity->currentData().toInt();
    m_filter->setSeverity(severity < 0 ? std::nullopt : std::optional(PlanWarning::Severity(severity)));
    m_filter->setKind(m_kind->currentData().toString());
    m_filter->setShowDismissed(m_showDismissed->isChecked());
    updateButtons();
}

const PlanWarning *WarningsPanel::currentWarning() const
{
    if (!m_model)
        return nullptr;
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    return index.isValid() ? m_model->warningAt(index.row()) : nullptr;
}

void WarningsPanel::updateButtons()
{
    const PlanWarning *warning = currentWarning();
    m_goTo->setEnabled(warning != nullptr);
    m_dismiss->setEnabled(warning != nullptr && !warning->dismissed);
    m_restore->setEnabled(warning != nullptr && warning->dismissed);
}

void WarningsPanel::goToCurrent()
{
    const PlanWarning *warning = currentWarning();
    if (!warning || !m_workspace)
        return;
    // A session is edited in its activity's form.
    if (warning->subjectType == EntityType::Session) {
        if (const Session *session = m_workspace->document()->project().sessions.find(warning->subjectId))
            emit showRequested(int(EntityType::Activity), session->activityId);
        return;
    }
    emit showRequested(int(warning->subjectType), warning->subjectId);
}

void WarningsPanel::dismissCurrent()
{
    const PlanWarning *current = currentWarning();
    if (!current || !m_workspace)
        return;
    const PlanWarning warning = *current;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Dismiss Warning"),
                              tr("%1\n\nWhy is this all right? The reason is saved in the project and shown with the "
                                 "warning.")
                                  .arg(warning.message),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        m_workspace->editor()->dismissWarning(warning, reason);
}

void WarningsPanel::restoreCurrent()
{
    if (const PlanWarning *warning = currentWarning(); warning && m_workspace)
        m_workspace->editor()->restoreWarning(PlanWarning(*warning));
}

} // namespace Akademiplan
