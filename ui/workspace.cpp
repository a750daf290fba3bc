// SPDX-License-Identifier: MPL-2.0
#include "workspace.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "planning/planchecker.h"
#include "models/academytreemodel.h"
#include "models/enrolmenttablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "models/partnershiptablemodel.h"
#include "models/partnertablemodel.h"
#include "models/sessiontablemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QSettings>

namespace Akademiplan {

namespace {

const QString nameOrderKey = QStringLiteral("tables/nameOrder");

} // namespace

Workspace::Workspace(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_editor(new ProjectEditor(*document, this))
    , m_academyTree(new AcademyTreeModel(document, m_editor, this))
    , m_sessions(new SessionTableModel(document, m_editor, this))
    , m_participants(new ParticipantTableModel(document, m_editor, this))
    , m_organisations(new OrganisationTableModel(document, m_editor, this))
    , m_enrolments(new EnrolmentTableModel(document, m_editor, this))
    , m_partners(new PartnerTableModel(document, this))
    , m_partnerships(new PartnershipTableModel(document, m_editor, this))
    , m_planChecker(new PlanChecker(*document, this))
    , m_nameOrder(new QActionGroup(this))
{
    m_planChecker->checkInBackground();
    // A preference of the consultant's, not of the project: it holds for every file.
    const bool byLastName = QSettings().value(nameOrderKey).toString() == QLatin1String("last");
    QAction *first = m_nameOrder->addAction(tr("Sort Names by Fi&rst Name"));
    first->setObjectName(QStringLiteral("sortByFirstName"));
    first->setCheckable(true);
    first->setChecked(!byLastName);
    first->setData(int(NameOrder::FirstName));
    QAction *last = m_nameOrder->addAction(tr("Sort Names by &Last Name"));
    last->setObjectName(QStringLiteral("sortByLastName"));
    last->setCheckable(true);
    last->setChecked(byLastName);
    last->setData(int(NameOrder::LastName));
    last->setToolTip(tr("Sort people by the last word of their name: Anne Marie Jensen under J"));
    connect(m_nameOrder, &QActionGroup::triggered, this, [this](QAction *chosen) {
        setNameOrder(NameOrder(chosen->data().toInt()));
    });
}

Workspace::~Workspace() = default;

NameOrder Workspace::nameOrder() const
{
    return NameOrder(m_nameOrder->checkedAction()->data().toInt());
}

void Workspace::setNameOrder(NameOrder order)
{
    for (QAction *action : m_nameOrder->actions())
        if (action->data().toInt() == int(order))
            action->setChecked(true);
    QSettings().setValue(nameOrderKey, order == NameOrder::LastName ? QStringLiteral("last") : QStringLiteral("first"));
    emit nameOrderChanged(order);
}

QList<QAction *> Workspace::nameOrderActions() const
{
    return m_nameOrder->actions();
}

} // namespace Akademiplan
