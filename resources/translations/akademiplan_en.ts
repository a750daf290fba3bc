<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Akademiplan::AttendanceDialog</name>
    <message numerus="yes">
        <source>Attendance at the activity: %1 of those enrolled, over %2 of %n session(s).</source>
        <translation>
            <numerusform>Attendance at the activity: %1 of those enrolled, over %2 of %n session.</numerusform>
            <numerusform>Attendance at the activity: %1 of those enrolled, over %2 of %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present without being enrolled: %n time(s).</source>
        <translation>
            <numerusform>Present without being enrolled: %n time.</numerusform>
            <numerusform>Present without being enrolled: %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::AttendanceGridModel</name>
    <message numerus="yes">
        <source>Not enrolled in the activity; recorded as present at %n session(s).</source>
        <translation>
            <numerusform>Not enrolled in the activity; recorded as present at %n session.</numerusform>
            <numerusform>Not enrolled in the activity; recorded as present at %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present at %1 of %n recorded session(s).</source>
        <translation>
            <numerusform>Present at %1 of %n recorded session.</numerusform>
            <numerusform>Present at %1 of %n recorded sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::AttendanceImport</name>
    <message numerus="yes">
        <source>%n mark(s) (%1 present, %2 absent, %3 excused)</source>
        <translation>
            <numerusform>%n mark (%1 present, %2 absent, %3 excused)</numerusform>
            <numerusform>%n marks (%1 present, %2 absent, %3 excused)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them as already recorded</source>
        <translation>
            <numerusform>, %n of them as already recorded</numerusform>
            <numerusform>, %n of them as already recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::BudgetPage</name>
    <message numerus="yes">
        <source>Spent on %n line(s), without VAT</source>
        <translation>
            <numerusform>Spent on %n line, without VAT</numerusform>
            <numerusform>Spent on %n lines, without VAT</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::BudgetSection</name>
    <message numerus="yes">
        <source>%n session(s) × %1</source>
        <translation>
            <numerusform>%n session × %1</numerusform>
            <numerusform>%n sessions × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) × %1</source>
        <translation>
            <numerusform>%n participant × %1</numerusform>
            <numerusform>%n participants × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant day(s) × %1</source>
        <translation>
            <numerusform>%n participant day × %1</numerusform>
            <numerusform>%n participant days × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) × %1</source>
        <translation>
            <numerusform>%n night × %1</numerusform>
            <numerusform>%n nights × %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::CalendarCommand</name>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n event to %1.
</numerusform>
            <numerusform>Wrote %n events to %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ConnectServerDialog</name>
    <message numerus="yes">
        <source>%n project(s) that you may see.</source>
        <translation>
            <numerusform>%n project that you may see.</numerusform>
            <numerusform>%n projects that you may see.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::Coverage</name>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n on the waiting list</numerusform>
            <numerusform>%n on the waiting list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::EnrolmentPanel</name>
    <message numerus="yes">
        <source>%1 is one of %n parallel groups of %2. How should the people be enrolled?</source>
        <translation>
            <numerusform>%1 is one of %n parallel groups of %2. How should the people be enrolled?</numerusform>
            <numerusform>%1 is one of %n parallel groups of %2. How should the people be enrolled?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::EnrolmentPlanner</name>
    <message numerus="yes">
        <source>%n person(s) enrolled in the track and its activities.</source>
        <translation>
            <numerusform>%n person enrolled in the track and its activities.</numerusform>
            <numerusform>%n people enrolled in the track and its activities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) enrolled.</source>
        <translation>
            <numerusform>%n person enrolled.</numerusform>
            <numerusform>%n people enrolled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n went on a waiting list, as there were no places left.</source>
        <translation>
            <numerusform>%n person went on a waiting list, as there were no places left.</numerusform>
            <numerusform>%n people went on a waiting list, as there were no places left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already enrolled and were left as they are.</source>
        <translation>
            <numerusform>%n person was already enrolled and was left as they were.</numerusform>
            <numerusform>%n people were already enrolled and were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are already in another group of the course and were left there.</source>
        <translation>
            <numerusform>%n person is already in another group of the course and was left there.</numerusform>
            <numerusform>%n people are already in another group of the course and were left there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::EvaluationSection</name>
    <message numerus="yes">
        <source>%n measurement(s) overdue</source>
        <translation>
            <numerusform>%n measurement overdue</numerusform>
            <numerusform>%n measurements overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::FileActions</name>
    <message numerus="yes">
        <source>%1 has %n row(s) that break Akademiplan&apos;s rules, perhaps because another program wrote it. It is open so that you can mend them.</source>
        <translation>
            <numerusform>%1 has %n row that breaks Akademiplan&apos;s rules, perhaps because another program wrote it. It is open so that you can mend it.</numerusform>
            <numerusform>%1 has %n rows that break Akademiplan&apos;s rules, perhaps because another program wrote it. It is open so that you can mend them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::OnePager</name>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>focus areas not shown</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more track(s)</source>
        <translation>
            <numerusform>and %n more track</numerusform>
            <numerusform>and %n more tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other track(s)</source>
        <translation>
            <numerusform>%n other track</numerusform>
            <numerusform>%n other tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more session(s), the last on %1</source>
        <translation>
            <numerusform>and %n more session, the last on %1</numerusform>
            <numerusform>and %n more sessions, the last on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more indicator(s) in the programme plan</source>
        <translation>
            <numerusform>and %n more indicator in the programme plan</numerusform>
            <numerusform>and %n more indicators in the programme plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::OutputCommand</name>
    <message numerus="yes">
        <source>%n sessions are held on %1; name the activity with --activity.</source>
        <translation>
            <numerusform>%n session is held on %1; name the activity with --activity.</numerusform>
            <numerusform>%n sessions are held on %1; name the activity with --activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::OutputWriters</name>
    <message numerus="yes">
        <source>Wrote %n schedule(s) to %1, listed in %2.</source>
        <translation>
            <numerusform>Wrote %n schedule to %1, listed in %2.</numerusform>
            <numerusform>Wrote %n schedules to %1, listed in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list also names %n participant(s) without sessions there, who get no files.</source>
        <translation>
            <numerusform>The list also names %n participant without sessions there, who gets no files.</numerusform>
            <numerusform>The list also names %n participants without sessions there, who get no files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the run sheets of %n session(s) to %1.
