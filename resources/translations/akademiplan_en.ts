<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>The activity is full: %n person(s) went on the waiting list.</source>
        <translation>
            <numerusform>The activity is full: %n person went on the waiting list.</numerusform>
            <numerusform>The activity is full: %n people went on the waiting list.</numerusform>
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
</TS>
