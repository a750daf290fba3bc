// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "changeset.h"
#include "projectafterchange.h"
#include "validationissue.h"

#include <QCoreApplication>

namespace Akademiplan {

// The domain's rules, in words a consultant understands. They are checked when the user acts
// (a change set, against the project as it would be after it) and when a file is read (every row,
// so a file from another tool that breaks a rule is shown with warnings, not trusted). Undo and
// redo replay what was checked and are never refused.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::Validator)

public:
    // The rows a change set adds or alters, each with the change's index and the entity.
    static ValidationIssues checkChanges(const Project &project, const ChangeSet &changes);
    // The rules the rows of a file break: what would stop an edit, reported as a warning, since
    // the file opens all the same. What is only a warning in an edit is left out.
    static ValidationIssues checkProject(const Project &project);

    static ValidationIssues check(const AnyEntity &entity, const ProjectAfterChange &project);

    static bool isValidEmail(const QString &email);
    static bool hasErrors(const ValidationIssues &issues);
    static QString firstError(const ValidationIssues &issues);

private:
    // The type's own rules; references are checked for every type from its description.
    static void checkOwnRules(const Academy &academy, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const Track &track, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const Activity &activity, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const Session &session, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const Organisation &organisation, const ProjectAfterChange &project,
                              ValidationIssues &issues);
    static void checkOwnRules(const Participant &participant, const ProjectAfterChange &project,
                              ValidationIssues &issues);
    static void checkOwnRules(const Enrolment &enrolment, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const Attendance &attendance, const ProjectAfterChange &project,
                              ValidationIssues &issues);
    static void checkOwnRules(const Partnership &partnership, const ProjectAfterChange &project,
                              ValidationIssues &issues);
    static void checkOwnRules(const Dismissal &dismissal, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const CostLine &line, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const StaffRate &rate, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const Funding &funding, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const ProgrammeTheory &theory, const ProjectAfterChange &project,
                              ValidationIssues &issues);
    static void checkOwnRules(const LearningGoal &goal, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const Indicator &indicator, const ProjectAfterChange &project,
                              ValidationIssues &issues);
    static void checkOwnRules(const AgendaItem &item, const ProjectAfterChange &project, ValidationIssues &issues);
    static void checkOwnRules(const Measurement &measurement, const ProjectAfterChange &project,
                              ValidationIssues &issues);
};

} // namespace Akademiplan