</source>
        <translation>
            <numerusform>Wrote the run sheet of %n session to %1.
</numerusform>
            <numerusform>Wrote the run sheets of %n sessions to %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantImport</name>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n new participant</numerusform>
            <numerusform>%n new participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already there or repeated)</source>
        <translation>
            <numerusform>%n skipped (already there or repeated)</numerusform>
            <numerusform>%n skipped (already there or repeated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out for their problems</source>
        <translation>
            <numerusform>%n left out for its problems</numerusform>
            <numerusform>%n left out for their problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantListActions</name>
    <message numerus="yes">
        <source>Wrote %n participant(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n participant to %1.</numerusform>
            <numerusform>Wrote %n participants to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantPickerDialog</name>
    <message numerus="yes">
        <source>%n person(s) chosen.</source>
        <translation>
            <numerusform>%n person chosen.</numerusform>
            <numerusform>%n people chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will go on the waiting list, unless they are shared out over the parallel groups.</source>
        <translation>
            <numerusform>%n will go on the waiting list, unless they are shared out over the parallel groups.</numerusform>
            <numerusform>%n will go on the waiting list, unless they are shared out over the parallel groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is one of %n parallel groups: you can share the people out over them when you enrol.</source>
        <translation>
            <numerusform>This is one of %n parallel groups: you can share the people out over them when you enrol.</numerusform>
            <numerusform>This is one of %n parallel groups: you can share the people out over them when you enrol.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolling in the track also enrols in each of its %n activities (one group of each course that runs in parallel groups).</source>
        <translation>
            <numerusform>Enrolling in the track also enrols in its %n activity.</numerusform>
            <numerusform>Enrolling in the track also enrols in each of its %n activities (one group of each course that runs in parallel groups).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantsPage</name>
    <message numerus="yes">
        <source>Showing %L1 of %Ln people</source>
        <translation>
            <numerusform>Showing %L1 of %Ln person</numerusform>
            <numerusform>Showing %L1 of %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln people?</source>
        <translation>
            <numerusform>Delete %Ln person?</numerusform>
            <numerusform>Delete %Ln people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrolments</source>
        <translation>
            <numerusform>%Ln enrolment</numerusform>
            <numerusform>%Ln enrolments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln attendance record</numerusform>
            <numerusform>%Ln attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln enrolments go too.</source>
        <translation>
            <numerusform>Their %Ln enrolment goes too.</numerusform>
            <numerusform>Their %Ln enrolments go too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln attendance records go too.</source>
        <translation>
            <numerusform>Their %Ln attendance record goes too.</numerusform>
            <numerusform>Their %Ln attendance records go too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln people stay in the project but no longer belong to an organisation. You can undo this.</source>
        <translation>
            <numerusform>Its %Ln person stays in the project but no longer belongs to an organisation. You can undo this.</numerusform>
            <numerusform>Its %Ln people stay in the project but no longer belong to an organisation. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::PartnersPage</name>
    <message numerus="yes">
        <source>Its part in %Ln tracks and activities goes too. Its people stay in the project. You can undo this.</source>
        <translation>
            <numerusform>Its part in %Ln track or activity goes too. Its people stay in the project. You can undo this.</numerusform>
            <numerusform>Its part in %Ln tracks and activities goes too. Its people stay in the project. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::PersonalSchedule</name>
    <message numerus="yes">
        <source>One of %n parallel groups of “%1”: these are the dates of your group.</source>
        <translation>
            <numerusform>One of %n parallel groups of “%1”: these are the dates of your group.</numerusform>
            <numerusform>One of %n parallel groups of “%1”: these are the dates of your group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::PlanCheck</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) overlaps “%3” (%4) for %n participant(s): %5.</source>
        <translation>
            <numerusform>%1 (%2) overlaps “%3” (%4) for %n participant: %5.</numerusform>
            <numerusform>%1 (%2) overlaps “%3” (%4) for %n participants: %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::PlanCommand</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation>
            <numerusform>%n for information</numerusform>
            <numerusform>%n for information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n dismissed</numerusform>
            <numerusform>%n dismissed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::PlanWarningLines</name>
    <message numerus="yes">
        <source>%n planning warnings. %1: %2</source>
        <translation>
            <numerusform>%n planning warning. %1: %2</numerusform>
            <numerusform>%n planning warnings. %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProjectEditor</name>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)</source>
        <translation>
            <numerusform>Delete %n session</numerusform>
            <numerusform>Delete %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n enrolment(s)</source>
        <translation>
            <numerusform>Remove %n enrolment</numerusform>
            <numerusform>Remove %n enrolments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rows</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n participant(s)</source>
        <translation>
            <numerusform>Enrol %n participant</numerusform>
            <numerusform>Enrol %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::RunSheet</name>
    <message numerus="yes">
        <source>%n person(s) enrolled. Sign by your name, or write it in an empty row.</source>
        <translation>
            <numerusform>%n person enrolled. Sign by your name, or write it in an empty row.</numerusform>
            <numerusform>%n people enrolled. Sign by your name, or write it in an empty row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::StartPage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::WarningsDock</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
