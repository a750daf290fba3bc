// SPDX-License-Identifier: MPL-2.0
#include "programmetheoryform.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "evaluation/evaluationdrafts.h"
#include "workspace.h"

#include <QApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

QLabel *arrow(QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("→"), parent);
    label->setStyleSheet(QStringLiteral("font-size: 18pt; color: palette(mid);"));
    label->setAlignment(Qt::AlignCenter);
    return label;
}

// A text of the theory: its stable field name, its member, its label and its name for a screen reader.
struct Part
{
    const char *name;
    QString ProgrammeTheory::*member;
    QString label;
    QString accessibleName;
};

} // namespace

ProgrammeTheoryForm::ProgrammeTheoryForm(Workspace *workspace, QWidget *parent)
    : EntityForm(workspace, EntityType::ProgrammeTheory, parent)
    , m_newTheoryPause(new QTimer(this))
{
    m_newTheoryPause->setSingleShot(true);
    m_newTheoryPause->setInterval(typingPauseMs);
    connect(m_newTheoryPause, &QTimer::timeout, this, &ProgrammeTheoryForm::writeNewTheory);
    connect(workspace, &Workspace::pendingEditsNeeded, this, &ProgrammeTheoryForm::writeNewTheory);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old && isAncestorOf(old))
            writeNewTheory();
    });

    auto *heading = new QLabel(tr("Programme Theory"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    auto *about = new QLabel(tr("The chain from what the academy does to the difference it should make, as it is "
                                "agreed with the municipality. The indicators show whether it holds."),
                             this);
    about->setWordWrap(true);
    form()->addRow(heading);
    form()->addRow(about);

    QPlainTextEdit *forWhom = addField(QStringLiteral("forWhom"), &ProgrammeTheory::forWhom, tr("For whom"));
    setLines(forWhom, 2);
    form()->addRow(tr("For &whom:"), forWhom);

    // Each step leads to the next: what the participants do, learn, do differently at work, what
    // that brings about soon, and in the long run.
    auto *chain = new QWidget(this);
    chain->setObjectName(QStringLiteral("programmeTheoryChain"));
    chain->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    auto *chainLayout = new QGridLayout(chain);
    chainLayout->setContentsMargins(0, 6, 0, 6);
    const Part steps[] = {
        {"activities", &ProgrammeTheory::activities, tr("1. &Activities"), tr("Activities")},
        {"learning", &ProgrammeTheory::learning, tr("2. What they lear&n"), tr("What the participants learn")},
        {"behaviour", &ProgrammeTheory::behaviour, tr("3. What they do &differently"),
         tr("What the participants do differently")},
        {"results", &ProgrammeTheory::results, tr("4. Short-term &results"), tr("Short-term results")},
        {"effects", &ProgrammeTheory::effects, tr("5. Long-term effect&s"), tr("Long-term effects")},
    };
    int column = 0;
    for (const Part &step : steps) {
        if (column > 0) {
            chainLayout->addWidget(arrow(chain), 1, column);
            ++column;
        }
        QPlainTextEdit *edit = addField(QLatin1String(step.name), step.member, step.accessibleName);
        // Five lines at the least; the chain takes the height the window has to spare, since its
        // steps are the texts that run longest.
        setLines(edit, 5);
        edit->setMinimumHeight(edit->height());
        edit->setMaximumHeight(QWIDGETSIZE_MAX);
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        auto *label = new QLabel(step.label, chain);
        label->setBuddy(edit);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("font-weight: 600;"));
        chainLayout->addWidget(label, 0, column, Qt::AlignBottom);
        chainLayout->addWidget(edit, 1, column);
        chainLayout->setColumnStretch(column, 1);
        ++column;
    }
    form()->addRow(chain);

    QPlainTextEdit *assumptions =
        addField(QStringLiteral("assumptions"), &ProgrammeTheory::assumptions, tr("Assumptions"));
    setLines(assumptions, 2);
    assumptions->setPlaceholderText(tr("What must hold for one step to lead to the next"));
    form()->addRow(tr("Ass&umptions:"), assumptions);
    QPlainTextEdit *success =
        addField(QStringLiteral("success"), &ProgrammeTheory::success, tr("What counts as success"));
    setLines(success, 2);
    form()->addRow(tr("What counts as su&ccess:"), success);

    auto *anchoring = new QLabel(tr("Anchoring: the managers' role"), this);
    anchoring->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: 600;"));
    auto *anchoringAbout = new QLabel(tr("What the participants' managers do decides whether what is learnt is "
                                         "used at work."),
                                      this);
    anchoringAbout->setWordWrap(true);
    form()->addRow(anchoring);
    form()->addRow(anchoringAbout);
    auto *managers = new QWidget(this);
    auto *managersLayout = new QGridLayout(managers);
    managersLayout->setContentsMargins(0, 0, 0, 0);
    const Part parts[] = {
        {"managersBefore", &ProgrammeTheory::managersBefore, tr("&Before the academy"),
         tr("The managers' role before the academy")},
        {"managersDuring", &ProgrammeTheory::managersDuring, tr("Durin&g the academy"),
         tr("The managers' role during the academy")},
        {"managersAfter", &ProgrammeTheory::managersAfter, tr("Af&ter the academy"),
         tr("The managers' role after the academy")},
    };
    column = 0;
    for (const Part &part : parts) {
        QPlainTextEdit *edit = addField(QLatin1String(part.name), part.member, part.accessibleName);
        setLines(edit, 3);
        auto *label = new QLabel(part.label, managers);
        label->setBuddy(edit);
        managersLayout->addWidget(label, 0, column);
        managersLayout->addWidget(edit, 1, column);
        managersLayout->setColumnStretch(column, 1);
        ++column;
    }
    form()->addRow(managers);

    auto theories = [this](EntityType type) {
        if (type == EntityType::ProgrammeTheory)
            follow();
    };
    Document *document = workspace->document();
    connect(document, &Document::rowsInserted, this, theories);
    connect(document, &Document::rowsRemoved, this, theories);
    connect(document, &Document::rowsReset, this, theories);
}

