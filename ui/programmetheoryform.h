// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityform.h"

#include <QList>

class QLabel;
class QPlainTextEdit;

namespace Akademiplan {

// Edits an academy's programme theory and anchoring plan: for whom, the chain from activities to
// long-term effects (shown as a chain, step by step), the assumptions it rests on, what counts as
// success, and the managers' part before, during and after. Nothing is stored by looking: the
// first thing typed into an academy without a programme theory writes one.
class ProgrammeTheoryForm : public EntityForm
{
    Q_OBJECT

public:
    explicit ProgrammeTheoryForm(Workspace *workspace, QWidget *parent = nullptr);

    void setAcademy(qint64 academyId);
    qint64 academyId() const { return m_academyId; }

    // The field of a ProgrammeTheory field's stable name ("learning", "managersAfter").
    QPlainTextEdit *field(const QString &name) const;

protected:
    void load() override;

private:
    struct Field
    {
        QString name;
        QString ProgrammeTheory::*member;
        QPlainTextEdit *edit;
    };

    QPlainTextEdit *addField(const QString &name, QString ProgrammeTheory::*member, const QString &accessibleName);
    // A field's label above it, as the steps of the chain and the managers' three parts have.
    QWidget *labelled(const QString &label, QPlainTextEdit *edit);
    void typed(const Field &field);
    // Writes the academy's programme theory from what was typed into its empty fields, as one
    // step once typing pauses, before an undo or a save, or when the form is left.
    void writeNewTheory();
    // Shows the academy's theory, or empty fields while it has none.
    void follow();

    qint64 m_academyId = 0;
    QList<Field> m_fields;
    QTimer *m_newTheoryPause;
};

} // namespace Akademiplan