QPlainTextEdit *ProgrammeTheoryForm::addField(const QString &name, QString ProgrammeTheory::*member,
                                              const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setReadOnly(workspace()->document()->isReadOnly());
    m_fields.append({name, member, edit});
    const Field field = m_fields.constLast();
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field] { typed(field); });
    return edit;
}

QPlainTextEdit *ProgrammeTheoryForm::field(const QString &name) const
{
    for (const Field &field : m_fields)
        if (field.name == name)
            return field.edit;
    return nullptr;
}

void ProgrammeTheoryForm::setAcademy(qint64 academyId)
{
    writeNewTheory();
    m_academyId = academyId;
    follow();
}

void ProgrammeTheoryForm::follow()
{
    const ProgrammeTheory *theory = EvaluationDrafts::programmeTheoryOf(project(), m_academyId);
    if (theory) {
        if (theory->id != entityId())
            showEntity(theory->id);
        return;
    }
    // Typing not yet written stays: the theory is about to be written from it.
    if (m_newTheoryPause->isActive())
        return;
    showEntity(0);
    for (const Field &field : std::as_const(m_fields)) {
        const QSignalBlocker blocker(field.edit);
        field.edit->clear();
    }
}

void ProgrammeTheoryForm::typed(const Field &field)
{
    if (entityId() != 0) {
        const QString text = field.edit->toPlainText();
        commit<ProgrammeTheory>(field.name, [&](ProgrammeTheory &theory) { theory.*field.member = text; });
    } else if (m_academyId != 0) {
        m_newTheoryPause->start();
    }
}

void ProgrammeTheoryForm::writeNewTheory()
{
    if (!m_newTheoryPause->isActive())
        return;
    m_newTheoryPause->stop();
    if (entityId() != 0 || m_academyId == 0)
        return;
    ProgrammeTheory draft = EvaluationDrafts::programmeTheory(m_academyId);
    for (const Field &field : std::as_const(m_fields))
        draft.*field.member = field.edit->toPlainText();
    // The new row is shown as it comes in (follow()).
    workspace()->editor()->insertAll(tr("Write Programme Theory"), {draft});
}

void ProgrammeTheoryForm::load()
{
    const ProgrammeTheory *theory = project().programmeTheories.find(entityId());
    if (!theory)
        return;
    for (const Field &field : std::as_const(m_fields)) {
        const QString &stored = theory->*field.member;
        if (field.edit->toPlainText() == stored)
            continue;
        const QSignalBlocker blocker(field.edit);
        field.edit->setPlainText(stored);
    }
}

} // namespace Akademiplan
