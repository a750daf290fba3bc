<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Akademiplan::AboutDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>About Akademiplan</source>
        <translation>Om Akademiplan</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Plans municipal innovation academies: tracks, activities, sessions and participants, in one project file per municipality.</source>
        <translation>Planlægning af kommunale innovationsakademier: spor, aktiviteter, sessioner og deltagere, samlet i én projektfil pr. kommune.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licens:</translation>
    </message>
    <message>
        <source>Homepage:</source>
        <translation>Hjemmeside:</translation>
    </message>
    <message>
        <source>Copy the version of Akademiplan, Qt and SQLite, e.g. for an e-mail to support</source>
        <translation>Kopier versionen af Akademiplan, Qt og SQLite, f.eks. til en e-mail til support</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>Akademiplan::AcademyDialog</name>
    <message>
        <source>Start from the four recommended &amp;tracks</source>
        <translation>Tag udgangspunkt i de fire anbefalede &amp;spor</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <source>New Academy</source>
        <translation>Nyt akademi</translation>
    </message>
    <message>
        <source>Type the municipality&apos;s name or code</source>
        <translation>Skriv kommunens navn eller kommunekode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>Create the first &amp;academy</source>
        <translation>Opret det første &amp;akademi</translation>
    </message>
    <message>
        <source>Innovation Academy %1 %2</source>
        <translation>Innovationsakademi %1 %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Academy name</source>
        <translation>Akademiets navn</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>No municipality is called &quot;%1&quot;; type its name or its code, e.g. Aarhus or 751.</source>
        <translation>Ingen kommune hedder »%1«; skriv kommunens navn eller kommunekode, f.eks. Aarhus eller 751.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::AcademyForm</name>
    <message>
        <source>Find a municipality…</source>
        <translation>Find en kommune…</translation>
    </message>
    <message>
        <source>One focus area per line</source>
        <translation>Ét fokusområde pr. linje</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akademi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Konsulent:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Formå&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Focus areas:</source>
        <translation>Fokus&amp;områder:</translation>
    </message>
    <message>
        <source>Partner &amp;municipalities:</source>
        <translation>P&amp;artnerkommuner:</translation>
    </message>
    <message>
        <source>Academy name</source>
        <translation>Akademiets navn</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Strategic focus areas</source>
        <translation>Strategiske fokusområder</translation>
    </message>
    <message>
        <source>Find a partner municipality</source>
        <translation>Find en partnerkommune</translation>
    </message>
    <message>
        <source>Partner municipalities</source>
        <translation>Partnerkommuner</translation>
    </message>
    <message>
        <source>What the municipality&apos;s council is called in the plan: byrådet in most municipalities, kommunalbestyrelsen where its bylaws say so, Borgerrepræsentationen in København.</source>
        <translation>Hvad kommunens politiske forsamling hedder i planen: byrådet i de fleste kommuner, kommunalbestyrelsen, hvor styrelsesvedtægten siger det, og Borgerrepræsentationen i København.</translation>
    </message>
    <message>
        <source>C&amp;ouncil:</source>
        <translation>Kommunal&amp;bestyrelse:</translation>
    </message>
    <message>
        <source>The council&apos;s name</source>
        <translation>Kommunalbestyrelsens navn</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>Which week of the month the council meets</source>
        <translation>Hvilken uge i måneden kommunalbestyrelsen mødes</translation>
    </message>
    <message>
        <source>The weekday the council meets</source>
        <translation>Den ugedag, kommunalbestyrelsen mødes</translation>
    </message>
    <message>
        <source>The planning checks mention politicians&apos; sessions on the council&apos;s meeting days (not in July, when councils do not meet)</source>
        <translation>Planlægningstjekket nævner politikernes sessioner på kommunalbestyrelsens mødedage (ikke i juli, hvor der ikke holdes møder)</translation>
    </message>
    <message>
        <source>&amp;meets on</source>
        <translation>&amp;mødes</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>i måneden</translation>
    </message>
</context>
<context>
    <name>Akademiplan::AcademyTemplate</name>
    <message>
        <source>Selected key persons who work with the municipality&apos;s strategic focus areas</source>
        <translation>Udvalgte nøglepersoner, der arbejder med kommunens strategiske fokusområder</translation>
    </message>
    <message>
        <source>A network of key persons who drive innovation in the strategic focus areas and share what works.</source>
        <translation>Et netværk af nøglepersoner, der driver innovationen inden for de strategiske fokusområder og deler erfaringer med det, der virker.</translation>
    </message>
    <message>
        <source>Kick-off workshop</source>
        <translation>Opstartsworkshop</translation>
    </message>
    <message>
        <source>The network meets, agrees on its focus areas and plans the year.</source>
        <translation>Netværket mødes, aftaler sine fokusområder og planlægger året.</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Netværksmøde</translation>
    </message>
    <message>
        <source>Half-day meeting: cases from the participants&apos; own work, methods and sparring.</source>
        <translation>Halvdagsmøde: cases fra deltagernes eget arbejde, metoder og sparring.</translation>
    </message>
    <message>
        <source>All managers in the municipal administration</source>
        <translation>Alle ledere i den kommunale administration</translation>
    </message>
    <message>
        <source>All managers can innovate and stimulate innovation in their own areas of responsibility.</source>
        <translation>Alle ledere kan innovere og stimulere innovation inden for deres egne ansvarsområder.</translation>
    </message>
    <message>
        <source>Leading innovation, module 1</source>
        <translation>Ledelse af innovation, modul 1</translation>
    </message>
    <message>
        <source>Full-day module on innovation methods and the manager&apos;s role, in groups of about 20.</source>
        <translation>Heldagsmodul om innovationsmetoder og lederens rolle, på hold med ca. 20 deltagere.</translation>
    </message>
    <message>
        <source>Leadership seminar</source>
        <translation>Ledelsesseminar</translation>
    </message>
    <message>
        <source>Seminar for all managers with inspiration from other municipalities.</source>
        <translation>Seminar for alle ledere med inspiration fra andre kommuner.</translation>
    </message>
    <message>
        <source>A day and a half at a conference centre on the council&apos;s role in innovation.</source>
        <translation>Halvanden dag på et konferencecenter om byrådets rolle i innovationsarbejdet.</translation>
    </message>
    <message>
        <source>Masterclass on innovation in welfare</source>
        <translation>Masterclass om velfærdsinnovation</translation>
    </message>
    <message>
        <source>Employees across the municipality and external partners</source>
        <translation>Medarbejdere på tværs af kommunen og eksterne partnere</translation>
    </message>
    <message>
        <source>Knowledge sharing that inspires and supports innovative work across the municipality.</source>
        <translation>Videndeling, der inspirerer og understøtter det innovative arbejde på tværs af kommunen.</translation>
    </message>
    <message>
        <source>Brown-bag meeting</source>
        <translation>Gå hjem-møde</translation>
    </message>
    <message>
        <source>Two hours late in the afternoon at the town hall: one case, one method, open to all.</source>
        <translation>To timer sidst på eftermiddagen på rådhuset: én case, én metode – åbent for alle.</translation>
    </message>
    <message>
        <source>Innovation day</source>
        <translation>Innovationsdag</translation>
    </message>
    <message>
        <source>A seminar for employees, volunteer organisations and local businesses.</source>
        <translation>Et seminar for medarbejdere, frivillige organisationer og lokale virksomheder.</translation>
    </message>
    <message>
        <source>An external expert and the administration on new welfare solutions, in dialogue with the council.</source>
        <translation>En ekstern ekspert og administrationen i dialog med byrådet om nye velfærdsløsninger.</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Medlemmer af %1</translation>
    </message>
    <message>
        <source>%1 has room and resources to develop a new, innovative political practice.</source>
        <translation>%1 har rum og ressourcer til at udvikle en ny, innovativ politisk praksis.</translation>
    </message>
    <message>
        <source>Start-up seminar for %1</source>
        <translation>Opstartsseminar for %1</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ActivityForm</name>
    <message>
        <source>No limit</source>
        <translation>Ubegrænset</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>&amp;Add Session</source>
        <translation>T&amp;ilføj session</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliker</translation>
    </message>
    <message>
        <source>De&amp;lete Session</source>
        <translation>S&amp;let session</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Fa&amp;cilitator:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>Aktivitetens titel</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Aktivitetstype</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Not one of several groups</source>
        <translation>Ikke et af flere hold</translation>
    </message>
    <message>
        <source>When a course runs as several groups (hold) with the same content, give each group the course&apos;s name here: a person then takes part in one of them, and enrolling many can share them out over the groups.</source>
        <translation>Når et forløb kører som flere hold med samme indhold, så giv hvert hold forløbets navn her: en person deltager så på ét af dem, og når mange tilmeldes, kan de fordeles på holdene.</translation>
    </message>
    <message>
        <source>&amp;Parallel groups of:</source>
        <translation>&amp;Parallelle hold af:</translation>
    </message>
    <message>
        <source>Course this activity is a parallel group of</source>
        <translation>Forløb, som aktiviteten er et parallelt hold af</translation>
    </message>
    <message>
        <source>Parallel groups</source>
        <translation>Parallelle hold</translation>
    </message>
    <message>
        <source>Group %1 of %2; the other groups: %3. A person takes part in one group.</source>
        <translation>Hold %1 af %2; de andre hold: %3. En person deltager på ét hold.</translation>
    </message>
    <message>
        <source>The only group so far: give other activities of the track the same course name to make them its parallel groups.</source>
        <translation>Det eneste hold indtil videre: giv andre aktiviteter i sporet samme forløbsnavn for at gøre dem til parallelle hold.</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partnere:</translation>
    </message>
    <message>
        <source>Record Attendance…</source>
        <translation>Registrer fremmøde…</translation>
    </message>
    <message>
        <source>Record who came to each session, and see the attendance rates</source>
        <translation>Registrer, hvem der kom til hver session, og se fremmødet</translation>
    </message>
    <message>
        <source>A&amp;genda…</source>
        <translation>&amp;Dagsorden…</translation>
    </message>
    <message>
        <source>What to bring or have ready, e.g. name tags, flip-overs, the reading</source>
        <translation>Hvad der skal medbringes eller være klar, f.eks. navneskilte, flipover, læsestof</translation>
    </message>
    <message>
        <source>Write the selected session&apos;s timed agenda for its run sheet: time, what, why, how, who and plan B</source>
        <translation>Skriv den valgte sessions dagsorden til drejebogen: tid, hvad, hvorfor, hvordan, hvem og plan B</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materialer:</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
</context>
<context>
    <name>Akademiplan::AgendaDialog</name>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Tilføj punkt</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>&amp;Slet punkt</translation>
    </message>
    <message>
        <source>Agenda: %1, %2 %3</source>
        <comment>activity, date, time</comment>
        <translation>Dagsorden: %1, %2 %3</translation>
    </message>
    <message>
        <source>The run sheet of the session: each item runs until the next one starts, the last until the session ends. Type a time as 9.30; the items keep to the order of their times.</source>
        <translation>Sessionens drejebog: hvert punkt varer, til det næste begynder, det sidste til sessionen slutter. Skriv et klokkeslæt som 9.30; punkterne holder sig i tidsrækkefølge.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
</context>
<context>
    <name>Akademiplan::AgendaTableModel</name>
    <message>
        <source>When the item starts, e.g. 9.30; it runs until the next item starts, the last until the session ends</source>
        <translation>Hvornår punktet begynder, f.eks. 9.30; det varer, til det næste begynder, det sidste til sessionen slutter</translation>
    </message>
    <message>
        <source>What the item is for: what the participants should get out of it</source>
        <translation>Hvad punktet skal: hvad deltagerne skal have ud af det</translation>
    </message>
    <message>
        <source>The method: a talk, group work, an exercise</source>
        <translation>Metoden: et oplæg, gruppearbejde, en øvelse</translation>
    </message>
    <message>
        <source>Who leads the item</source>
        <translation>Hvem der leder punktet</translation>
    </message>
    <message>
        <source>What to do if it goes otherwise: people are late, a speaker cannot come</source>
        <translation>Hvad der gøres, hvis det går anderledes: folk kommer for sent, en oplægsholder kan ikke komme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Tilføj punkt på dagsordenen</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ApplyCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: advarsel: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no changes; %2 is left as it was.</source>
        <translation>%1 indeholder ingen ændringer; %2 er uændret.</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>Anvend %1</translation>
    </message>
    <message>
        <source>Applied 1 change to %1: %2.</source>
        <translation>1 ændring foretaget i %1: %2.</translation>
    </message>
    <message>
        <source>Applied %1 changes to %2: %3.</source>
        <translation>%1 ændringer foretaget i %2: %3.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ArchiveFile</name>
    <message>
        <source>Cannot write %1: that is a folder.</source>
        <translation>Kan ikke skrive %1: det er en mappe.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Kan ikke skrive %1: mappen %2 findes ikke.</translation>
    </message>
    <message>
        <source>the new file did not pass its check (%1)</source>
        <translation>den nye fil bestod ikke sin kontrol (%1)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::AttendanceCommand</name>
    <message>
        <source>%1: %2</source>
        <comment>file: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was recorded; %1 is unchanged.</source>
        <translation>Intet blev registreret; %1 er uændret.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: advarsel: %2</translation>
    </message>
    <message>
        <source>Recorded the attendance of %1 (%2) in %3: %4.
</source>
        <translation>Fremmødet i %1 (%2) er registreret i %3: %4.
</translation>
    </message>
</context>
<context>
    <name>Akademiplan::AttendanceDialog</name>
    <message>
        <source>Everyone &amp;Present</source>
        <translation>Alle &amp;mødt</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Fremmøde: %1</translation>
    </message>
    <message>
        <source>Arrow keys move; Space changes the mark; %1 present, %2 absent, %3 excused; Delete clears. Select several cells to mark them all at once.</source>
        <translation>Piletasterne flytter; mellemrum skifter markering; %1 mødt, %2 fravær, %3 afbud; Delete rydder. Marker flere celler for at registrere dem alle på én gang.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Record everyone enrolled who is not yet recorded at the selected session as present</source>
        <translation>Registrer alle tilmeldte, som endnu ikke er registreret ved den valgte session, som mødt</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Fremmødeprocent</translation>
    </message>
    <message>
        <source>No one is enrolled in the activity yet.</source>
        <translation>Ingen er tilmeldt aktiviteten endnu.</translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Intet fremmøde registreret endnu.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance at the activity: %1 of those enrolled, over %2 of %n session(s).</source>
        <translation>
            <numerusform>Fremmøde i aktiviteten: %1 af de tilmeldte, ved %2 af %n session.</numerusform>
            <numerusform>Fremmøde i aktiviteten: %1 af de tilmeldte, ved %2 af %n sessioner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present without being enrolled: %n time(s).</source>
        <translation>
            <numerusform>Mødt uden at være tilmeldt: %n gang.</numerusform>
            <numerusform>Mødt uden at være tilmeldt: %n gange.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::AttendanceGridModel</name>
    <message>
        <source>not enrolled</source>
        <translation>ikke tilmeldt</translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Intet fremmøde registreret endnu.</translation>
    </message>
    <message numerus="yes">
        <source>Not enrolled in the activity; recorded as present at %n session(s).</source>
        <translation>
            <numerusform>Ikke tilmeldt aktiviteten; registreret som mødt ved %n session.</numerusform>
            <numerusform>Ikke tilmeldt aktiviteten; registreret som mødt ved %n sessioner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present at %1 of %n recorded session(s).</source>
        <translation>
            <numerusform>Mødt ved %1 af %n registreret session.</numerusform>
            <numerusform>Mødt ved %1 af %n registrerede sessioner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Of %1 enrolled: %2 present, %3 absent, %4 excused, %5 not recorded.</source>
        <translation>Af %1 tilmeldte: %2 mødt, %3 fraværende, %4 afbud, %5 ikke registreret.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Not enrolled in the activity.</source>
        <translation>Ikke tilmeldt aktiviteten.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (not enrolled)</source>
        <translation>%1 (ikke tilmeldt)</translation>
    </message>
    <message>
        <source>Recorded at a session of this activity without being enrolled in it.</source>
        <translation>Registreret ved en session i aktiviteten uden at være tilmeldt den.</translation>
    </message>
    <message>
        <source>P</source>
        <comment>the key and the mark for present</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the key and the mark for absent</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>E</source>
        <comment>the key and the mark for excused</comment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>Akademiplan::AttendanceImport</name>
    <message>
        <source>The file holds no rows.</source>
        <translation>Filen indeholder ingen rækker.</translation>
    </message>
    <message>
        <source>the date (Dato, Date)</source>
        <translation>datoen (Dato, Date)</translation>
    </message>
    <message>
        <source>the activity (Aktivitet, Activity)</source>
        <translation>aktiviteten (Aktivitet, Activity)</translation>
    </message>
    <message>
        <source>the person (E-mail or Navn, Name)</source>
        <translation>personen (E-mail eller Navn, Name)</translation>
    </message>
    <message>
        <source>the status (Status, Fremmøde, Attendance)</source>
        <translation>status (Status, Fremmøde, Attendance)</translation>
    </message>
    <message>
        <source>The header has no column for %1.</source>
        <translation>Overskriftsrækken har ingen kolonne til %1.</translation>
    </message>
    <message>
        <source>row %1, column “%2”: %3</source>
        <translation>række %1, kolonne »%2«: %3</translation>
    </message>
    <message>
        <source>There is no activity.</source>
        <translation>Der er ingen aktivitet.</translation>
    </message>
    <message>
        <source>No activity is called “%1”.</source>
        <translation>Ingen aktivitet hedder »%1«.</translation>
    </message>
    <message>
        <source>Several activities are called “%1”; say which academy or track.</source>
        <translation>Flere aktiviteter hedder »%1«; angiv hvilket akademi eller spor.</translation>
    </message>
    <message>
        <source>There is no date.</source>
        <translation>Der er ingen dato.</translation>
    </message>
    <message>
        <source>“%1” has no session on %2.</source>
        <translation>»%1« har ingen session den %2.</translation>
    </message>
    <message>
        <source>“%1” has %2 sessions on %3; record that day in the window.</source>
        <translation>»%1« har %2 sessioner den %3; registrer den dag i vinduet.</translation>
    </message>
    <message>
        <source>No participant has the e-mail address “%1”.</source>
        <translation>Ingen deltager har e-mailadressen »%1«.</translation>
    </message>
    <message>
        <source>Several participants have the e-mail address “%1”.</source>
        <translation>Flere deltagere har e-mailadressen »%1«.</translation>
    </message>
    <message>
        <source>No participant is called “%1”.</source>
        <translation>Ingen deltager hedder »%1«.</translation>
    </message>
    <message>
        <source>Several participants are called “%1”; give the e-mail address.</source>
        <translation>Flere deltagere hedder »%1«; angiv e-mailadressen.</translation>
    </message>
    <message>
        <source>There is no e-mail address or name.</source>
        <translation>Der er ingen e-mailadresse eller navn.</translation>
    </message>
    <message>
        <source>There is no status.</source>
        <translation>Der er ingen status.</translation>
    </message>
    <message>
        <source>“%1” is not a status the program knows: write mødt, fraværende or afbud (present, absent, excused).</source>
        <translation>»%1« er ikke en status, programmet kender: skriv mødt, fraværende eller afbud.</translation>
    </message>
    <message>
        <source>Row %1 records the same person at the same session as %2.</source>
        <translation>Række %1 registrerer samme person ved samme session som %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) (%1 present, %2 absent, %3 excused)</source>
        <translation>
            <numerusform>%n registrering (%1 mødt, %2 fraværende, %3 afbud)</numerusform>
            <numerusform>%n registreringer (%1 mødt, %2 fraværende, %3 afbud)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them as already recorded</source>
        <translation>
            <numerusform>, heraf %n som allerede registreret</numerusform>
            <numerusform>, heraf %n som allerede registreret</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::AttendanceRatesDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Mødt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Sessions recorded</source>
        <translation>Registrerede sessioner</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Track and activity</source>
        <translation>Spor og aktivitet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Attendance Rates: %1</source>
        <translation>Fremmøde: %1</translation>
    </message>
    <message>
        <source>The share of those enrolled in an activity who came, over the sessions where attendance is recorded. Sessions without any record count for nothing yet.</source>
        <translation>Andelen af de tilmeldte til en aktivitet, der kom, over de sessioner, hvor fremmødet er registreret. Sessioner uden registreringer tæller endnu ikke med.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::BudgetChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::BudgetCommand</name>
    <message>
        <source>The budget&apos;s file name must end in .csv: %1</source>
        <translation>Budgetfilens navn skal ende på .csv: %1</translation>
    </message>
    <message>
        <source>The project has no academy to write the budget of.</source>
        <translation>Projektet har intet akademi at skrive budgettet for.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::BudgetExport</name>
    <message>
        <source>Section</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Sats</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Prisår</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>Uden moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>With VAT</source>
        <translation>Med moms</translation>
    </message>
    <message>
        <source>Actual without VAT</source>
        <translation>Faktisk uden moms</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Udgift</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Arbejdstid</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pr. time</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Vikardækning</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Cash costs</source>
        <translation>Kontante udgifter</translation>
    </message>
    <message>
        <source>Participants&apos; working time</source>
        <translation>Deltagernes arbejdstid</translation>
    </message>
    <message>
        <source>Cash and working time</source>
        <translation>Kontante udgifter og arbejdstid</translation>
    </message>
    <message>
        <source>Funding from outside the municipality</source>
        <translation>Finansiering udefra</translation>
    </message>
    <message>
        <source>The municipality&apos;s own share of the cash</source>
        <translation>Kommunens egen andel af de kontante udgifter</translation>
    </message>
    <message>
        <source>Cash costs in %1</source>
        <translation>Kontante udgifter i %1</translation>
    </message>
    <message>
        <source>Cash costs not dated yet</source>
        <translation>Kontante udgifter, endnu ikke dateret</translation>
    </message>
</context>
<context>
    <name>Akademiplan::BudgetPage</name>
    <message>
        <source>&amp;Export Budget…</source>
        <translation>&amp;Eksporter budget…</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Budgetlinjer</translation>
    </message>
    <message>
        <source>Whole academy</source>
        <translation>Hele akademiet</translation>
    </message>
    <message>
        <source>Staff rates</source>
        <translation>Timesatser</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Cost Lines</source>
        <translation>Budgetlinjer</translation>
    </message>
    <message>
        <source>Working Time</source>
        <translation>Arbejdstid</translation>
    </message>
    <message>
        <source>Acade&amp;my:</source>
        <translation>&amp;Akademi:</translation>
    </message>
    <message>
        <source>Write the academy&apos;s budget as a CSV file that Excel opens</source>
        <translation>Skriv akademiets budget som en CSV-fil, Excel kan åbne</translation>
    </message>
    <message>
        <source>&amp;Add Cost Line</source>
        <translation>&amp;Tilføj budgetlinje</translation>
    </message>
    <message>
        <source>&amp;Add Staff Rate</source>
        <translation>&amp;Tilføj timesats</translation>
    </message>
    <message>
        <source>&amp;Add Funding Source</source>
        <translation>&amp;Tilføj finansieringskilde</translation>
    </message>
    <message>
        <source>&amp;Delete Cost Line</source>
        <translation>&amp;Slet budgetlinje</translation>
    </message>
    <message>
        <source>&amp;Delete Staff Rate</source>
        <translation>&amp;Slet timesats</translation>
    </message>
    <message>
        <source>&amp;Delete Funding Source</source>
        <translation>&amp;Slet finansieringskilde</translation>
    </message>
    <message>
        <source>The project has no academy yet.</source>
        <translation>Projektet har endnu intet akademi.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontante udgifter</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>Uden moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>With VAT</source>
        <translation>Med moms</translation>
    </message>
    <message>
        <source>The participants&apos; working time</source>
        <translation>Deltagernes arbejdstid</translation>
    </message>
    <message>
        <source>%1 hours, with cover</source>
        <translation>%1 timer, med vikardækning</translation>
    </message>
    <message>
        <source>%1 of the hours are of people whose role has no staff rate and are not priced.</source>
        <translation>%1 af timerne er personer, hvis rolle ikke har en timesats, og er ikke prissat.</translation>
    </message>
    <message>
        <source>Cash without VAT and working time</source>
        <translation>Kontante udgifter uden moms og arbejdstid</translation>
    </message>
    <message>
        <source>The competence fund</source>
        <translation>Kompetencefonden</translation>
    </message>
    <message>
        <source>Partners, foundations and others</source>
        <translation>Partnere, fonde og andre</translation>
    </message>
    <message>
        <source>The municipality&apos;s own share</source>
        <translation>Kommunens egen andel</translation>
    </message>
    <message>
        <source>Actual so far</source>
        <translation>Faktisk indtil nu</translation>
    </message>
    <message numerus="yes">
        <source>Spent on %n line(s), without VAT</source>
        <translation>
            <numerusform>Brugt på %n linje, uden moms</numerusform>
            <numerusform>Brugt på %n linjer, uden moms</numerusform>
        </translation>
    </message>
    <message>
        <source>Budgeted for the same lines</source>
        <translation>Budgetteret for de samme linjer</translation>
    </message>
    <message>
        <source>Working time of the people present</source>
        <translation>Arbejdstid for de fremmødte</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Modtaget finansiering</translation>
    </message>
    <message>
        <source>Cost by track, without VAT</source>
        <translation>Udgifter pr. spor, uden moms</translation>
    </message>
    <message>
        <source>Cost by kind, without VAT</source>
        <translation>Udgifter pr. art, uden moms</translation>
    </message>
    <message>
        <source>Export Budget</source>
        <translation>Eksporter budget</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>&amp;Budget…</translation>
    </message>
    <message>
        <source>Cost by track</source>
        <translation>Udgifter pr. spor</translation>
    </message>
    <message>
        <source>Cost by kind</source>
        <translation>Udgifter pr. art</translation>
    </message>
    <message>
        <source>Without VAT in %1</source>
        <translation>Uden moms i %1</translation>
    </message>
    <message>
        <source>Without VAT, not dated yet</source>
        <translation>Uden moms, endnu ikke dateret</translation>
    </message>
</context>
<context>
    <name>Akademiplan::BudgetSection</name>
    <message>
        <source>fixed amount</source>
        <translation>fast beløb</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) × %1</source>
        <translation>
            <numerusform>%n session × %1</numerusform>
            <numerusform>%n sessioner × %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours × %2</source>
        <translation>%1 timer × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) × %1</source>
        <translation>
            <numerusform>%n deltager × %1</numerusform>
            <numerusform>%n deltagere × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant day(s) × %1</source>
        <translation>
            <numerusform>%n deltagerdag × %1</numerusform>
            <numerusform>%n deltagerdage × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) × %1</source>
        <translation>
            <numerusform>%n overnatning × %1</numerusform>
            <numerusform>%n overnatninger × %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Amounts in kroner, worked out from the plan as it is on the date of the plan. The municipality has its VAT refunded, so its own cost is the amount without VAT.</source>
        <translation>Beløb i kroner, beregnet ud fra planen, som den er på planens dato. Kommunen får momsen refunderet, så dens egen udgift er beløbet uden moms.</translation>
    </message>
    <message>
        <source>Cost without VAT</source>
        <translation>Udgifter uden moms</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Cost with VAT</source>
        <translation>Udgifter med moms</translation>
    </message>
    <message>
        <source>The participants&apos; working time</source>
        <translation>Deltagernes arbejdstid</translation>
    </message>
    <message>
        <source>Cost without VAT and working time</source>
        <translation>Udgifter uden moms og arbejdstid</translation>
    </message>
    <message>
        <source>Cost by track</source>
        <translation>Udgifter pr. spor</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>Uden moms</translation>
    </message>
    <message>
        <source>With VAT</source>
        <translation>Med moms</translation>
    </message>
    <message>
        <source>Shared by the whole academy</source>
        <translation>Fælles for hele akademiet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Cost by year</source>
        <translation>Udgifter pr. år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Not dated yet</source>
        <translation>Endnu ikke dateret</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Budgetlinjer</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Udgift</translation>
    </message>
    <message>
        <source>Priced as</source>
        <translation>Beregnet som</translation>
    </message>
    <message>
        <source>The whole academy</source>
        <translation>Hele akademiet</translation>
    </message>
    <message>
        <source>The hours the sessions take for the people enrolled, at the hourly cost of their role (salary with pension over the hours of a year), with cover for absent staff where it is needed. The municipality&apos;s own cost, not cash.</source>
        <translation>De timer, sessionerne tager for de tilmeldte, til timeprisen for deres rolle (løn med pension fordelt på årets timer), med vikardækning for fraværende medarbejdere, hvor der er brug for det. Kommunens egen udgift, ikke kontanter.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>An hour</source>
        <translation>Pr. time</translation>
    </message>
    <message>
        <source>Cost with cover</source>
        <translation>Udgift med vikar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 of the hours are of people whose role has no hourly cost set and are not priced.</source>
        <translation>%1 af timerne er personer, hvis rolle ikke har en timepris, og er ikke prissat.</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <source>%1 (%2 % of each employee&apos;s costs, at most %3 a person)</source>
        <translation>%1 (%2 % af hver medarbejders udgifter, højst %3 pr. person)</translation>
    </message>
    <message>
        <source>The municipality&apos;s own share of the cost without VAT</source>
        <translation>Kommunens egen andel af udgifterne uden moms</translation>
    </message>
</context>
<context>
    <name>Akademiplan::CalendarCommand</name>
    <message>
        <source>The calendar&apos;s file name must end in .ics: %1</source>
        <translation>Kalenderens filnavn skal ende på .ics: %1</translation>
    </message>
    <message>
        <source>--participant takes no --academy, --track or --activity: a person&apos;s calendar holds all of their own sessions.</source>
        <translation>--participant tager ikke --academy, --track eller --activity: en persons kalender rummer alle vedkommendes egne sessioner.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.
</source>
        <translation>
            <numerusform>Skrev %n begivenhed til %1.
</numerusform>
            <numerusform>Skrev %n begivenheder til %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::CalendarExport</name>
    <message>
        <source>%1 in the track %2 of %3</source>
        <translation>%1 i sporet %2 i %3</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitator: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>academy: track</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Academies of %1</source>
        <translation>Akademier i %1</translation>
    </message>
</context>
<context>
    <name>Akademiplan::CalendarExportDialog</name>
    <message>
        <source>Sessions in the &amp;programme:</source>
        <translation>Sessioner i &amp;programmet:</translation>
    </message>
    <message>
        <source>One p&amp;articipant&apos;s own sessions:</source>
        <translation>En &amp;deltagers egne sessioner:</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
    <message>
        <source>Every session in the project</source>
        <translation>Alle sessioner i projektet</translation>
    </message>
    <message>
        <source>Sessions in the programme</source>
        <translation>Sessioner i programmet</translation>
    </message>
    <message>
        <source>Outlook, Google Calendar and Apple Calendar import the file. Import a later one to update the events: a moved session moves, a deleted one is cancelled.</source>
        <translation>Outlook, Google Kalender og Apple Kalender kan importere filen. Importer en senere fil for at opdatere begivenhederne: en flyttet session flyttes, en slettet aflyses.</translation>
    </message>
    <message>
        <source>&amp;Save Calendar…</source>
        <translation>&amp;Gem kalender…</translation>
    </message>
    <message>
        <source>Sessions in the calendar: %1</source>
        <translation>Sessioner i kalenderen: %1</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation>Gem kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>Cannot Save Calendar</source>
        <translation>Kalenderen kan ikke gemmes</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ChangeBatch</name>
    <message>
        <source>%1 academy</source>
        <translation>%1 akademi</translation>
    </message>
    <message>
        <source>%1 academies</source>
        <translation>%1 akademier</translation>
    </message>
    <message>
        <source>%1 track</source>
        <translation>%1 spor</translation>
    </message>
    <message>
        <source>%1 tracks</source>
        <translation>%1 spor</translation>
    </message>
    <message>
        <source>%1 activity</source>
        <translation>%1 aktivitet</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 aktiviteter</translation>
    </message>
    <message>
        <source>%1 session</source>
        <translation>%1 session</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessioner</translation>
    </message>
    <message>
        <source>%1 organisation</source>
        <translation>%1 organisation</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisationer</translation>
    </message>
    <message>
        <source>%1 participant</source>
        <translation>%1 deltager</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deltagere</translation>
    </message>
    <message>
        <source>%1 enrolment</source>
        <translation>%1 tilmelding</translation>
    </message>
    <message>
        <source>%1 enrolments</source>
        <translation>%1 tilmeldinger</translation>
    </message>
    <message>
        <source>%1 attendance record</source>
        <translation>%1 fremmøderegistrering</translation>
    </message>
    <message>
        <source>%1 attendance records</source>
        <translation>%1 fremmøderegistreringer</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at character %2)</source>
        <translation>ikke gyldig JSON: %1 (ved tegn %2)</translation>
    </message>
    <message>
        <source>not a batch of changes: that is a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;changes&quot;</source>
        <translation>ikke et ændringssæt: det er et JSON-objekt med »format«, »version« og »changes«</translation>
    </message>
    <message>
        <source>not a batch of changes: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>ikke et ændringssæt: »format« skal være »%1«</translation>
    </message>
    <message>
        <source>written for a newer Akademiplan (version %1 of the format); this version reads version %2</source>
        <translation>skrevet til en nyere Akademiplan (version %1 af formatet); denne version læser version %2</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1, not %2</source>
        <translation>»version« skal være %1, ikke %2</translation>
    </message>
    <message>
        <source>&quot;changes&quot; must be a list of changes, not %1</source>
        <translation>»changes« skal være en liste af ændringer, ikke %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>ukendt nøgle »%1«</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>ændring %1</translation>
    </message>
    <message>
        <source>a change is a JSON object, not %1</source>
        <translation>en ændring er et JSON-objekt, ikke %1</translation>
    </message>
    <message>
        <source>give exactly one of &quot;add&quot;, &quot;change&quot; and &quot;remove&quot;</source>
        <translation>angiv præcis én af »add«, »change« og »remove«</translation>
    </message>
    <message>
        <source>unknown type %1; the types are %2</source>
        <translation>ukendt type %1; typerne er %2</translation>
    </message>
    <message>
        <source>change %1 (%2)</source>
        <translation>ændring %1 (%2)</translation>
    </message>
    <message>
        <source>change %1 (%2 %3)</source>
        <translation>ændring %1 (%2 %3)</translation>
    </message>
    <message>
        <source>&quot;ref&quot; is a name such as &quot;anne&quot;, written without &quot;$&quot;, not %1</source>
        <translation>»ref« er et navn som »anne«, skrevet uden »$«, ikke %1</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already given to the row added by change %2</source>
        <translation>navnet »%1« er allerede givet til rækken, der tilføjes af ændring %2</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; is text, not %1</source>
        <translation>»uuid« er tekst, ikke %1</translation>
    </message>
    <message>
        <source>this %1 is removed by change %2</source>
        <translation>denne række (%1) fjernes af ændring %2</translation>
    </message>
    <message>
        <source>&quot;fields&quot; is empty: there is nothing to change</source>
        <translation>»fields« er tom: der er intet at ændre</translation>
    </message>
    <message>
        <source>this %1 is added by change %2 of the batch; leave out both changes instead</source>
        <translation>denne række (%1) tilføjes af ændring %2 i samme ændringssæt; udelad i stedet begge ændringer</translation>
    </message>
    <message>
        <source>this %1 is already removed by change %2</source>
        <translation>denne række (%1) er allerede fjernet af ændring %2</translation>
    </message>
    <message>
        <source>it would also remove the %1 added by change %2</source>
        <translation>den ville også fjerne rækken (%1), der tilføjes af ændring %2</translation>
    </message>
    <message>
        <source>&quot;fields&quot; is an object such as {&quot;name&quot;: &quot;…&quot;}, not %1</source>
        <translation>»fields« er et objekt som {»name«: »…«}, ikke %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; the fields of %2 are %3</source>
        <translation>ukendt felt »%1«; felterne for %2 er %3</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et helt tal</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2, not %3</source>
        <translation>»%1« skal være %2, ikke %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be %2</source>
        <translation>»%1« kan ikke være %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes the UUID of a row or a $name, not %2</source>
        <translation>»%1« skal være en rækkes UUID eller et $navn, ikke %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes the UUID of a row, a $name or null, not %2</source>
        <translation>»%1« skal være en rækkes UUID, et $navn eller null, ikke %2</translation>
    </message>
    <message>
        <source>%1 is not the &quot;ref&quot; of a row added earlier in the batch</source>
        <translation>%1 er ikke »ref« for en række, der er tilføjet tidligere i ændringssættet</translation>
    </message>
    <message>
        <source>%1 was added as %2, not as %3</source>
        <translation>%1 blev tilføjet som %2, ikke som %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a UUID nor a $name</source>
        <translation>»%1« er hverken et UUID eller et $navn</translation>
    </message>
    <message>
        <source>no %1 has the UUID %2</source>
        <translation>ingen række af typen %1 har UUID&apos;et %2</translation>
    </message>
    <message>
        <source>no %1 has this UUID</source>
        <translation>ingen række af typen %1 har dette UUID</translation>
    </message>
    <message>
        <source>the %1 %2 is removed by change %3</source>
        <translation>rækken %2 (%1) fjernes af ændring %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>change: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 tilføjet</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 ændret</translation>
    </message>
    <message>
        <source>%1 already as given</source>
        <translation>%1 allerede som angivet</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>med %1</translation>
    </message>
    <message>
        <source>%1 no longer linked to it</source>
        <translation>%1 ikke længere knyttet hertil</translation>
    </message>
    <message>
        <source>%1 no longer linked to them</source>
        <translation>%1 ikke længere knyttet hertil</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 fjernet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>removed rows (what went with them)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>»%1« mangler</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>en dato</translation>
    </message>
    <message>
        <source>a time of day</source>
        <translation>et klokkeslæt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be %2: %3</source>
        <translation>»%1« kan ikke være %2: %3</translation>
    </message>
    <message>
        <source>%1 partnership</source>
        <translation>%1 partnerskab</translation>
    </message>
    <message>
        <source>%1 partnerships</source>
        <translation>%1 partnerskaber</translation>
    </message>
    <message>
        <source>%1 dismissed warning</source>
        <translation>%1 kvitteret advarsel</translation>
    </message>
    <message>
        <source>%1 dismissed warnings</source>
        <translation>%1 kvitterede advarsler</translation>
    </message>
    <message>
        <source>%1 cost line</source>
        <translation>%1 budgetlinje</translation>
    </message>
    <message>
        <source>%1 cost lines</source>
        <translation>%1 budgetlinjer</translation>
    </message>
    <message>
        <source>%1 staff rate</source>
        <translation>%1 timesats</translation>
    </message>
    <message>
        <source>%1 staff rates</source>
        <translation>%1 timesatser</translation>
    </message>
    <message>
        <source>%1 funding source</source>
        <translation>%1 finansieringskilde</translation>
    </message>
    <message>
        <source>%1 funding sources</source>
        <translation>%1 finansieringskilder</translation>
    </message>
    <message>
        <source>%1 programme theory</source>
        <translation>%1 forandringsteori</translation>
    </message>
    <message>
        <source>%1 programme theories</source>
        <translation>%1 forandringsteorier</translation>
    </message>
    <message>
        <source>%1 learning goal</source>
        <translation>%1 læringsmål</translation>
    </message>
    <message>
        <source>%1 learning goals</source>
        <translation>%1 læringsmål</translation>
    </message>
    <message>
        <source>%1 indicator</source>
        <translation>%1 indikator</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>%1 indikatorer</translation>
    </message>
    <message>
        <source>%1 measurement</source>
        <translation>%1 måling</translation>
    </message>
    <message>
        <source>%1 measurements</source>
        <translation>%1 målinger</translation>
    </message>
    <message>
        <source>%1 agenda item</source>
        <translation>%1 punkt på dagsordenen</translation>
    </message>
    <message>
        <source>%1 agenda items</source>
        <translation>%1 punkter på dagsordenen</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ChangeTally</name>
    <message>
        <source>%1 moved</source>
        <comment>e.g. 3 sessions moved</comment>
        <translation>%1 flyttet</translation>
    </message>
    <message>
        <source>%1 added</source>
        <comment>e.g. 12 participants added</comment>
        <translation>%1 tilføjet</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <comment>e.g. 2 activities changed</comment>
        <translation>%1 ændret</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <comment>e.g. 1 activity removed</comment>
        <translation>%1 fjernet</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Ingen ændringer</translation>
    </message>
    <message>
        <source>%1 (and work recovered after an interruption, not counted)</source>
        <translation>%1 (samt arbejde, der er gendannet efter en afbrydelse; det er ikke talt med)</translation>
    </message>
    <message>
        <source>a copy shared</source>
        <translation>en kopi delt</translation>
    </message>
</context>
<context>
    <name>Akademiplan::CommandLine</name>
    <message>
        <source>Akademiplan designs municipal innovation academies: tracks, activities, sessions and participants.

Exit codes: 0 success, 1 wrong usage, 2 the file cannot be used, 3 the input was rejected.</source>
        <translation>Med Akademiplan tilrettelægger du kommunale innovationsakademier: spor, aktiviteter, sessioner og deltagere.

Afslutningskoder: 0 udført, 1 forkert brug, 2 filen kan ikke bruges, 3 inddata blev afvist.</translation>
    </message>
    <message>
        <source>Create a new project file.</source>
        <translation>Opret en ny projektfil.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The municipality of a new project, as its kommunekode.</source>
        <translation>Kommunen for et nyt projekt, angivet med kommunekode.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>Fill the new project with the example academy.</source>
        <translation>Udfyld det nye projekt med eksempelakademiet.</translation>
    </message>
    <message>
        <source>Print a JSON summary of a project file.</source>
        <translation>Udskriv en oversigt over en projektfil i JSON-format.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FIL]</translation>
    </message>
    <message>
        <source>--municipality and --example go with --new.</source>
        <translation>--municipality og --example kan kun bruges sammen med --new.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <source>--new needs --municipality CODE (the municipality&apos;s kommunekode, e.g. 101).</source>
        <translation>--new kræver --municipality KODE (kommunens kommunekode, f.eks. 101).</translation>
    </message>
    <message>
        <source>%1 is not the code of a Danish municipality (see the list in the README).</source>
        <translation>%1 er ikke koden for en dansk kommune (se listen i README-filen).</translation>
    </message>
    <message>
        <source>Check that a file is a valid project file this version can edit.</source>
        <translation>Kontroller, at en fil er en gyldig projektfil, som denne version kan redigere.</translation>
    </message>
    <message>
        <source>A project file name must end in .akademi: %1</source>
        <translation>Navnet på en projektfil skal ende på .akademi: %1</translation>
    </message>
    <message>
        <source>%1: a valid Akademiplan project (file format version %2).
</source>
        <translation>%1: et gyldigt Akademiplan-projekt (filformatversion %2).
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>da|en</source>
        <translation>da|en</translation>
    </message>
    <message>
        <source>With --export-pdf: write PDF/A-1b, for the municipality&apos;s archive.</source>
        <translation>Med --export-pdf: gem som PDF/A-1b til kommunens arkiv.</translation>
    </message>
    <message>
        <source>The project file to open in the window, or to export with --export-pdf.</source>
        <translation>Den projektfil, der skal åbnes i vinduet eller eksporteres med --export-pdf.</translation>
    </message>
    <message>
        <source>%1: %2 [%3 %4]</source>
        <translation>%1: %2 [%3 %4]</translation>
    </message>
    <message>
        <source>Write a clean copy of the project FILE to share with someone, and record in FILE that it was shared.</source>
        <translation>Skriv en ren kopi af projektfilen FIL, der kan deles med andre, og noter i FIL, at den er delt.</translation>
    </message>
    <message>
        <source>OUT.akademi</source>
        <translation>UD.akademi</translation>
    </message>
    <message>
        <source>With --share-copy: replace names, e-mail addresses and phone numbers by neutral labels.</source>
        <translation>Med --share-copy: erstat navne, e-mailadresser og telefonnumre med neutrale betegnelser.</translation>
    </message>
    <message>
        <source>With --share-copy: also leave out the free text that may name people (consultant, facilitator, descriptions).</source>
        <translation>Med --share-copy: udelad også fritekst, der kan nævne personer (konsulent, facilitator, beskrivelser).</translation>
    </message>
    <message>
        <source>With --share-copy: who the copy is for, as recorded in FILE.</source>
        <translation>Med --share-copy: hvem kopien er til, som det noteres i FIL.</translation>
    </message>
    <message>
        <source>--without-personal-data, --without-free-text and --to go with --share-copy.</source>
        <translation>--without-personal-data, --without-free-text og --to kan kun bruges sammen med --share-copy.</translation>
    </message>
    <message>
        <source>--share-copy needs the project FILE to share, e.g. --share-copy copy.akademi plan.akademi.</source>
        <translation>--share-copy kræver den projektfil (FIL), der skal deles, f.eks. --share-copy kopi.akademi plan.akademi.</translation>
    </message>
    <message>
        <source>--share-copy takes only --without-personal-data, --without-free-text and --to.</source>
        <translation>--share-copy kan kun bruges med --without-personal-data, --without-free-text og --to.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy.</source>
        <translation>%1 findes allerede; vælg et andet navn til kopien.</translation>
    </message>
    <message>
        <source>Shared a copy of %1 as %2.
</source>
        <translation>Har delt en kopi af %1 som %2.
</translation>
    </message>
    <message>
        <source>%1 has been open for editing by %2 since %3; this is the file as it was last saved.</source>
        <translation>%1 har siden %3 været åben hos %2, som redigerer i den; dette er filen, som den sidst blev gemt.</translation>
    </message>
    <message>
        <source>%1 is open for editing by %2; this is the file as it was last saved.</source>
        <translation>%1 er åben hos %2, som redigerer i den; dette er filen, som den sidst blev gemt.</translation>
    </message>
    <message>
        <source>Apply the changes in CHANGES.json (see docs/change-batch.md) to the project FILE, all or none, and save it.</source>
        <translation>Foretag ændringerne i ÆNDRINGER.json (se docs/change-batch.md) i projektfilen FIL, alle eller ingen, og gem den.</translation>
    </message>
    <message>
        <source>CHANGES.json</source>
        <translation>ÆNDRINGER.json</translation>
    </message>
    <message>
        <source>--apply needs the project FILE to change, e.g. --apply changes.json plan.akademi.</source>
        <translation>--apply kræver den projektfil (FIL), der skal ændres, f.eks. --apply ændringer.json plan.akademi.</translation>
    </message>
    <message>
        <source>--apply takes no other options.</source>
        <translation>--apply kan ikke bruges sammen med andre valgmuligheder.</translation>
    </message>
    <message>
        <source>Print as JSON how THEIRS, a copy of the project FILE that came back, differs from FILE.</source>
        <translation>Udskriv i JSON-format, hvordan DERES – en kopi af projektfilen FIL, der er kommet retur – adskiller sig fra FIL.</translation>
    </message>
    <message>
        <source>THEIRS</source>
        <translation>DERES</translation>
    </message>
    <message>
        <source>Take into FILE every change of THEIRS, a copy of it that came back, that does not conflict with FILE&apos;s own; refuse when changes conflict, unless --prefer says which side wins.</source>
        <translation>Flet alle ændringer fra DERES – en kopi af FIL, der er kommet retur – ind i FIL, når de ikke er i konflikt med ændringerne i FIL selv; afvis fletningen, hvis ændringer er i konflikt, medmindre --prefer angiver, hvilken side der vinder.</translation>
    </message>
    <message>
        <source>With --merge: which side wins where both changed the same thing.</source>
        <translation>Med --merge: hvilken side der vinder, hvor begge sider har ændret det samme.</translation>
    </message>
    <message>
        <source>mine|theirs</source>
        <translation>mine|theirs</translation>
    </message>
    <message>
        <source>--prefer goes with --merge.</source>
        <translation>--prefer kan kun bruges sammen med --merge.</translation>
    </message>
    <message>
        <source>%1 needs your project FILE after the copy that came back, e.g. %1 returned.akademi plan.akademi.</source>
        <translation>%1 kræver din projektfil (FIL) efter kopien, der er kommet retur, f.eks. %1 retur.akademi plan.akademi.</translation>
    </message>
    <message>
        <source>--compare takes no other options.</source>
        <translation>--compare kan ikke bruges sammen med andre valgmuligheder.</translation>
    </message>
    <message>
        <source>--merge takes no other option than --prefer.</source>
        <translation>--merge kan kun bruges sammen med --prefer.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <source>Show the program&apos;s version.</source>
        <translation>Vis programmets version.</translation>
    </message>
    <message>
        <source>Add the people of a participant list (CSV from Excel or LibreOffice) to the project FILE, all or none, and save it. People already there are skipped.</source>
        <translation>Tilføj personerne fra en deltagerliste (CSV fra Excel eller LibreOffice) til projektfilen FIL, alle eller ingen, og gem den. Personer, der allerede findes, springes over.</translation>
    </message>
    <message>
        <source>IN.csv</source>
        <translation>IND.csv</translation>
    </message>
    <message>
        <source>With --import-participants: give people already in the project the list&apos;s details.</source>
        <translation>Med --import-participants: giv personer, der allerede findes i projektet, listens oplysninger.</translation>
    </message>
    <message>
        <source>Write the participants of the project FILE as a CSV file that Excel opens.</source>
        <translation>Skriv deltagerne i projektfilen FIL som en CSV-fil, som Excel kan åbne.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>UD.csv</translation>
    </message>
    <message>
        <source>--update-existing goes with --import-participants.</source>
        <translation>--update-existing hører sammen med --import-participants.</translation>
    </message>
    <message>
        <source>--import-participants needs the project FILE to add the people to, e.g. --import-participants people.csv plan.akademi.</source>
        <translation>--import-participants skal have den projektfil FIL, personerne skal tilføjes til, f.eks. --import-participants personer.csv plan.akademi.</translation>
    </message>
    <message>
        <source>--export-participants needs the project FILE, e.g. --export-participants people.csv plan.akademi.</source>
        <translation>--export-participants skal have projektfilen FIL, f.eks. --export-participants personer.csv plan.akademi.</translation>
    </message>
    <message>
        <source>%1 takes only --update-existing.</source>
        <translation>%1 tager kun --update-existing.</translation>
    </message>
    <message>
        <source>%1 takes only --academy, --track and --activity.</source>
        <translation>%1 tager kun --academy, --track og --activity.</translation>
    </message>
    <message>
        <source>Record the attendance in a list (CSV: date, activity, e-mail or name, status per row) in the project FILE, all or none, and save it. --academy and --track narrow where the activities are looked for.</source>
        <translation>Registrer fremmødet i en liste (CSV: dato, aktivitet, e-mail eller navn, status i hver række) i projektfilen FIL, alt eller intet, og gem den. --academy og --track afgrænser, hvor aktiviteterne søges.</translation>
    </message>
    <message>
        <source>--import-attendance needs the project FILE to record in, e.g. --import-attendance attendance.csv plan.akademi.</source>
        <translation>--import-attendance skal have projektfilen FIL at registrere i, f.eks. --import-attendance fremmoede.csv plan.akademi.</translation>
    </message>
    <message>
        <source>--import-attendance takes only --academy and --track.</source>
        <translation>--import-attendance tager kun --academy og --track.</translation>
    </message>
    <message>
        <source>Print the planning warnings of a project (holidays, double bookings, capacity, ...); exit code 3 when any is a problem.</source>
        <translation>Udskriv planlægningsadvarslerne for et projekt (helligdage, dobbeltbookinger, kapacitet, ...); afslutningskode 3, når en af dem er et problem.</translation>
    </message>
    <message>
        <source>Write the sessions of the project FILE as an iCalendar file that Outlook, Google Calendar and Apple Calendar import; importing a later one updates the events (see docs/calendar.md).</source>
        <translation>Gem sessionerne i projektfilen FIL som en iCalendar-fil, som Outlook, Google Kalender og Apple Kalender kan importere; importeres en senere fil, opdateres begivenhederne (se docs/calendar.md).</translation>
    </message>
    <message>
        <source>OUT.ics</source>
        <translation>UD.ics</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>--export-ics needs the project FILE, e.g. --export-ics sessions.ics plan.akademi.</source>
        <translation>--export-ics skal have projektfilen FIL, f.eks. --export-ics sessioner.ics plan.akademi.</translation>
    </message>
    <message>
        <source>--export-ics takes only --academy, --track, --activity and --participant.</source>
        <translation>--export-ics tager kun --academy, --track, --activity og --participant.</translation>
    </message>
    <message>
        <source>Write the budget of an academy in the project FILE as a CSV file for Excel: its cost lines, the participants&apos; working time, the funding and the totals.</source>
        <translation>Skriv budgettet for et akademi i projektfilen FILE som en CSV-fil til Excel: budgetlinjerne, deltagernes arbejdstid, finansieringen og totalerne.</translation>
    </message>
    <message>
        <source>--export-budget needs the project FILE, e.g. --export-budget budget.csv plan.akademi.</source>
        <translation>--export-budget skal have projektfilen FILE, f.eks. --export-budget budget.csv plan.akademi.</translation>
    </message>
    <message>
        <source>--export-budget takes only --academy.</source>
        <translation>--export-budget tager kun --academy.</translation>
    </message>
    <message>
        <source>With --export-pdf: leave the participants&apos; working time out of the budget section (the cash only).</source>
        <translation>Med --export-pdf: udelad deltagernes arbejdstid i budgetafsnittet (kun de kontante udgifter).</translation>
    </message>
    <message>
        <source>The academy: with --export-pdf, --export-onepager, --export-html and --export-budget the one to write (default: the first); with the other exports, --export-participants and --export-ics, the one whose sessions or people to take.</source>
        <translation>Akademiet: med --export-pdf, --export-onepager, --export-html og --export-budget det, der skrives (standard: det første); med de andre eksporter, --export-participants og --export-ics det, hvis sessioner eller personer skal med.</translation>
    </message>
    <message>
        <source>With --export-pdf and the exports for each audience: the language, da or en (default: da).</source>
        <translation>Med --export-pdf og eksporterne til hver målgruppe: sproget, da eller en (standard: da).</translation>
    </message>
    <message>
        <source>With --export-run-sheets: only the session on this day.</source>
        <translation>Med --export-run-sheets: kun sessionern på denne dag.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>With --export-pdf: add the participants&apos; names per activity; with --export-html: name the people enrolled (personal data; left out by default).</source>
        <translation>Med --export-pdf: tilføj deltagernes navne pr. aktivitet; med --export-html: nævn de tilmeldte ved navn (personoplysninger; udeladt som standard).</translation>
    </message>
    <message>
        <source>With --export-participants: the people enrolled in the track, with their status. With --export-ics, --export-run-sheets and --export-schedules: the track&apos;s sessions or people.</source>
        <translation>Med --export-participants: de tilmeldte i sporet med deres status. Med --export-ics, --export-run-sheets og --export-schedules: sporets sessioner eller personer.</translation>
    </message>
    <message>
        <source>With --export-participants: the people enrolled in the activity, with their status. With --export-ics, --export-run-sheets and --export-schedules: the activity&apos;s sessions or people. With --export-invitation: the activity to invite to.</source>
        <translation>Med --export-participants: de tilmeldte i aktiviteten med deres status. Med --export-ics, --export-run-sheets og --export-schedules: aktivitetens sessioner eller personer. Med --export-invitation: aktiviteten, der inviteres til.</translation>
    </message>
    <message>
        <source>With --export-ics and --export-schedules: the sessions of the person with this e-mail address.</source>
        <translation>Med --export-ics og --export-schedules: sessionerne for personen med denne e-mailadresse.</translation>
    </message>
    <message>
        <source>--track and --activity go with --export-participants, --export-ics or an export for an audience.</source>
        <translation>--track og --activity hører til --export-participants, --export-ics eller en eksport til en målgruppe.</translation>
    </message>
    <message>
        <source>--participant goes with --export-ics or --export-schedules.</source>
        <translation>--participant hører til --export-ics eller --export-schedules.</translation>
    </message>
    <message>
        <source>--date goes with --export-run-sheets.</source>
        <translation>--date hører til --export-run-sheets.</translation>
    </message>
    <message>
        <source>--academy, --lang, --with-participants, --without-staff-time and --pdfa go with an export such as --export-pdf.</source>
        <translation>--academy, --lang, --with-participants, --without-staff-time og --pdfa hører til en eksport som f.eks. --export-pdf.</translation>
    </message>
    <message>
        <source>%1 needs the project FILE to export, e.g. %1 %2 plan.akademi.</source>
        <translation>%1 skal have projektfilen FIL, der skal eksporteres, f.eks. %1 %2 plan.akademi.</translation>
    </message>
    <message>
        <source>%1 takes none of the options of --new, --share-copy, --import-participants and --merge.</source>
        <translation>%1 tager ingen af tilvalgene til --new, --share-copy, --import-participants og --merge.</translation>
    </message>
    <message>
        <source>Set up Akademiplan&apos;s tables, roles and row-level security on the PostgreSQL server at URL (postgresql://user@host:port/database), or bring them up to this version (see docs/team-mode.md).</source>
        <translation>Opret Akademiplans tabeller, roller og sikkerhed på rækkeniveau på PostgreSQL-serveren ved URL (postgresql://bruger@vært:port/database), eller bring dem op til denne version (se docs/team-mode.md).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--init-server takes the server&apos;s URL and nothing else.</source>
        <translation>--init-server tager serverens URL og intet andet.</translation>
    </message>
    <message>
        <source>Put the project FILE, with its history, on the team server at URL (given after FILE), where the consultants assigned to its municipality open it (see docs/team-mode.md).</source>
        <translation>Læg projektet FIL med dets historik på teamserveren ved URL (angivet efter FIL), hvor konsulenterne, der er tilknyttet dets kommune, åbner det (se docs/team-mode.md).</translation>
    </message>
    <message>
        <source>Write the project with the UUID PROJECT on the team server at URL as the file OUT.akademi, with its history: --fetch URL PROJECT OUT.akademi.</source>
        <translation>Skriv projektet med UUID&apos;en PROJEKT på teamserveren ved URL som filen UD.akademi med dets historik: --fetch URL PROJEKT UD.akademi.</translation>
    </message>
    <message>
        <source>Give only one of --new, --info, --check, --check-plan, --export-pdf, --share-copy, --compare, --merge, --apply, --import-participants, --export-participants, --import-attendance, --export-ics, --export-budget, --export-onepager, --export-run-sheets, --export-schedules, --export-invitation, --export-html, --init-server, --publish and --fetch.</source>
        <translation>Angiv kun én af --new, --info, --check, --check-plan, --export-pdf, --share-copy, --compare, --merge, --apply, --import-participants, --export-participants, --import-attendance, --export-ics, --export-budget, --export-onepager, --export-run-sheets, --export-schedules, --export-invitation, --export-html, --init-server, --publish og --fetch.</translation>
    </message>
    <message>
        <source>--init-server, --publish and --fetch take no other options.</source>
        <translation>--init-server, --publish og --fetch tager ingen andre tilvalg.</translation>
    </message>
    <message>
        <source>--publish takes the project FILE and the server&apos;s URL: --publish FILE URL.</source>
        <translation>--publish tager projektets FIL og serverens URL: --publish FIL URL.</translation>
    </message>
    <message>
        <source>--fetch takes the server&apos;s URL, the project&apos;s UUID and the file to write: --fetch URL PROJECT OUT.akademi.</source>
        <translation>--fetch tager serverens URL, projektets UUID og filen, der skal skrives: --fetch URL PROJEKT UD.akademi.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::CompareDialog</name>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Tag deres</translation>
    </message>
    <message>
        <source>&amp;Keep Yours</source>
        <translation>&amp;Behold din</translation>
    </message>
    <message>
        <source>&amp;Edit Value…</source>
        <translation>&amp;Rediger værdi…</translation>
    </message>
    <message>
        <source>Take &amp;All Without Conflict</source>
        <translation>Tag &amp;alle uden konflikt</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Sammenlign med %1</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Forskelle</translation>
    </message>
    <message>
        <source>What stops the merge</source>
        <translation>Det, der forhindrer fletningen</translation>
    </message>
    <message>
        <source>Take their version of the selected changes or groups</source>
        <translation>Tag deres version af de valgte ændringer eller grupper</translation>
    </message>
    <message>
        <source>Keep your version of the selected changes or groups</source>
        <translation>Behold din version af de valgte ændringer eller grupper</translation>
    </message>
    <message>
        <source>Type the value to keep where both sides changed the same text</source>
        <translation>Skriv den værdi, der skal beholdes, hvor begge sider har ændret den samme tekst</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <source>The two files hold the same.</source>
        <translation>De to filer har det samme indhold.</translation>
    </message>
    <message>
        <source>Nothing new in their copy: every difference is a change of your own.</source>
        <translation>Intet nyt i deres kopi: alle forskelle er dine egne ændringer.</translation>
    </message>
    <message>
        <source>1 change of theirs</source>
        <translation>1 ændring i deres kopi</translation>
    </message>
    <message>
        <source>%1 changes of theirs</source>
        <translation>%1 ændringer i deres kopi</translation>
    </message>
    <message>
        <source>every conflict chosen</source>
        <translation>alle konflikter er afgjort</translation>
    </message>
    <message>
        <source>1 conflict to choose</source>
        <translation>1 konflikt venter på dit valg</translation>
    </message>
    <message>
        <source>%1 conflicts to choose</source>
        <translation>%1 konflikter venter på dit valg</translation>
    </message>
    <message>
        <source>1 to take in</source>
        <translation>1 tages med</translation>
    </message>
    <message>
        <source>%1 to take in</source>
        <translation>%1 tages med</translation>
    </message>
    <message>
        <source>Choose yours or theirs for every conflict first.</source>
        <translation>Vælg først din eller deres version i hver konflikt.</translation>
    </message>
    <message>
        <source>Edit Value</source>
        <translation>Rediger værdi</translation>
    </message>
    <message>
        <source>Only a text both sides changed can be typed here; choose yours or theirs.</source>
        <translation>Her kan du kun skrive en tekst, som begge sider har ændret; vælg din eller deres version.</translation>
    </message>
    <message>
        <source>%1 of %2 (yours: %3; theirs: %4):</source>
        <translation>%1 for %2 (din: %3; deres: %4):</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <source>&amp;Merge Anyway</source>
        <translation>&amp;Flet alligevel</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Flet %1</translation>
    </message>
    <message>
        <source>Before you merge, note what the rules say of the result:</source>
        <translation>Inden du fletter, så bemærk, hvad reglerne siger om resultatet:</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ComparisonModel</name>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>I din fil</translation>
    </message>
    <message>
        <source>In their copy</source>
        <translation>I deres kopi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Yours, stays</source>
        <translation>Din ændring bevares</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Vælg</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Tages ikke med</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>Behold din</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Udelad</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tag deres</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Din redigering</translation>
    </message>
    <message>
        <source>1 to choose</source>
        <translation>1 venter på valg</translation>
    </message>
    <message>
        <source>%1 to choose</source>
        <translation>%1 venter på valg</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>uændret (%1)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ConnectServerDialog</name>
    <message>
        <source>&amp;Keep the password in the system&apos;s keyring</source>
        <translation>&amp;Gem adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <source>db.example.dk, or the folder of a local server&apos;s socket</source>
        <translation>db.example.dk, eller mappen med en lokal servers socket</translation>
    </message>
    <message>
        <source>From the keyring, or type it</source>
        <translation>Fra nøgleringen, eller skriv den</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Lagt op</translation>
    </message>
    <message>
        <source>You may</source>
        <translation>Du må</translation>
    </message>
    <message>
        <source>Fill in the server, the database and your user name.</source>
        <translation>Udfyld serveren, databasen og dit brugernavn.</translation>
    </message>
    <message>
        <source>change it</source>
        <translation>ændre det</translation>
    </message>
    <message>
        <source>read it</source>
        <translation>læse det</translation>
    </message>
    <message>
        <source>No keyring took the password: you will be asked for it next time.</source>
        <translation>Ingen nøglering tog imod adgangskoden: du bliver spurgt om den næste gang.</translation>
    </message>
    <message>
        <source>You are not assigned to any project on this server.</source>
        <translation>Du er ikke tilknyttet noget projekt på denne server.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) that you may see.</source>
        <translation>
            <numerusform>%n projekt, som du må se.</numerusform>
            <numerusform>%n projekter, som du må se.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::CostLineTableModel</name>
    <message>
        <source>Whole academy</source>
        <translation>Hele akademiet</translation>
    </message>
    <message>
        <source>A multiplier: the quantity entered, or e.g. two facilitators per session</source>
        <translation>En faktor: det indtastede antal, f.eks. to facilitatorer pr. session</translation>
    </message>
    <message>
        <source>What the basis counts in the plan now: sessions, hours, people, days or nights</source>
        <translation>Hvad grundlaget tæller i planen nu: sessioner, timer, personer, dage eller overnatninger</translation>
    </message>
    <message>
        <source>What the line actually cost, in the same VAT terms as the rate; empty until known</source>
        <translation>Hvad linjen faktisk kostede, med eller uden moms som satsen; tom indtil den kendes</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>Rate, kr.</source>
        <translation>Sats, kr.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Prisår</translation>
    </message>
    <message>
        <source>Without VAT, kr.</source>
        <translation>Uden moms, kr.</translation>
    </message>
    <message>
        <source>With VAT, kr.</source>
        <translation>Med moms, kr.</translation>
    </message>
    <message>
        <source>Actual, kr.</source>
        <translation>Faktisk, kr.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::CouncilMeetings</name>
    <message>
        <source>the first</source>
        <translation>den første</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>den anden</translation>
    </message>
    <message>
        <source>the third</source>
        <translation>den tredje</translation>
    </message>
    <message>
        <source>the fourth</source>
        <translation>den fjerde</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>den sidste</translation>
    </message>
    <message>
        <source>%1 %2 of the month</source>
        <translation>%1 %2 i måneden</translation>
    </message>
</context>
<context>
    <name>Akademiplan::Coverage</name>
    <message>
        <source>%1: %2 of %3 enrolled</source>
        <translation>%1: %2 af %3 tilmeldt</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 af %2 pladser besat</translation>
    </message>
    <message>
        <source>%1 enrolled, no limit</source>
        <translation>%1 tilmeldt, ubegrænset antal pladser</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n på venteliste</numerusform>
            <numerusform>%n på venteliste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::CsvReader</name>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Kan ikke læse %1: filen findes ikke.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder.</source>
        <translation>Kan ikke læse %1: det er en mappe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a list of people or attendance.</source>
        <translation>%1 er for stor til at være en liste over personer eller fremmøde.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>»%1«</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (vesteuropæisk)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (Unicode-tekst)</translation>
    </message>
    <message>
        <source>separated by %1, %2</source>
        <translation>adskilt med %1, %2</translation>
    </message>
    <message>
        <source>Row %1 starts a quoted field that no quotation mark closes, so the rest of the file cannot be read as rows. Correct the file, or check the separator.</source>
        <translation>Række %1 begynder et felt i anførselstegn, som intet anførselstegn afslutter, så resten af filen kan ikke læses som rækker. Ret filen, eller kontrollér skilletegnet.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::DanishCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nytårsdag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Juledag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>2. juledag</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Skærtorsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Langfredag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Påskedag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>2. påskedag</translation>
    </message>
    <message>
        <source>Great Prayer Day</source>
        <translation>Store bededag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Pinsedag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>2. pinsedag</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Grundlovsdag</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Juleaftensdag</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Nytårsaftensdag</translation>
    </message>
    <message>
        <source>Between Christmas and New Year</source>
        <translation>Mellem jul og nytår</translation>
    </message>
    <message>
        <source>The Friday after Ascension Day</source>
        <translation>Fredagen efter Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Winter holiday (week %1)</source>
        <translation>Vinterferie (uge %1)</translation>
    </message>
    <message>
        <source>Autumn holiday (week 42)</source>
        <translation>Efterårsferie (uge 42)</translation>
    </message>
    <message>
        <source>Summer holiday</source>
        <translation>Sommerferie</translation>
    </message>
    <message>
        <source>Christmas holiday</source>
        <translation>Juleferie</translation>
    </message>
    <message>
        <source>Easter holiday</source>
        <translation>Påskeferie</translation>
    </message>
</context>
<context>
    <name>Akademiplan::DatabaseConnection</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>SQLite-driveren til Qt er ikke installeret (pakken libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The file is in use by another program; try again in a moment.</source>
        <translation>Filen bruges af et andet program; prøv igen om lidt.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Der er ikke hukommelse nok.</translation>
    </message>
    <message>
        <source>The file cannot be written to.</source>
        <translation>Der kan ikke skrives i filen.</translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation>Disken kunne ikke læses eller skrives.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>Filen er beskadiget.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disken er fuld.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Filen kan ikke åbnes.</translation>
    </message>
    <message>
        <source>The change does not fit the rest of the project (it breaks one of the file&apos;s rules).</source>
        <translation>Ændringen passer ikke med resten af projektet (den bryder en af filens regler).</translation>
    </message>
    <message>
        <source>The project file could not be used (SQLite error %1).</source>
        <translation>Projektfilen kunne ikke bruges (SQLite-fejl %1).</translation>
    </message>
</context>
<context>
    <name>Akademiplan::DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>Akademiplan::DifferenceText</name>
    <message>
        <source>a removed %1</source>
        <translation>%1 (fjernet)</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Session %1 i %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ved %2</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Personer og organisationer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ubegrænset</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>flyttet fra %1 til %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 fra %2 til %3</translation>
    </message>
    <message>
        <source>no longer signed up for %1</source>
        <translation>ikke længere tilmeldt %1</translation>
    </message>
    <message>
        <source>enrolled in %1</source>
        <translation>tilmeldt %1</translation>
    </message>
    <message>
        <source>on the waiting list for %1</source>
        <translation>på venteliste til %1</translation>
    </message>
    <message>
        <source>invited to %1</source>
        <translation>inviteret til %1</translation>
    </message>
    <message>
        <source>cancelled for %1</source>
        <translation>afmeldt %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tilføjet</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>you: %1; they: %2</source>
        <translation>hos dig: %1; hos dem: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>only in their copy</source>
        <translation>kun i deres kopi</translation>
    </message>
    <message>
        <source>only in your file</source>
        <translation>kun i din fil</translation>
    </message>
    <message>
        <source>Dismissed warning: %1</source>
        <translation>Kvitteret advarsel: %1</translation>
    </message>
    <message>
        <source>Planning warnings</source>
        <translation>Planlægningsadvarsler</translation>
    </message>
    <message>
        <source>Hourly cost of %1</source>
        <translation>Timepris for %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Programme theory</source>
        <translation>Forandringsteori</translation>
    </message>
    <message>
        <source>Learning goal: %1</source>
        <translation>Læringsmål: %1</translation>
    </message>
    <message>
        <source>Measurement %1</source>
        <translation>Måling %1</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>højere er bedre</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lavere er bedre</translation>
    </message>
    <message>
        <source>Agenda at %1: %2</source>
        <translation>Dagsorden kl. %1: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::DisplayText</name>
    <message>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Akademiplan::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Cannot write in the folder of %1.</source>
        <translation>Der kan ikke skrives i mappen med %1.</translation>
    </message>
    <message>
        <source>Cannot create the project: %1</source>
        <translation>Projektet kan ikke oprettes: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kan ikke bruges: %2</translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation>Vælg, hvor projektet skal gemmes.</translation>
    </message>
    <message>
        <source>%1 is open read-only; save it under another name.</source>
        <translation>%1 er åbnet skrivebeskyttet; gem projektet under et andet navn.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Save your work as a new file so that neither version is lost.</source>
        <translation>%1 er blevet ændret af en anden, siden du åbnede filen. Gem dit arbejde som en ny fil, så ingen af versionerne går tabt.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kunne ikke gemmes: %2</translation>
    </message>
    <message>
        <source>the new copy did not pass its check (%1)</source>
        <translation>den nye kopi bestod ikke kontrollen (%1)</translation>
    </message>
    <message>
        <source>You opened %1 read-only; save it under another name to keep changes.</source>
        <translation>Du har åbnet %1 skrivebeskyttet; gem projektet under et andet navn for at beholde dine ændringer.</translation>
    </message>
    <message>
        <source>The project is being saved; make the change again in a moment.</source>
        <translation>Projektet er ved at blive gemt; foretag ændringen igen om lidt.</translation>
    </message>
    <message>
        <source>The last change could not be written to the working copy: %1</source>
        <translation>Den seneste ændring kunne ikke skrives til arbejdskopien: %1</translation>
    </message>
    <message>
        <source>The working copy can no longer be read (%1). Close the project; the file itself is as it was last saved.</source>
        <translation>Arbejdskopien kan ikke længere læses (%1). Luk projektet; selve filen er, som den blev gemt sidst.</translation>
    </message>
    <message>
        <source>%1
The change has been taken back, and the steps before it can no longer be undone.</source>
        <translation>%1
Ændringen er taget tilbage, og trinnene før den kan ikke længere fortrydes.</translation>
    </message>
    <message>
        <source>the new copy cannot be read back</source>
        <translation>den nye kopi kan ikke læses tilbage</translation>
    </message>
    <message>
        <source>%1 is open read-only. A copy is shared from a file you can save, which records that it was shared.</source>
        <translation>%1 er åbnet skrivebeskyttet. En kopi deles fra en fil, du kan gemme, så den kan notere, at den er delt.</translation>
    </message>
    <message>
        <source>Save the project before you share a copy: the copy is made from the saved file, which records that it was shared.</source>
        <translation>Gem projektet, før du deler en kopi: kopien laves ud fra den gemte fil, som noterer, at den er delt.</translation>
    </message>
    <message>
        <source>The copy would replace the project file itself: %1</source>
        <translation>Kopien ville erstatte selve projektfilen: %1</translation>
    </message>
    <message>
        <source>Cannot write the copy to %1: that is a folder.</source>
        <translation>Kopien kan ikke skrives til %1: det er en mappe.</translation>
    </message>
    <message>
        <source>Cannot write the copy to %1: the folder %2 does not exist.</source>
        <translation>Kopien kan ikke skrives til %1: mappen %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>The copy %1 was written, but the record of it could not be saved: %2 Save the project to keep the record.</source>
        <translation>Kopien %1 er skrevet, men notatet om den kunne ikke gemmes: %2 Gem projektet for at beholde notatet.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so the project opens read-only. Save it under another name, in a folder you can write to, to keep changes.</source>
        <translation>Der kan ikke skrives i mappen med %1, så projektet åbnes skrivebeskyttet. Gem det under et andet navn i en mappe, du kan skrive i, for at beholde ændringer.</translation>
    </message>
    <message>
        <source>%1
The project is shown as the server has it now; the steps before your change can no longer be undone.</source>
        <translation>%1
Projektet vises, som serveren har det nu; trinene før din ændring kan ikke længere fortrydes.</translation>
    </message>
    <message>
        <source>%1 (team server)</source>
        <translation>%1 (teamserver)</translation>
    </message>
    <message>
        <source>You may only read this project on the team server.</source>
        <translation>Du må kun læse dette projekt på teamserveren.</translation>
    </message>
    <message>
        <source>%1 has changed this %2 since. Undoing your step would undo their change, so it is left as they made it, and the step is gone from the undo history.</source>
        <translation>%1 har ændret denne række (%2) siden. At fortryde dit trin ville fortryde deres ændring, så den står, som de lavede den, og trinet er fjernet fra fortrydelseshistorikken.</translation>
    </message>
    <message>
        <source>The connection to the team server is lost. The project is shown as it was, read-only; it is connected again as soon as the server answers.</source>
        <translation>Forbindelsen til teamserveren er afbrudt. Projektet vises, som det var, skrivebeskyttet; der forbindes igen, så snart serveren svarer.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::DocumentLock</name>
    <message>
        <source>someone else</source>
        <translation>en anden</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>user on computer</comment>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>%1 is open for editing by %2. You can open it read-only.</source>
        <translation>%1 er åben hos %2, som redigerer i den. Du kan åbne filen skrivebeskyttet.</translation>
    </message>
    <message>
        <source>%1 has been open for editing by %2 since %3. You can open it read-only.</source>
        <translation>%1 har siden %3 været åben hos %2, som redigerer i den. Du kan åbne filen skrivebeskyttet.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::DomainLabels</name>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Innovation network</source>
        <translation>Innovationsnetværk</translation>
    </message>
    <message>
        <source>Leadership innovators</source>
        <translation>Ledelsesinnovatører</translation>
    </message>
    <message>
        <source>Political innovators</source>
        <translation>Politiske innovatører</translation>
    </message>
    <message>
        <source>Organisational innovation</source>
        <translation>Organisatorisk innovation</translation>
    </message>
    <message>
        <source>Custom track</source>
        <translation>Eget spor</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Masterclass</source>
        <translation>Masterclass</translation>
    </message>
    <message>
        <source>Brown-bag meeting</source>
        <translation>Gå hjem-møde</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Netværksmøde</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Anden aktivitet</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Politiker</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Nøgleperson</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation>Ekstern partner</translation>
    </message>
    <message>
        <source>Municipal department</source>
        <translation>Kommunal forvaltning</translation>
    </message>
    <message>
        <source>Volunteer organisation</source>
        <translation>Frivillig organisation</translation>
    </message>
    <message>
        <source>Local business</source>
        <translation>Lokal virksomhed</translation>
    </message>
    <message>
        <source>Education institution</source>
        <translation>Uddannelsesinstitution</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Anden organisation</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>På venteliste</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afmeldt</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Meldt afbud</translation>
    </message>
    <message>
        <source>academy</source>
        <translation>akademi</translation>
    </message>
    <message>
        <source>track</source>
        <translation>spor</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltager</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>tilmelding</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>fremmøde</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Ledere</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>Politikere</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>Nøglepersoner</translation>
    </message>
    <message>
        <source>External partners</source>
        <translation>Eksterne partnere</translation>
    </message>
    <message>
        <source>1 academy</source>
        <translation>1 akademi</translation>
    </message>
    <message>
        <source>%1 academies</source>
        <translation>%1 akademier</translation>
    </message>
    <message>
        <source>1 track</source>
        <translation>1 spor</translation>
    </message>
    <message>
        <source>%1 tracks</source>
        <translation>%1 spor</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 aktivitet</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 aktiviteter</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessioner</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisationer</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 deltager</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deltagere</translation>
    </message>
    <message>
        <source>1 enrolment</source>
        <translation>1 tilmelding</translation>
    </message>
    <message>
        <source>%1 enrolments</source>
        <translation>%1 tilmeldinger</translation>
    </message>
    <message>
        <source>1 attendance record</source>
        <translation>1 fremmøderegistrering</translation>
    </message>
    <message>
        <source>%1 attendance records</source>
        <translation>%1 fremmøderegistreringer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>partner municipalities</source>
        <translation>partnerkommuner</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdato</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>slutdato</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>formål</translation>
    </message>
    <message>
        <source>focus areas</source>
        <translation>fokusområder</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>konsulent</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>målgruppe</translation>
    </message>
    <message>
        <source>target roles</source>
        <translation>roller i målgruppen</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farve</translation>
    </message>
    <message>
        <source>order</source>
        <translation>rækkefølge</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>location</source>
        <translation>sted</translation>
    </message>
    <message>
        <source>places</source>
        <translation>pladser</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>starttidspunkt</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>sluttidspunkt</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>the city council</source>
        <translation>byrådet</translation>
    </message>
    <message>
        <source>the municipal council</source>
        <translation>kommunalbestyrelsen</translation>
    </message>
    <message>
        <source>Borgerrepræsentationen</source>
        <translation>Borgerrepræsentationen</translation>
    </message>
    <message>
        <source>The city council</source>
        <comment>at the start of a sentence</comment>
        <translation>Byrådet</translation>
    </message>
    <message>
        <source>The municipal council</source>
        <comment>at the start of a sentence</comment>
        <translation>Kommunalbestyrelsen</translation>
    </message>
    <message>
        <source>Borgerrepræsentationen</source>
        <comment>at the start of a sentence</comment>
        <translation>Borgerrepræsentationen</translation>
    </message>
    <message>
        <source>council</source>
        <translation>kommunalbestyrelse</translation>
    </message>
    <message>
        <source>parallel groups</source>
        <translation>parallelle hold</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>Medarrangør</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Participants</source>
        <comment>what a partner contributes</comment>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Other contribution</source>
        <translation>Andet bidrag</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Ikke kontaktet</translation>
    </message>
    <message>
        <source>In dialogue</source>
        <translation>I dialog</translation>
    </message>
    <message>
        <source>Agreed</source>
        <comment>an agreement with a partner</comment>
        <translation>Aftalt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Takket nej</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partnerskab</translation>
    </message>
    <message>
        <source>1 partnership</source>
        <translation>1 partnerskab</translation>
    </message>
    <message>
        <source>%1 partnerships</source>
        <translation>%1 partnerskaber</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>contact&apos;s e-mail</source>
        <translation>kontaktpersonens e-mail</translation>
    </message>
    <message>
        <source>contact&apos;s phone</source>
        <translation>kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>bidrag</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>aftale</translation>
    </message>
    <message>
        <source>agreement date</source>
        <translation>aftaledato</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <source>part</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>dismissed warning</source>
        <translation>kvitteret advarsel</translation>
    </message>
    <message>
        <source>1 dismissed warning</source>
        <translation>1 kvitteret advarsel</translation>
    </message>
    <message>
        <source>%1 dismissed warnings</source>
        <translation>%1 kvitterede advarsler</translation>
    </message>
    <message>
        <source>Facilitation</source>
        <translation>Facilitering</translation>
    </message>
    <message>
        <source>Course fees</source>
        <translation>Kursusgebyrer</translation>
    </message>
    <message>
        <source>Venue and catering</source>
        <translation>Lokaler og forplejning</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Andre udgifter</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fast beløb</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Pr. enhed</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Pr. session</translation>
    </message>
    <message>
        <source>Per hour of the sessions</source>
        <translation>Pr. time i sessionerne</translation>
    </message>
    <message>
        <source>Per participant</source>
        <translation>Pr. deltager</translation>
    </message>
    <message>
        <source>Per participant per day</source>
        <translation>Pr. deltager pr. dag</translation>
    </message>
    <message>
        <source>Per participant per night</source>
        <translation>Pr. deltager pr. overnatning</translation>
    </message>
    <message>
        <source>Excluding VAT</source>
        <translation>Ekskl. moms</translation>
    </message>
    <message>
        <source>Including VAT</source>
        <translation>Inkl. moms</translation>
    </message>
    <message>
        <source>No VAT</source>
        <translation>Momsfri</translation>
    </message>
    <message>
        <source>Competence fund</source>
        <translation>Kompetencefonden</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation>Anden finansiering</translation>
    </message>
    <message>
        <source>cost line</source>
        <translation>budgetlinje</translation>
    </message>
    <message>
        <source>staff rate</source>
        <translation>timesats</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>finansiering</translation>
    </message>
    <message>
        <source>1 cost line</source>
        <translation>1 budgetlinje</translation>
    </message>
    <message>
        <source>%1 cost lines</source>
        <translation>%1 budgetlinjer</translation>
    </message>
    <message>
        <source>1 staff rate</source>
        <translation>1 timesats</translation>
    </message>
    <message>
        <source>%1 staff rates</source>
        <translation>%1 timesatser</translation>
    </message>
    <message>
        <source>1 funding source</source>
        <translation>1 finansieringskilde</translation>
    </message>
    <message>
        <source>%1 funding sources</source>
        <translation>%1 finansieringskilder</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>grundlag</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>sats</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>moms</translation>
    </message>
    <message>
        <source>price year</source>
        <translation>prisår</translation>
    </message>
    <message>
        <source>actual cost</source>
        <translation>faktisk udgift</translation>
    </message>
    <message>
        <source>annual salary</source>
        <translation>årsløn</translation>
    </message>
    <message>
        <source>hours a year</source>
        <translation>timer om året</translation>
    </message>
    <message>
        <source>overheads</source>
        <translation>overhead</translation>
    </message>
    <message>
        <source>cover per hour</source>
        <translation>vikardækning pr. time</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>beløb</translation>
    </message>
    <message>
        <source>share</source>
        <translation>andel</translation>
    </message>
    <message>
        <source>cap per person</source>
        <translation>loft pr. person</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Opfølgningsmøde</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Viden</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Færdigheder</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Læring</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Adfærd</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>No particular value</source>
        <translation>Ingen bestemt værdi</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effektivitet</translation>
    </message>
    <message>
        <source>Citizen involvement</source>
        <translation>Borgerinddragelse</translation>
    </message>
    <message>
        <source>Employee satisfaction</source>
        <translation>Medarbejdertilfredshed</translation>
    </message>
    <message>
        <source>Political goals</source>
        <translation>Politiske mål</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Spørgeskema</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Registerdata</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Anden metode</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Ved afslutningen</translation>
    </message>
    <message>
        <source>1 month after</source>
        <translation>1 måned efter</translation>
    </message>
    <message>
        <source>%1 months after</source>
        <translation>%1 måneder efter</translation>
    </message>
    <message>
        <source>programme theory</source>
        <translation>forandringsteori</translation>
    </message>
    <message>
        <source>learning goal</source>
        <translation>læringsmål</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>måling</translation>
    </message>
    <message>
        <source>1 programme theory</source>
        <translation>1 forandringsteori</translation>
    </message>
    <message>
        <source>%1 programme theories</source>
        <translation>%1 forandringsteorier</translation>
    </message>
    <message>
        <source>1 learning goal</source>
        <translation>1 læringsmål</translation>
    </message>
    <message>
        <source>%1 learning goals</source>
        <translation>%1 læringsmål</translation>
    </message>
    <message>
        <source>1 indicator</source>
        <translation>1 indikator</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>%1 indikatorer</translation>
    </message>
    <message>
        <source>1 measurement</source>
        <translation>1 måling</translation>
    </message>
    <message>
        <source>%1 measurements</source>
        <translation>%1 målinger</translation>
    </message>
    <message>
        <source>for whom</source>
        <translation>for hvem</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <source>what participants learn</source>
        <translation>hvad deltagerne lærer</translation>
    </message>
    <message>
        <source>what participants do differently</source>
        <translation>hvad deltagerne gør anderledes</translation>
    </message>
    <message>
        <source>short-term results</source>
        <translation>kortsigtede resultater</translation>
    </message>
    <message>
        <source>long-term effects</source>
        <translation>langsigtede effekter</translation>
    </message>
    <message>
        <source>assumptions</source>
        <translation>antagelser</translation>
    </message>
    <message>
        <source>what counts as success</source>
        <translation>hvad der tæller som succes</translation>
    </message>
    <message>
        <source>managers&apos; role before</source>
        <translation>ledernes rolle før</translation>
    </message>
    <message>
        <source>managers&apos; role during</source>
        <translation>ledernes rolle under</translation>
    </message>
    <message>
        <source>managers&apos; role after</source>
        <translation>ledernes rolle efter</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>kind of value</source>
        <translation>værditype</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metode</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhed</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>udgangspunkt</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>retning</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>tidspunkt</translation>
    </message>
    <message>
        <source>months after</source>
        <translation>måneder efter</translation>
    </message>
    <message>
        <source>planned date</source>
        <translation>planlagt dato</translation>
    </message>
    <message>
        <source>date measured</source>
        <translation>måledato</translation>
    </message>
    <message>
        <source>value</source>
        <translation>værdi</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>punkt på dagsordenen</translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 punkt på dagsordenen</translation>
    </message>
    <message>
        <source>%1 agenda items</source>
        <translation>%1 punkter på dagsordenen</translation>
    </message>
    <message>
        <source>council meetings</source>
        <translation>byrådsmøder</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>materialer</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>what it concerns</source>
        <translation>hvad den gælder</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalje</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>begrundelse</translation>
    </message>
    <message>
        <source>dismissed by</source>
        <translation>kvitteret af</translation>
    </message>
    <message>
        <source>what</source>
        <translation>hvad</translation>
    </message>
    <message>
        <source>why</source>
        <translation>hvorfor</translation>
    </message>
    <message>
        <source>how</source>
        <translation>hvordan</translation>
    </message>
    <message>
        <source>who</source>
        <translation>hvem</translation>
    </message>
    <message>
        <source>plan B</source>
        <translation>plan B</translation>
    </message>
</context>
<context>
    <name>Akademiplan::EnrolInMenu</name>
    <message>
        <source>&amp;Enrol In</source>
        <translation>Tilm&amp;eld i</translation>
    </message>
    <message>
        <source>No tracks yet</source>
        <translation>Ingen spor endnu</translation>
    </message>
    <message>
        <source>The Whole Track</source>
        <translation>Hele sporet</translation>
    </message>
</context>
<context>
    <name>Akademiplan::EnrolmentPanel</name>
    <message>
        <source>Enrolled participants</source>
        <translation>Tilmeldte deltagere</translation>
    </message>
    <message>
        <source>Places and coverage</source>
        <translation>Pladser og dækning</translation>
    </message>
    <message>
        <source>E&amp;nrol People…</source>
        <translation>Tilmel&amp;d personer…</translation>
    </message>
    <message>
        <source>Enrol &amp;All</source>
        <translation>Tilmeld &amp;alle</translation>
    </message>
    <message>
        <source>The Selection in Participants</source>
        <translation>De markerede under Deltagere</translation>
    </message>
    <message>
        <source>Enrol a whole group</source>
        <translation>Tilmeld en hel gruppe</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>An&amp;giv status</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Enrol People</source>
        <translation>Tilmeld personer</translation>
    </message>
    <message>
        <source>Change enrolments</source>
        <translation>Ændr tilmeldinger</translation>
    </message>
    <message>
        <source>All Managers</source>
        <translation>Alle ledere</translation>
    </message>
    <message>
        <source>All Key Persons</source>
        <translation>Alle nøglepersoner</translation>
    </message>
    <message>
        <source>All Employees</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <source>All External Partners</source>
        <translation>Alle eksterne partnere</translation>
    </message>
    <message>
        <source>Enrolling in the track enrols in each of its activities too; removing someone from the track removes them from its activities.</source>
        <translation>Tilmelding til sporet tilmelder også til hver af dets aktiviteter; fjernes en person fra sporet, fjernes personen også fra dets aktiviteter.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>Parallel Groups</source>
        <translation>Parallelle hold</translation>
    </message>
    <message>
        <source>»%1«</source>
        <translation>»%1«</translation>
    </message>
    <message numerus="yes">
        <source>%1 is one of %n parallel groups of %2. How should the people be enrolled?</source>
        <translation>
            <numerusform>%1 er ét af %n parallelle hold af %2. Hvordan skal personerne tilmeldes?</numerusform>
            <numerusform>%1 er ét af %n parallelle hold af %2. Hvordan skal personerne tilmeldes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolling in the track also enrols in each of its activities, and in one group of %1. How should the people be shared out over the groups?</source>
        <translation>Tilmelding til sporet tilmelder også til hver af dets aktiviteter og til ét hold af %1. Hvordan skal personerne fordeles på holdene?</translation>
    </message>
    <message>
        <source>Nobody is put in two groups of the same course: people already in a group stay there.</source>
        <translation>Ingen kommer på to hold af samme forløb: personer, der allerede er på et hold, bliver dér.</translation>
    </message>
    <message>
        <source>Share Out &amp;Evenly</source>
        <translation>Fordel &amp;jævnt</translation>
    </message>
    <message>
        <source>Keep &amp;Colleagues Together</source>
        <translation>Hold &amp;kolleger sammen</translation>
    </message>
    <message>
        <source>&amp;Only This Group</source>
        <translation>&amp;Kun dette hold</translation>
    </message>
    <message>
        <source>All Politicians</source>
        <translation>Alle politikere</translation>
    </message>
</context>
<context>
    <name>Akademiplan::EnrolmentPlanner</name>
    <message numerus="yes">
        <source>%n person(s) enrolled in the track and its activities.</source>
        <translation>
            <numerusform>%n person tilmeldt sporet og dets aktiviteter.</numerusform>
            <numerusform>%n personer tilmeldt sporet og dets aktiviteter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) enrolled.</source>
        <translation>
            <numerusform>%n person tilmeldt.</numerusform>
            <numerusform>%n personer tilmeldt.</numerusform>
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
            <numerusform>%n person kom på venteliste, da der ikke var flere pladser.</numerusform>
            <numerusform>%n personer kom på venteliste, da der ikke var flere pladser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already enrolled and were left as they are.</source>
        <translation>
            <numerusform>%n person var allerede tilmeldt og blev ikke ændret.</numerusform>
            <numerusform>%n personer var allerede tilmeldt og blev ikke ændret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are already in another group of the course and were left there.</source>
        <translation>
            <numerusform>%n person er allerede på et andet hold af forløbet og blev dér.</numerusform>
            <numerusform>%n personer er allerede på et andet hold af forløbet og blev dér.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::EnrolmentTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Akademiplan::EntityForm</name>
    <message>
        <source>Problem with the last change</source>
        <translation>Problem med den seneste ændring</translation>
    </message>
</context>
<context>
    <name>Akademiplan::EvaluationDrafts</name>
    <message>
        <source>New learning goal</source>
        <translation>Nyt læringsmål</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
</context>
<context>
    <name>Akademiplan::EvaluationNumber</name>
    <message>
        <source>&quot;%1&quot; is not a number with at most two decimals; type it as e.g. %2 or %3.</source>
        <translation>»%1« er ikke et tal med højst to decimaler; skriv det f.eks. som %2 eller %3.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::EvaluationPage</name>
    <message>
        <source>Acade&amp;my:</source>
        <translation>&amp;Akademi:</translation>
    </message>
    <message>
        <source>Programme Theory</source>
        <translation>Forandringsteori</translation>
    </message>
    <message>
        <source>Learning Goals</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <source>&amp;Add Learning Goal</source>
        <translation>&amp;Tilføj læringsmål</translation>
    </message>
    <message>
        <source>A goal of the selected goal&apos;s track, or of the academy&apos;s first track</source>
        <translation>Et mål i det valgte måls spor eller i akademiets første spor</translation>
    </message>
    <message>
        <source>&amp;Delete Learning Goal</source>
        <translation>&amp;Slet læringsmål</translation>
    </message>
    <message>
        <source>Whole academy</source>
        <translation>Hele akademiet</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>&amp;Add Indicator</source>
        <translation>&amp;Tilføj indikator</translation>
    </message>
    <message>
        <source>&amp;Delete Indicator</source>
        <translation>&amp;Slet indikator</translation>
    </message>
    <message>
        <source>Deletes the indicator with its measurements</source>
        <translation>Sletter indikatoren med dens målinger</translation>
    </message>
    <message>
        <source>Add Mea&amp;surement</source>
        <translation>Tilføj &amp;måling</translation>
    </message>
    <message>
        <source>A measurement after the indicator&apos;s last one: 3 months after the academy, then 12</source>
        <translation>En måling efter indikatorens sidste: 3 måneder efter akademiet, derefter 12</translation>
    </message>
    <message>
        <source>De&amp;lete Measurement</source>
        <translation>S&amp;let måling</translation>
    </message>
    <message>
        <source>Measurements of “%1”</source>
        <translation>Målinger af »%1«</translation>
    </message>
    <message>
        <source>Measurements: select an indicator</source>
        <translation>Målinger: vælg en indikator</translation>
    </message>
    <message>
        <source>Add Learning Goal</source>
        <translation>Tilføj læringsmål</translation>
    </message>
    <message>
        <source>Add Indicator</source>
        <translation>Tilføj indikator</translation>
    </message>
    <message>
        <source>Add Measurement</source>
        <translation>Tilføj måling</translation>
    </message>
</context>
<context>
    <name>Akademiplan::EvaluationSection</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Programme theory</source>
        <translation>Forandringsteori</translation>
    </message>
    <message>
        <source>How the academy is to make a difference, step by step from what it does to what it changes, and what must hold for that to happen.</source>
        <translation>Hvordan akademiet skal gøre en forskel, trin for trin fra det, det gør, til det, det ændrer, og hvad der skal holde, for at det sker.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For hvem</translation>
    </message>
    <message>
        <source>1. Activities</source>
        <translation>1. Aktiviteter</translation>
    </message>
    <message>
        <source>2. What participants learn</source>
        <translation>2. Hvad deltagerne lærer</translation>
    </message>
    <message>
        <source>3. What they do differently</source>
        <translation>3. Hvad de gør anderledes</translation>
    </message>
    <message>
        <source>4. Short-term results</source>
        <translation>4. Kortsigtede resultater</translation>
    </message>
    <message>
        <source>5. Long-term effects</source>
        <translation>5. Langsigtede effekter</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Antagelser</translation>
    </message>
    <message>
        <source>What counts as success</source>
        <translation>Hvad der tæller som succes</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Anchoring: the managers&apos; role</source>
        <translation>Forankring: ledernes rolle</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <source>What is measured on each of Kirkpatrick&apos;s levels (reaction, learning, behaviour, results), how and when, and where it stands on %1.</source>
        <translation>Hvad der måles på hvert af Kirkpatricks niveauer (reaktion, læring, adfærd, resultater), hvordan og hvornår, og hvor det står den %1.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Måles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an indicator and its track</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) overdue</source>
        <translation>
            <numerusform>%n måling forsinket</numerusform>
            <numerusform>%n målinger forsinket</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation: indicators</source>
        <translation>Evaluering: indikatorer</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senest målt</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ExampleAgenda</name>
    <message>
        <source>Welcome and check-in</source>
        <translation>Velkomst og tjek-ind</translation>
    </message>
    <message>
        <source>Everyone arrives and knows what the day is for</source>
        <translation>Alle lander og ved, hvad dagen skal bruges til</translation>
    </message>
    <message>
        <source>A round in plenary: name, workplace and one hope for the year</source>
        <translation>Runde i plenum: navn, arbejdsplads og ét ønske til året</translation>
    </message>
    <message>
        <source>If people are late: check in two by two and a short round after the break</source>
        <translation>Hvis nogen er forsinket: tjek ind to og to og en kort runde efter pausen</translation>
    </message>
    <message>
        <source>The academy and the network&apos;s part in it</source>
        <translation>Akademiet og netværkets rolle i det</translation>
    </message>
    <message>
        <source>A shared picture of the four tracks and what the key persons carry between them</source>
        <translation>Et fælles billede af de fire spor og af, hvad nøglepersonerne bærer mellem dem</translation>
    </message>
    <message>
        <source>A short talk with questions, the year wheel on the wall</source>
        <translation>Et kort oplæg med spørgsmål, årshjulet på væggen</translation>
    </message>
    <message>
        <source>The municipal director and %1</source>
        <translation>Kommunaldirektøren og %1</translation>
    </message>
    <message>
        <source>If the director cannot come: a recorded greeting, and the consultant presents</source>
        <translation>Hvis direktøren ikke kan komme: en optaget hilsen, og konsulenten holder oplægget</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Choosing cases within the focus areas</source>
        <translation>Valg af cases inden for fokusområderne</translation>
    </message>
    <message>
        <source>Each key person works on a real task from their own workplace</source>
        <translation>Hver nøgleperson arbejder med en virkelig opgave fra sin egen arbejdsplads</translation>
    </message>
    <message>
        <source>A case market: a poster per case, dot voting, groups of four around the chosen cases</source>
        <translation>Casemarked: en plakat pr. case, prikafstemning, grupper på fire om de valgte cases</translation>
    </message>
    <message>
        <source>Fewer than three cases in a focus area: join it to the nearest one</source>
        <translation>Færre end tre cases i et fokusområde: læg det sammen med det nærmeste</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Frokost</translation>
    </message>
    <message>
        <source>Method: from problem to prototype</source>
        <translation>Metode: fra problem til prototype</translation>
    </message>
    <message>
        <source>A common way of working that the network meetings build on</source>
        <translation>En fælles arbejdsform, som netværksmøderne bygger videre på</translation>
    </message>
    <message>
        <source>An exercise in the case groups: define the problem, ideas, a first prototype on paper</source>
        <translation>Øvelse i casegrupperne: problemet defineres, idéer, en første prototype på papir</translation>
    </message>
    <message>
        <source>If the room is too small: a walk-and-talk outside for the idea phase</source>
        <translation>Hvis lokalet er for lille: walk-and-talk udenfor i idéfasen</translation>
    </message>
    <message>
        <source>Planning the year</source>
        <translation>Årets plan</translation>
    </message>
    <message>
        <source>Dates and promises before everyone goes home</source>
        <translation>Datoer og aftaler, før alle går hjem</translation>
    </message>
    <message>
        <source>Each group marks its milestones on the year wheel</source>
        <translation>Hver gruppe sætter sine milepæle på årshjulet</translation>
    </message>
    <message>
        <source>The year plan is sent by e-mail the day after</source>
        <translation>Årsplanen sendes på mail dagen efter</translation>
    </message>
    <message>
        <source>Evaluation and check-out</source>
        <translation>Evaluering og tjek-ud</translation>
    </message>
    <message>
        <source>What to change before the first network meeting</source>
        <translation>Hvad der skal ændres før det første netværksmøde</translation>
    </message>
    <message>
        <source>One word each, and a short questionnaire on paper</source>
        <translation>Ét ord fra hver og et kort spørgeskema på papir</translation>
    </message>
    <message>
        <source>The questionnaire by e-mail if time runs out</source>
        <translation>Spørgeskemaet på mail, hvis tiden løber ud</translation>
    </message>
    <message>
        <source>Arrival and coffee</source>
        <translation>Ankomst og kaffe</translation>
    </message>
    <message>
        <source>A calm start after a working day</source>
        <translation>En rolig start efter en arbejdsdag</translation>
    </message>
    <message>
        <source>Coffee in the lobby</source>
        <translation>Kaffe i foyeren</translation>
    </message>
    <message>
        <source>The conference centre</source>
        <translation>Konferencecentret</translation>
    </message>
    <message>
        <source>Welcome by the mayor</source>
        <translation>Velkomst ved borgmesteren</translation>
    </message>
    <message>
        <source>The council owns the programme</source>
        <translation>Byrådet ejer forløbet</translation>
    </message>
    <message>
        <source>A short speech on why the municipality innovates</source>
        <translation>En kort tale om, hvorfor kommunen innoverer</translation>
    </message>
    <message>
        <source>The mayor</source>
        <translation>Borgmesteren</translation>
    </message>
    <message>
        <source>The deputy mayor welcomes instead</source>
        <translation>Viceborgmesteren byder velkommen i stedet</translation>
    </message>
    <message>
        <source>What is public innovation?</source>
        <translation>Hvad er offentlig innovation?</translation>
    </message>
    <message>
        <source>A common language for the council and the administration</source>
        <translation>Et fælles sprog for byrådet og forvaltningen</translation>
    </message>
    <message>
        <source>A talk with cases from other municipalities, questions at the tables</source>
        <translation>Oplæg med cases fra andre kommuner, spørgsmål ved bordene</translation>
    </message>
    <message>
        <source>The council&apos;s role in innovation</source>
        <translation>Byrådets rolle i innovation</translation>
    </message>
    <message>
        <source>Members say where the council sets the direction and where it gives room</source>
        <translation>Medlemmerne siger, hvor byrådet sætter retningen, og hvor det giver plads</translation>
    </message>
    <message>
        <source>Workshop in four groups across parties, each with a dilemma card</source>
        <translation>Workshop i fire grupper på tværs af partier, hver med et dilemmakort</translation>
    </message>
    <message>
        <source>With fewer than 20 members: two groups</source>
        <translation>Med færre end 20 medlemmer: to grupper</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Middag</translation>
    </message>
    <message>
        <source>Reflections and tomorrow&apos;s plan</source>
        <translation>Refleksioner og morgendagens program</translation>
    </message>
    <message>
        <source>End the day with what was learnt</source>
        <translation>Dagen sluttes med det, vi har lært</translation>
    </message>
    <message>
        <source>A round at the tables, the Saturday programme on screen</source>
        <translation>En runde ved bordene, lørdagens program på skærmen</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ExampleBudget</name>
    <message>
        <source>Facilitation, one course day</source>
        <translation>Facilitering, én kursusdag</translation>
    </message>
    <message>
        <source>Facilitation, half days</source>
        <translation>Facilitering, halve dage</translation>
    </message>
    <message>
        <source>Lunch and coffee at the town hall</source>
        <translation>Frokost og kaffe på rådhuset</translation>
    </message>
    <message>
        <source>Trainer, full days on site</source>
        <translation>Underviser, hele dage på stedet</translation>
    </message>
    <message>
        <source>Day package at the conference centre</source>
        <translation>Dagpakke på konferencecentret</translation>
    </message>
    <message>
        <source>Book and workbook per manager</source>
        <translation>Bog og arbejdshæfte pr. leder</translation>
    </message>
    <message>
        <source>Facilitation, half day</source>
        <translation>Facilitering, halv dag</translation>
    </message>
    <message>
        <source>Facilitation, a day and a half</source>
        <translation>Facilitering, halvanden dag</translation>
    </message>
    <message>
        <source>Full board with overnight stay</source>
        <translation>Helpension med overnatning</translation>
    </message>
    <message>
        <source>Fee for the invited expert</source>
        <translation>Honorar til den inviterede ekspert</translation>
    </message>
    <message>
        <source>Consultant by the hour</source>
        <translation>Konsulent pr. time</translation>
    </message>
    <message>
        <source>The consultant&apos;s mileage, km</source>
        <translation>Konsulentens kørsel, km</translation>
    </message>
    <message>
        <source>Printing the programme</source>
        <translation>Tryk af programmet</translation>
    </message>
    <message>
        <source>Evaluation: surveys and report</source>
        <translation>Evaluering: spørgeskemaer og rapport</translation>
    </message>
    <message>
        <source>The municipal competence fund</source>
        <translation>Den Kommunale Kompetencefond</translation>
    </message>
    <message>
        <source>Central Jutland Academy of Professional Education</source>
        <translation>Erhvervsakademi Midtjylland</translation>
    </message>
    <message>
        <source>The municipality&apos;s development pool</source>
        <translation>Kommunens udviklingspulje</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ExampleEvaluation</name>
    <message>
        <source>Key persons, employees and managers of every department, the city council, and the volunteers and local businesses the municipality works with.</source>
        <translation>Nøglepersoner, medarbejdere og ledere i alle forvaltninger, politikerne og de frivillige og lokale virksomheder, kommunen samarbejder med.</translation>
    </message>
    <message>
        <source>A network of key persons, four leadership modules, seminars and a masterclass for the council, brown-bag meetings open to all and an innovation day.</source>
        <translation>Et netværk af nøglepersoner, fire ledelsesmoduler, seminarer og en masterclass for politikerne, gå hjem-møder åbne for alle og en innovationsdag.</translation>
    </message>
    <message>
        <source>Methods for running and evaluating small experiments, for involving citizens early and for spreading what works; the manager&apos;s part in leading innovation.</source>
        <translation>Metoder til at gennemføre og evaluere små forsøg, til at inddrage borgerne tidligt og til at sprede det, der virker; lederens rolle i at lede innovation.</translation>
    </message>
    <message>
        <source>Managers give their staff room and time to test new solutions; key persons run experiments in their own area; the council asks for experiments and their evaluation in its decisions.</source>
        <translation>Lederne giver medarbejderne rum og tid til at afprøve nye løsninger; nøglepersonerne gennemfører forsøg på eget område; politikerne efterspørger forsøg og deres evaluering i deres beslutninger.</translation>
    </message>
    <message>
        <source>More experiments started and evaluated in the three focus areas; colleagues and citizens notice new ways of working in elder care, urban development and for children and young people.</source>
        <translation>Flere forsøg sat i gang og evalueret i de tre fokusområder; kolleger og borgere mærker nye måder at arbejde på i ældreplejen, byudviklingen og for børn og unge.</translation>
    </message>
    <message>
        <source>Better welfare for the same money, employees who find room for new ideas, and political goals reached with the citizens involved.</source>
        <translation>Bedre velfærd for de samme penge, medarbejdere, der oplever rum for nye idéer, og politiske mål nået med borgerne inddraget.</translation>
    </message>
    <message>
        <source>Managers have time to follow up between the modules; staff in care and daycare can be released with cover; the council keeps the focus areas through the budget season.</source>
        <translation>Lederne har tid til at følge op mellem modulerne; medarbejdere i pleje og dagtilbud kan frigøres med vikardækning; politikerne holder fast i fokusområderne gennem budgetlægningen.</translation>
    </message>
    <message>
        <source>Half of the managers have led an experiment in their own area a year after the academy, and the key persons&apos; cases are in use in at least three departments.</source>
        <translation>Halvdelen af lederne har ledet et forsøg på eget område et år efter akademiet, og nøglepersonernes cases er i brug i mindst tre forvaltninger.</translation>
    </message>
    <message>
        <source>Agree with each participant on a case from their own work and what they should bring back, and plan the cover for their days away.</source>
        <translation>Aftal med hver deltager en case fra eget arbejde og hvad de skal tage med hjem, og planlæg vikardækningen for de dage, de er væk.</translation>
    </message>
    <message>
        <source>Give time to work on the case between the modules, and take part when the network presents its cases.</source>
        <translation>Giv tid til at arbejde med casen mellem modulerne, og deltag, når netværket fremlægger sine cases.</translation>
    </message>
    <message>
        <source>Put the experiments on the department&apos;s agenda, hold a follow-up meeting three months after the academy, and share the results at the innovation day next year.</source>
        <translation>Sæt forsøgene på forvaltningens dagsorden, hold et opfølgningsmøde tre måneder efter akademiet, og del resultaterne på næste års innovationsdag.</translation>
    </message>
    <message>
        <source>Methods for innovation and for involving citizens in a case.</source>
        <translation>Metoder til innovation og til at inddrage borgere i en case.</translation>
    </message>
    <message>
        <source>Plan and run a small experiment with colleagues and evaluate it.</source>
        <translation>Planlægge og gennemføre et lille forsøg med kolleger og evaluere det.</translation>
    </message>
    <message>
        <source>Carry a method from one case into the daily work of the department.</source>
        <translation>Føre en metode fra én case over i forvaltningens daglige arbejde.</translation>
    </message>
    <message>
        <source>The manager&apos;s role in innovation and how an experiment is led.</source>
        <translation>Lederens rolle i innovation og hvordan et forsøg ledes.</translation>
    </message>
    <message>
        <source>Lead an experiment with the staff and follow it up with data.</source>
        <translation>Lede et forsøg med medarbejderne og følge op på det med data.</translation>
    </message>
    <message>
        <source>Make room for innovation in one&apos;s own area and share what works with other managers.</source>
        <translation>Skabe rum for innovation på eget område og dele det, der virker, med andre ledere.</translation>
    </message>
    <message>
        <source>How innovation happens in a municipality, and the council&apos;s part in it.</source>
        <translation>Hvordan innovation sker i en kommune, og politikernes rolle i det.</translation>
    </message>
    <message>
        <source>Ask for experiments and their evaluation in the council&apos;s decisions.</source>
        <translation>Efterspørge forsøg og deres evaluering i de politiske beslutninger.</translation>
    </message>
    <message>
        <source>Set political goals that leave room for new solutions.</source>
        <translation>Sætte politiske mål, der giver plads til nye løsninger.</translation>
    </message>
    <message>
        <source>Examples of innovation from across the municipality and its partners.</source>
        <translation>Eksempler på innovation fra hele kommunen og dens partnere.</translation>
    </message>
    <message>
        <source>Use one method from the brown-bag meetings in one&apos;s own work.</source>
        <translation>Bruge én metode fra gå hjem-møderne i eget arbejde.</translation>
    </message>
    <message>
        <source>Take part in innovation across departments, volunteers and businesses.</source>
        <translation>Deltage i innovation på tværs af forvaltninger, frivillige og virksomheder.</translation>
    </message>
    <message>
        <source>Experiments started in the focus areas</source>
        <translation>Forsøg sat i gang i fokusområderne</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>om året</translation>
    </message>
    <message>
        <source>Employees who find there is room for new ideas</source>
        <translation>Medarbejdere, der oplever rum for nye idéer</translation>
    </message>
    <message>
        <source>Managers who have led an experiment in their own area</source>
        <translation>Ledere, der har ledet et forsøg på eget område</translation>
    </message>
    <message>
        <source>Council decisions that ask for an experiment or its evaluation</source>
        <translation>Politiske beslutninger, der efterspørger et forsøg eller dets evaluering</translation>
    </message>
    <message>
        <source>Key persons who can plan and evaluate an experiment</source>
        <translation>Nøglepersoner, der kan planlægge og evaluere et forsøg</translation>
    </message>
    <message>
        <source>The managers&apos; rating of the modules</source>
        <translation>Ledernes vurdering af modulerne</translation>
    </message>
    <message>
        <source>of 5</source>
        <translation>ud af 5</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ExampleProject</name>
    <message>
        <source>%1 Town Hall</source>
        <translation>%1 Rådhus</translation>
    </message>
    <message>
        <source>Søhøjlandet Conference Centre</source>
        <translation>Konferencecenter Søhøjlandet</translation>
    </message>
    <message>
        <source>Innovation Academy %1 2027</source>
        <translation>Innovationsakademi %1 2027</translation>
    </message>
    <message>
        <source>Welfare technology in elder care</source>
        <translation>Velfærdsteknologi i ældreplejen</translation>
    </message>
    <message>
        <source>Citizen involvement in urban development</source>
        <translation>Borgerinddragelse i byudviklingen</translation>
    </message>
    <message>
        <source>A coherent effort for children and young people</source>
        <translation>En sammenhængende indsats for børn og unge</translation>
    </message>
    <message>
        <source>Children and Young People</source>
        <translation>Børn og Unge</translation>
    </message>
    <message>
        <source>Health and Care</source>
        <translation>Sundhed og Omsorg</translation>
    </message>
    <message>
        <source>Technical Services and Environment</source>
        <translation>Teknik og Miljø</translation>
    </message>
    <message>
        <source>Culture, Sport and Leisure</source>
        <translation>Kultur, Sport og Fritid</translation>
    </message>
    <message>
        <source>Finance and Human Resources</source>
        <translation>Økonomi og Personale</translation>
    </message>
    <message>
        <source>Jobs and Citizen Services</source>
        <translation>Job og Borgerservice</translation>
    </message>
    <message>
        <source>Lakeland Volunteer Centre</source>
        <translation>Frivilligcenter Søhøjlandet</translation>
    </message>
    <message>
        <source>Gudenå Welfare Tech ApS</source>
        <translation>Gudenå Velfærdsteknologi ApS</translation>
    </message>
    <message>
        <source>Central Jutland Academy of Professional Education</source>
        <translation>Erhvervsakademi Midtjylland</translation>
    </message>
    <message>
        <source>Kick-off workshop for the network</source>
        <translation>Opstartsworkshop for netværket</translation>
    </message>
    <message>
        <source>The key persons meet, choose their cases within the focus areas and plan the year.</source>
        <translation>Nøglepersonerne mødes, vælger deres cases inden for fokusområderne og planlægger året.</translation>
    </message>
    <message>
        <source>Network meetings</source>
        <translation>Netværksmøder</translation>
    </message>
    <message>
        <source>Half-day meetings: cases from the participants&apos; own work, a method and peer sparring.</source>
        <translation>Halvdagsmøder: cases fra deltagernes eget arbejde, en metode og kollegial sparring.</translation>
    </message>
    <message>
        <source>Leading innovation, group A</source>
        <translation>Ledelse af innovation, hold A</translation>
    </message>
    <message>
        <source>Leading innovation, group B</source>
        <translation>Ledelse af innovation, hold B</translation>
    </message>
    <message>
        <source>Leading innovation, group C</source>
        <translation>Ledelse af innovation, hold C</translation>
    </message>
    <message>
        <source>Four full-day modules on innovation methods, the manager&apos;s role and leading experiments in one&apos;s own area.</source>
        <translation>Fire heldagsmoduler om innovationsmetoder, lederens rolle og ledelse af eksperimenter på eget område.</translation>
    </message>
    <message>
        <source>Leadership seminar: what did we learn?</source>
        <translation>Ledelsesseminar: Hvad har vi lært?</translation>
    </message>
    <message>
        <source>All managers present their experiments and agree on what to carry on.</source>
        <translation>Alle ledere fremlægger deres eksperimenter og aftaler, hvad der skal videreføres.</translation>
    </message>
    <message>
        <source>A day and a half on the council&apos;s role in innovation, with an overnight stay.</source>
        <translation>Halvanden dag om byrådets rolle i innovationsarbejdet, med overnatning.</translation>
    </message>
    <message>
        <source>Masterclass: innovation in welfare</source>
        <translation>Masterclass: velfærdsinnovation</translation>
    </message>
    <message>
        <source>An external expert and the administration on new welfare solutions.</source>
        <translation>En ekstern ekspert og administrationen i dialog om nye velfærdsløsninger.</translation>
    </message>
    <message>
        <source>Invited expert</source>
        <translation>Inviteret ekspert</translation>
    </message>
    <message>
        <source>Theme day: citizen involvement</source>
        <translation>Temadag: borgerinddragelse</translation>
    </message>
    <message>
        <source>How the council involves citizens early in urban development.</source>
        <translation>Hvordan byrådet inddrager borgerne tidligt i byudviklingen.</translation>
    </message>
    <message>
        <source>Brown-bag meetings</source>
        <translation>Gå hjem-møder</translation>
    </message>
    <message>
        <source>Two hours at the town hall: one case, one method, open to all.</source>
        <translation>To timer på rådhuset: én case, én metode – åbent for alle.</translation>
    </message>
    <message>
        <source>Innovation day</source>
        <translation>Innovationsdag</translation>
    </message>
    <message>
        <source>Employees, volunteer organisations and local businesses share what works.</source>
        <translation>Medarbejdere, frivillige organisationer og lokale virksomheder deler erfaringer med det, der virker.</translation>
    </message>
    <message>
        <source>To strengthen the innovation capacity of the whole municipal organisation, from employees through managers to %1, and to anchor innovative work in the daily collaboration with citizens, businesses and volunteer organisations.</source>
        <translation>At styrke innovationskraften i hele den kommunale organisation, fra medarbejdere over ledere til %1, og at forankre det innovative arbejde i det daglige samarbejde med borgere, virksomheder og frivillige organisationer.</translation>
    </message>
    <message>
        <source>Leading innovation</source>
        <translation>Ledelse af innovation</translation>
    </message>
    <message>
        <source>Start-up seminar for %1</source>
        <translation>Opstartsseminar for %1</translation>
    </message>
    <message>
        <source>Brings volunteers from the local associations; wants the innovation day held on a weekday.</source>
        <translation>Kommer med frivillige fra de lokale foreninger; ønsker innovationsdagen holdt på en hverdag.</translation>
    </message>
    <message>
        <source>Offers its showroom for a session; the terms are being settled.</source>
        <translation>Tilbyder sit showroom til en session; vilkårene er ved at blive aftalt.</translation>
    </message>
    <message>
        <source>Co-finances the leadership modules from its continuing education funds.</source>
        <translation>Medfinansierer ledelsesmodulerne fra sine midler til efteruddannelse.</translation>
    </message>
    <message>
        <source>Co-hosts the day and brings volunteers</source>
        <translation>Er medarrangør af dagen og kommer med frivillige</translation>
    </message>
    <message>
        <source>Tells how volunteers take part in urban development</source>
        <translation>Fortæller, hvordan frivillige deltager i byudviklingen</translation>
    </message>
    <message>
        <source>Shows welfare technology in use</source>
        <translation>Viser velfærdsteknologi i brug</translation>
    </message>
    <message>
        <source>Teaches innovation methods in the modules</source>
        <translation>Underviser i innovationsmetoder på modulerne</translation>
    </message>
    <message>
        <source>The residential seminar runs from Friday afternoon to Saturday, as agreed with the mayor.</source>
        <translation>Internatet løber fra fredag eftermiddag til lørdag efter aftale med borgmesteren.</translation>
    </message>
    <message>
        <source>Name tags, posters and dot stickers for the case market, the year wheel printed in A0, post-its and markers for every table.</source>
        <translation>Navneskilte, plakater og prikker til casemarkedet, årshjulet printet i A0, post-its og tusser til hvert bord.</translation>
    </message>
    <message>
        <source>Name tags, the programme printed for every member, flip-overs in the group rooms, the municipality&apos;s strategy in print.</source>
        <translation>Navneskilte, programmet printet til hvert medlem, flipovers i grupperummene, kommunens strategi på tryk.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ExportFile</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Kan ikke skrive %1: mappen %2 findes ikke.</translation>
    </message>
    <message>
        <source>Cannot write %1: that is a folder.</source>
        <translation>Kan ikke skrive %1: det er en mappe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ExportPlanDialog</name>
    <message>
        <source>Add the &amp;participants of each activity (personal data)</source>
        <translation>Tilføj &amp;deltagerne i hver aktivitet (personoplysninger)</translation>
    </message>
    <message>
        <source>PDF/&amp;A-1b for archiving</source>
        <translation>PDF/&amp;A-1b til arkivering</translation>
    </message>
    <message>
        <source>Export Programme Plan</source>
        <translation>Eksporter programplan</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akademi</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Planens sprog</translation>
    </message>
    <message>
        <source>A&amp;cademy:</source>
        <translation>A&amp;kademi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Forhåndsvisning…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Save Programme Plan</source>
        <translation>Gem programplan</translation>
    </message>
    <message>
        <source>Programme Plan Preview</source>
        <translation>Forhåndsvisning af programplan</translation>
    </message>
    <message>
        <source>Show the participants&apos; &amp;working time in the budget</source>
        <translation>Vis deltagernes &amp;arbejdstid i budgettet</translation>
    </message>
</context>
<context>
    <name>Akademiplan::FileActions</name>
    <message>
        <source>Akademiplan projects (*.akademi)</source>
        <translation>Akademiplan-projekter (*.akademi)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>The change failed</source>
        <translation>Ændringen mislykkedes</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <source>Project in Use</source>
        <translation>Projektet er i brug</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projektet kan ikke åbnes</translation>
    </message>
    <message>
        <source>Opened Read-Only</source>
        <translation>Åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>Project Changed by Someone Else</source>
        <translation>Projektet er ændret af en anden</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Projektet kan ikke gemmes</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Gem projekt som</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 har ikke-gemte ændringer. Vil du gemme dem, før du lukker?</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Gendan ikke-gemt arbejde</translation>
    </message>
    <message>
        <source>Akademiplan ended without saving %1 (last change %2). Recover the unsaved work?</source>
        <translation>Akademiplan blev lukket uden at gemme %1 (seneste ændring %2). Vil du gendanne det ikke-gemte arbejde?</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Arbejdet kan ikke gendannes</translation>
    </message>
    <message>
        <source>a project that was never saved</source>
        <translation>et projekt, der aldrig blev gemt</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn s&amp;eneste</translation>
    </message>
    <message>
        <source>Export Programme Plan</source>
        <translation>Eksporter programplan</translation>
    </message>
    <message>
        <source>Add an academy first; the plan shows one academy.</source>
        <translation>Tilføj først et akademi; planen viser ét akademi.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Åbner %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Gemmer %1…</translation>
    </message>
    <message>
        <source>Problems in the Project</source>
        <translation>Problemer i projektet</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n row(s) that break Akademiplan&apos;s rules, perhaps because another program wrote it. It is open so that you can mend them.</source>
        <translation>
            <numerusform>%1 har %n række, der bryder Akademiplans regler, måske fordi et andet program har skrevet filen. Den er åbnet, så du kan rette den.</numerusform>
            <numerusform>%1 har %n rækker, der bryder Akademiplans regler, måske fordi et andet program har skrevet filen. Den er åbnet, så du kan rette dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>Lukker %1…</translation>
    </message>
    <message>
        <source>S&amp;hare a Copy…</source>
        <translation>&amp;Del en kopi…</translation>
    </message>
    <message>
        <source>Share a Copy</source>
        <translation>Del en kopi</translation>
    </message>
    <message>
        <source>The copy is made from the saved project. Save %1 first?</source>
        <translation>Kopien laves ud fra det gemte projekt. Vil du gemme %1 først?</translation>
    </message>
    <message>
        <source>%1 (without personal data).akademi</source>
        <translation>%1 (uden personoplysninger).akademi</translation>
    </message>
    <message>
        <source>%1 (copy).akademi</source>
        <translation>%1 (kopi).akademi</translation>
    </message>
    <message>
        <source>Sharing %1…</source>
        <translation>Deler %1…</translation>
    </message>
    <message>
        <source>Cannot Share a Copy</source>
        <translation>Kopien kan ikke deles</translation>
    </message>
    <message>
        <source>The copy %1 is ready to send.</source>
        <translation>Kopien %1 er klar til at blive sendt.</translation>
    </message>
    <message>
        <source>Project Changed on Disk</source>
        <translation>Projektet er ændret på disken</translation>
    </message>
    <message>
        <source>%1 was changed on disk since you opened it: a colleague saved it, or a sync service replaced it.</source>
        <translation>%1 er blevet ændret på disken, siden du åbnede den: en kollega har gemt den, eller en synkroniseringstjeneste har erstattet den.</translation>
    </message>
    <message>
        <source>Reload it to see the new version; your unsaved changes are then lost. Or keep working, and save your version as a new file, so that neither is lost.</source>
        <translation>Genindlæs den for at se den nye version; dine ikke-gemte ændringer går så tabt. Eller arbejd videre, og gem din version som en ny fil, så ingen af dem går tabt.</translation>
    </message>
    <message>
        <source>Reload it to see the new version, or keep working on the version you see and save it as a new file.</source>
        <translation>Genindlæs den for at se den nye version, eller arbejd videre med den version, du ser, og gem den som en ny fil.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Arbejd videre</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>Sa&amp;mmenlign med…</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Sammenlign med</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Sammenligner med %1…</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Filerne kan ikke sammenlignes</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <source>1 change was taken in from %1.</source>
        <translation>1 ændring er taget med fra %1.</translation>
    </message>
    <message>
        <source>%1 changes were taken in from %2.</source>
        <translation>%1 ændringer er taget med fra %2.</translation>
    </message>
    <message>
        <source>Save the project to keep them; Undo takes the whole merge back.</source>
        <translation>Gem projektet for at beholde dem; med Fortryd tager du hele fletningen tilbage.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er gemt.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gemt som %1.</translation>
    </message>
    <message>
        <source>Open the E&amp;xample</source>
        <translation>Åbn e&amp;ksemplet</translation>
    </message>
    <message>
        <source>Open the Example</source>
        <translation>Åbn eksemplet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;Programme Plan…</source>
        <translation>&amp;Programplan…</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender…</translation>
    </message>
    <message>
        <source>Connect to Se&amp;rver…</source>
        <translation>Forbind til se&amp;rver…</translation>
    </message>
    <message>
        <source>Opening the project on %1…</source>
        <translation>Åbner projektet på %1…</translation>
    </message>
    <message>
        <source>Wrote the project as %1, with its history; this window stays on the team server.</source>
        <translation>Skrev projektet som %1 med dets historik; dette vindue bliver på teamserveren.</translation>
    </message>
    <message>
        <source>Every change is on the team server already; nothing new for the change log.</source>
        <translation>Alle ændringer er allerede på teamserveren; der er intet nyt til ændringsloggen.</translation>
    </message>
    <message>
        <source>Every change was on the team server already; the change log now has yours as revision %1.</source>
        <translation>Alle ændringer var allerede på teamserveren; ændringsloggen har nu dine som version %1.</translation>
    </message>
    <message>
        <source>They are stored already; Undo takes the whole merge back.</source>
        <translation>De er allerede gemt; Fortryd tager hele sammenfletningen tilbage.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::FileDialog</name>
    <message>
        <source>Akademiplan project</source>
        <translation>Akademiplan-projekt</translation>
    </message>
</context>
<context>
    <name>Akademiplan::FundingTableModel</name>
    <message>
        <source>The competence fund&apos;s share of each eligible person&apos;s costs, in per cent</source>
        <translation>Kompetencefondens andel af hver berettiget persons udgifter, i procent</translation>
    </message>
    <message>
        <source>The most the competence fund pays for one person in a year</source>
        <translation>Det meste, kompetencefonden betaler for én person på et år</translation>
    </message>
    <message>
        <source>What the source pays by the plan as it is now</source>
        <translation>Hvad kilden betaler efter planen, som den er nu</translation>
    </message>
    <message>
        <source>What the source has actually paid; empty until known</source>
        <translation>Hvad kilden faktisk har betalt; tom indtil det kendes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Pledged, kr.</source>
        <translation>Tilsagn, kr.</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Andel, %</translation>
    </message>
    <message>
        <source>Cap per person, kr.</source>
        <translation>Loft pr. person, kr.</translation>
    </message>
    <message>
        <source>Pays, kr.</source>
        <translation>Betaler, kr.</translation>
    </message>
    <message>
        <source>Received, kr.</source>
        <translation>Modtaget, kr.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historik for %1</translation>
    </message>
    <message>
        <source>Saves of the project</source>
        <translation>Projektets gemte versioner</translation>
    </message>
    <message>
        <source>The project has not been saved yet.</source>
        <translation>Projektet er endnu ikke gemt.</translation>
    </message>
    <message>
        <source>Every save of the project, newest first. Unsaved changes are not listed.</source>
        <translation>Alle de gange, projektet er gemt, med den nyeste først. Ikke-gemte ændringer vises ikke.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::HistoryModel</name>
    <message>
        <source>Merged a copy that came back</source>
        <translation>Kopi, der er kommet retur, flettet ind</translation>
    </message>
    <message>
        <source>Merged %1</source>
        <translation>%1 flettet ind</translation>
    </message>
    <message>
        <source>Shared a copy without personal data</source>
        <translation>Kopi uden personoplysninger delt</translation>
    </message>
    <message>
        <source>Shared a copy with personal data</source>
        <translation>Kopi med personoplysninger delt</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 med %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ikke oplyst)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gemt af</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ændringer</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ImportParticipantsDialog</name>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Role words the program does not know</source>
        <translation>Rollebetegnelser, programmet ikke kender</translation>
    </message>
    <message>
        <source>&amp;Update people who are already in the project with the list&apos;s details</source>
        <translation>&amp;Opdater personer, der allerede findes i projektet, med listens oplysninger</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with problems</source>
        <translation>&amp;Udelad rækkerne med problemer</translation>
    </message>
    <message>
        <source>Import Participants from %1</source>
        <translation>Importer deltagere fra %1</translation>
    </message>
    <message>
        <source>Read as the file looks: %1.</source>
        <translation>Læst, som filen ser ud: %1.</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>&amp;Tegnsæt:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolonne %1</translation>
    </message>
    <message>
        <source>(choose a role)</source>
        <translation>(vælg en rolle)</translation>
    </message>
    <message>
        <source>“%1” means:</source>
        <translation>»%1« betyder:</translation>
    </message>
    <message>
        <source>Correct the rows with problems in the file and open it again, or leave them out to import the rest.</source>
        <translation>Ret rækkerne med problemer i filen, og åbn den igen, eller udelad dem for at importere resten.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importeret: %1.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Opdateres</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Findes allerede</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Springes over</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (ny)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemer og bemærkninger</translation>
    </message>
</context>
<context>
    <name>Akademiplan::IndicatorStatus</name>
    <message>
        <source>Not measured yet</source>
        <translation>Ikke målt endnu</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Intet mål sat</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Mål nået</translation>
    </message>
    <message>
        <source>Short of target</source>
        <translation>Under målet</translation>
    </message>
</context>
<context>
    <name>Akademiplan::IndicatorTableModel</name>
    <message>
        <source>Higher is better</source>
        <translation>Højere er bedre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <source>Whole academy</source>
        <translation>Hele akademiet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when, then the planned date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <comment>a planned measurement whose day has passed</comment>
        <translation>%1 (overskredet)</translation>
    </message>
    <message>
        <source>Kirkpatrick&apos;s level: reaction, learning, behaviour or results</source>
        <translation>Kirkpatricks niveau: reaktion, læring, adfærd eller resultater</translation>
    </message>
    <message>
        <source>The kind of public value the indicator shows</source>
        <translation>Den type offentlig værdi, indikatoren viser</translation>
    </message>
    <message>
        <source>Where the indicator starts, before the academy; empty until known</source>
        <translation>Hvor indikatoren står før akademiet; tom, indtil det kendes</translation>
    </message>
    <message>
        <source>Where it should end; empty while no target is set</source>
        <translation>Hvor den skal ende; tom, så længe der ikke er sat et mål</translation>
    </message>
    <message>
        <source>The latest measured value</source>
        <translation>Den seneste målte værdi</translation>
    </message>
    <message>
        <source>The next measurement planned and not yet made; marked when its day has passed</source>
        <translation>Den næste planlagte måling, der ikke er foretaget endnu; markeret, når dagen er passeret</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Public value</source>
        <translation>Offentlig værdi</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next measurement</source>
        <translation>Næste måling</translation>
    </message>
</context>
<context>
    <name>Akademiplan::InvitationDialog</name>
    <message>
        <source>Invitation Letter</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Invitationens sprog</translation>
    </message>
    <message>
        <source>The letter, with placeholders</source>
        <translation>Invitationen med pladsholdere</translation>
    </message>
    <message>
        <source>The letter as it will read</source>
        <translation>Invitationen, som den kommer til at lyde</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Pladsholdere</translation>
    </message>
    <message>
        <source>Double-click a placeholder to put it where the cursor is</source>
        <translation>Dobbeltklik på en pladsholder for at sætte den ind, hvor markøren står</translation>
    </message>
    <message>
        <source>Use the S&amp;tandard Letter</source>
        <translation>Brug s&amp;tandardinvitationen</translation>
    </message>
    <message>
        <source>A&amp;ctivity:</source>
        <translation>A&amp;ktivitet:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>L&amp;etter:</source>
        <translation>&amp;Invitation:</translation>
    </message>
    <message>
        <source>As it will read:</source>
        <translation>Sådan kommer den til at lyde:</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>&amp;Pladsholdere:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <source>Save as Te&amp;xt…</source>
        <translation>Gem som &amp;tekst…</translation>
    </message>
    <message>
        <source>C&amp;opy Text</source>
        <translation>K&amp;opiér tekst</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Forhåndsvisning…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Copy the letter as it will read, to paste into an e-mail</source>
        <translation>Kopiér invitationen, som den kommer til at lyde, så den kan sættes ind i en mail</translation>
    </message>
    <message>
        <source>Invitation Letter Preview</source>
        <translation>Vis invitationen</translation>
    </message>
    <message>
        <source>Save Invitation Letter</source>
        <translation>Gem invitation</translation>
    </message>
    <message>
        <source>Invitation %1</source>
        <translation>Invitation %1</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <source>Cannot Save Invitation Letter</source>
        <translation>Invitationen kan ikke gemmes</translation>
    </message>
</context>
<context>
    <name>Akademiplan::InvitationLetter</name>
    <message>
        <source>the activity&apos;s title</source>
        <translation>aktivitetens titel</translation>
    </message>
    <message>
        <source>the academy&apos;s name</source>
        <translation>akademiets navn</translation>
    </message>
    <message>
        <source>the track&apos;s name</source>
        <translation>sporets navn</translation>
    </message>
    <message>
        <source>the activity&apos;s description</source>
        <translation>aktivitetens beskrivelse</translation>
    </message>
    <message>
        <source>the sessions with weekday, date, time and place, one a line</source>
        <translation>sessionerne med ugedag, dato, tid og sted, én pr. linje</translation>
    </message>
    <message>
        <source>the activity&apos;s place</source>
        <translation>aktivitetens sted</translation>
    </message>
    <message>
        <source>who facilitates the activity</source>
        <translation>hvem der faciliterer aktiviteten</translation>
    </message>
    <message>
        <source>the academy&apos;s consultant</source>
        <translation>akademiets konsulent</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>The dates will follow.</source>
        <translation>Datoerne følger.</translation>
    </message>
    <message>
        <source>Dear participant,

You are invited to %1, part of %2.

%3

We meet on these days:
%4

Please let us know whether you can take part by answering this e-mail.

Kind regards
%5
%6</source>
        <comment>the standard invitation letter: %1 activity, %2 academy, %3 description, %4 sessions, %5 consultant, %6 municipality</comment>
        <translation>Kære deltager,

Du inviteres til %1, som er en del af %2.

%3

Vi mødes disse dage:
%4

Giv os venligst besked, om du kan deltage, ved at svare på denne mail.

Venlig hilsen
%5
%6</translation>
    </message>
    <message>
        <source>Invitation: %1</source>
        <translation>Invitation: %1</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::IssueText</name>
    <message>
        <source>Academy “%1”</source>
        <translation>Akademiet »%1«</translation>
    </message>
    <message>
        <source>Track “%1”</source>
        <translation>Sporet »%1«</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Aktiviteten »%1«</translation>
    </message>
    <message>
        <source>Session on %1 of “%2”</source>
        <translation>Sessionen den %1 i »%2«</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>Organisationen »%1«</translation>
    </message>
    <message>
        <source>Participant “%1”</source>
        <translation>Deltageren »%1«</translation>
    </message>
    <message>
        <source>Enrolment of “%1”</source>
        <translation>Tilmeldingen af »%1«</translation>
    </message>
    <message>
        <source>Attendance of “%1”</source>
        <translation>Fremmødet for »%1«</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>row: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Partnership of “%1”</source>
        <translation>Partnerskab med »%1«</translation>
    </message>
    <message>
        <source>Dismissed warning “%1”</source>
        <translation>Kvitteret advarsel »%1«</translation>
    </message>
    <message>
        <source>Cost line “%1”</source>
        <translation>Budgetlinjen »%1«</translation>
    </message>
    <message>
        <source>Staff rate for %1</source>
        <translation>Timesatsen for %1</translation>
    </message>
    <message>
        <source>Funding “%1”</source>
        <translation>Finansieringen »%1«</translation>
    </message>
    <message>
        <source>Programme theory of “%1”</source>
        <translation>Forandringsteorien for »%1«</translation>
    </message>
    <message>
        <source>Learning goal “%1”</source>
        <translation>Læringsmålet »%1«</translation>
    </message>
    <message>
        <source>Indicator “%1”</source>
        <translation>Indikatoren »%1«</translation>
    </message>
    <message>
        <source>Measurement of “%1”</source>
        <translation>Målingen af »%1«</translation>
    </message>
    <message>
        <source>Agenda item “%1” on %2</source>
        <translation>Punktet »%1« på dagsordenen %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::LearningGoalTableModel</name>
    <message>
        <source>What the participants will know, be able to do, or take responsibility for afterwards</source>
        <translation>Hvad deltagerne bagefter ved, kan eller kan tage ansvar for</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Læringsmål</translation>
    </message>
</context>
<context>
    <name>Akademiplan::MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Værktøjslinje</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: action, shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Akademiplan::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>%1 – %2[*]</source>
        <translation>%1 – %2[*]</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Fortrydelseshistorik</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;åbnet fil&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Fortrydelseshistorik</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>&amp;Deltagere</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Fortrydelses&amp;historik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Akademiplan</source>
        <translation>&amp;Om Akademiplan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>The Change Was Not Made</source>
        <translation>Ændringen blev ikke foretaget</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(skrivebeskyttet)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Undo/Redo step</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A copy shared on %1 without personal data: people are shown by neutral labels.</source>
        <translation>En kopi delt den %1 uden personoplysninger: personer vises med neutrale betegnelser.</translation>
    </message>
    <message>
        <source>A copy shared on %1.</source>
        <translation>En kopi delt den %1.</translation>
    </message>
    <message>
        <source>(copy without personal data)</source>
        <translation>(kopi uden personoplysninger)</translation>
    </message>
    <message>
        <source>State of the project file</source>
        <translation>Projektfilens tilstand</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Fortrudt: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Omgjort: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file state, then what the copy is</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er gemt.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Åbn %1</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtnere</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <source>Export Programme Plan</source>
        <translation>Eksporter programplan</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluering</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Every change is stored on the team server as you make it</source>
        <translation>Hver ændring gemmes på teamserveren, når du laver den</translation>
    </message>
</context>
<context>
    <name>Akademiplan::MeasurementTableModel</name>
    <message>
        <source>The measured value; empty while the measurement is only planned</source>
        <translation>Den målte værdi; tom, så længe målingen kun er planlagt</translation>
    </message>
    <message>
        <source>The value against the indicator&apos;s target, in the direction that is better</source>
        <translation>Værdien holdt op mod indikatorens mål i den retning, der er bedre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>Mod målet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Akademiplan::MergePlan</name>
    <message>
        <source>Not decided: %1</source>
        <translation>Ikke afgjort: %1</translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither in your file nor taken in.</source>
        <translation>%1 henviser til %2, som hverken findes i din fil eller tages med.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be used as its %3.</source>
        <translation>%1: »%2« kan ikke bruges som %3.</translation>
    </message>
    <message>
        <source>%1 would have %2 people enrolled for %3 places.</source>
        <translation>%1 ville få %2 tilmeldte til %3 pladser.</translation>
    </message>
    <message>
        <source>%1 is already signed up for this in your file; their enrolment is left out: %2</source>
        <translation>%1 er allerede tilmeldt i din fil; deres tilmelding udelades: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::Migrations</name>
    <message>
        <source>Could not start updating the file.</source>
        <translation>Opdateringen af filen kunne ikke startes.</translation>
    </message>
    <message>
        <source>The schema for version %1 is missing.</source>
        <translation>Skemaet for version %1 mangler.</translation>
    </message>
    <message>
        <source>Could not finish updating the file to version %1.</source>
        <translation>Opdateringen af filen til version %1 kunne ikke gennemføres.</translation>
    </message>
    <message>
        <source>Updating the file to version %1 would leave rows that refer to rows that do not exist.</source>
        <translation>Opdateringen af filen til version %1 ville efterlade rækker, der henviser til rækker, som ikke findes.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::NamedRows</name>
    <message>
        <source>Several academies are called &quot;%1&quot;.</source>
        <translation>Flere akademier hedder »%1«.</translation>
    </message>
    <message>
        <source>No academy is called &quot;%1&quot;; the project has: %2</source>
        <translation>Intet akademi hedder »%1«; projektet har: %2</translation>
    </message>
    <message>
        <source>Several tracks are called &quot;%1&quot;; say which academy with --academy.</source>
        <translation>Flere spor hedder »%1«; angiv akademiet med --academy.</translation>
    </message>
    <message>
        <source>No track is called &quot;%1&quot;; there are: %2</source>
        <translation>Intet spor hedder »%1«; der er: %2</translation>
    </message>
    <message>
        <source>Several activities are called &quot;%1&quot;; say which track with --track.</source>
        <translation>Flere aktiviteter hedder »%1«; angiv sporet med --track.</translation>
    </message>
    <message>
        <source>No activity is called &quot;%1&quot;; there are: %2</source>
        <translation>Ingen aktivitet hedder »%1«; der er: %2</translation>
    </message>
    <message>
        <source>Several participants have the e-mail address %1.</source>
        <translation>Flere deltagere har e-mailadressen %1.</translation>
    </message>
    <message>
        <source>No participant has the e-mail address %1.</source>
        <translation>Ingen deltager har e-mailadressen %1.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::OnePager</name>
    <message>
        <source>One-page summary</source>
        <translation>Overblik på én side</translation>
    </message>
    <message>
        <source>The project has no academy to summarise.</source>
        <translation>Projektet har intet akademi at give et overblik over.</translation>
    </message>
    <message>
        <source>Summary for %1</source>
        <comment>the council the page is for</comment>
        <translation>Overblik til %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>focus areas not shown</comment>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more track(s)</source>
        <translation>
            <numerusform>og %n spor mere</numerusform>
            <numerusform>og %n spor mere</numerusform>
        </translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>Året i overblik</translation>
    </message>
    <message numerus="yes">
        <source>%n other track(s)</source>
        <translation>
            <numerusform>%n andet spor</numerusform>
            <numerusform>%n andre spor</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions for %1</source>
        <comment>the council&apos;s own sessions</comment>
        <translation>Sessioner for %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more session(s), the last on %1</source>
        <translation>
            <numerusform>og %n session mere, den sidste den %1</numerusform>
            <numerusform>og %n sessioner mere, den sidste den %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The municipality&apos;s own share</source>
        <translation>Kommunens egen andel</translation>
    </message>
    <message>
        <source>Evaluation: headline indicators</source>
        <translation>Evaluering: de vigtigste indikatorer</translation>
    </message>
    <message numerus="yes">
        <source>and %n more indicator(s) in the programme plan</source>
        <translation>
            <numerusform>og %n indikator mere i programplanen</numerusform>
            <numerusform>og %n indikatorer mere i programplanen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::OrganisationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
</context>
<context>
    <name>Akademiplan::OutputActions</name>
    <message>
        <source>&amp;Invitation Letter…</source>
        <translation>&amp;Invitation…</translation>
    </message>
    <message>
        <source>Write an activity&apos;s invitation, with its sessions and places, as PDF or text</source>
        <translation>Skriv invitationen til en aktivitet med dens sessioner og steder som PDF eller tekst</translation>
    </message>
    <message>
        <source>Invitation Letter</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Add an activity first; a letter invites to one.</source>
        <translation>Tilføj først en aktivitet; en invitation gælder én.</translation>
    </message>
    <message>
        <source>&amp;One Page for the Council…</source>
        <translation>&amp;Overblik til byrådet…</translation>
    </message>
    <message>
        <source>Write the one A4 page a city council decides from</source>
        <translation>Skriv den ene A4-side, byrådet træffer beslutning ud fra</translation>
    </message>
    <message>
        <source>&amp;Run Sheets…</source>
        <translation>&amp;Drejebøger…</translation>
    </message>
    <message>
        <source>Write each session&apos;s run sheet: its agenda, materials and a sign-in list</source>
        <translation>Skriv hver sessions drejebog: dagsorden, materialer og en deltagerliste</translation>
    </message>
    <message>
        <source>Personal &amp;Schedules…</source>
        <translation>Personlige &amp;skemaer…</translation>
    </message>
    <message>
        <source>Write each participant&apos;s own sessions as PDF and calendar files, ready for a mail merge</source>
        <translation>Skriv hver deltagers egne sessioner som PDF- og kalenderfiler, klar til brevfletning</translation>
    </message>
    <message>
        <source>&amp;Web Page…</source>
        <translation>&amp;Webside…</translation>
    </message>
    <message>
        <source>Write the programme as one accessible web page for the intranet</source>
        <translation>Skriv programmet som én tilgængelig webside til intranettet</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Add an academy first; every output is of one.</source>
        <translation>Tilføj først et akademi; alt, der eksporteres, handler om ét.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::OutputCommand</name>
    <message>
        <source>No session is held on %1 where you looked.</source>
        <translation>Der er ingen session den %1 dér, hvor du søgte.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions are held on %1; name the activity with --activity.</source>
        <translation>
            <numerusform>%n session holdes den %1; angiv aktiviteten med --activity.</numerusform>
            <numerusform>%n sessioner holdes den %1; angiv aktiviteten med --activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes only %2, not %3.</source>
        <translation>%1 tager kun %2, ikke %3.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>file name endings</comment>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>The file name for %1 must end in %2: %3</source>
        <translation>Filnavnet til %1 skal ende på %2: %3</translation>
    </message>
    <message>
        <source>--export-invitation needs --activity NAME, the activity the letter invites to.</source>
        <translation>--export-invitation skal have --activity NAVN, aktiviteten, som invitationen gælder.</translation>
    </message>
    <message>
        <source>--participant takes no --academy, --track or --activity: a person&apos;s schedule holds all of their own sessions.</source>
        <translation>--participant tager ikke --academy, --track eller --activity: en persons kalender rummer alle vedkommendes egne sessioner.</translation>
    </message>
    <message>
        <source>The output can be written in da (Danish) or en (English), not in &quot;%1&quot;.</source>
        <translation>Der kan skrives på da (dansk) eller en (engelsk), ikke på »%1«.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date tager en dato som ÅÅÅÅ-MM-DD, ikke »%1«.</translation>
    </message>
    <message>
        <source>The output would replace the project file itself: %1</source>
        <translation>Det skrevne ville erstatte selve projektfilen: %1</translation>
    </message>
    <message>
        <source>%1 has no academy to export yet.</source>
        <translation>%1 har endnu intet akademi at eksportere.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 er ikke en mappe.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Kan ikke skrive til %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: that is a file, not a folder.</source>
        <translation>Kan ikke skrive til %1: det er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>Cannot write to %1: that is a folder.</source>
        <translation>Kan ikke skrive til %1: det er en mappe.</translation>
    </message>
    <message>
        <source>Write the programme plan of an academy in the project FILE as a PDF file (A4).</source>
        <translation>Gem programplanen for et akademi i projektfilen FIL som en PDF-fil (A4).</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>UD.pdf</translation>
    </message>
    <message>
        <source>Write the city council&apos;s one page about an academy in the project FILE as a PDF file (A4).</source>
        <translation>Skriv byrådets ene side om et akademi i projektfilen FIL som en PDF-fil (A4).</translation>
    </message>
    <message>
        <source>Write the facilitator&apos;s run sheet of each session (agenda, materials, a sign-in list) as one PDF file.</source>
        <translation>Skriv facilitatorens drejebog for hver session (dagsorden, materialer, en deltagerliste til underskrift) som én PDF-fil.</translation>
    </message>
    <message>
        <source>Write each participant&apos;s own schedule as PDF and iCalendar files into the folder OUTDIR, with a list of them for a mail merge.</source>
        <translation>Skriv hver deltagers egen kalender som PDF- og iCalendar-filer i mappen UDMAPPE med en liste over dem til brevfletning.</translation>
    </message>
    <message>
        <source>OUTDIR</source>
        <translation>UDMAPPE</translation>
    </message>
    <message>
        <source>Write the invitation letter of an activity, with its sessions and places, as PDF or plain text (.txt).</source>
        <translation>Skriv invitationen til en aktivitet med dens sessioner og steder som PDF eller ren tekst (.txt).</translation>
    </message>
    <message>
        <source>OUT.pdf|OUT.txt</source>
        <translation>UD.pdf|UD.txt</translation>
    </message>
    <message>
        <source>Write the programme of an academy as one self-contained web page for the intranet (HTML).</source>
        <translation>Skriv et akademis program som én selvstændig webside til intranettet (HTML).</translation>
    </message>
    <message>
        <source>OUT.html</source>
        <translation>UD.html</translation>
    </message>
</context>
<context>
    <name>Akademiplan::OutputDialog</name>
    <message>
        <source>Academy</source>
        <translation>Akademi</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Hvad det omfatter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Everyone &amp;enrolled in:</source>
        <translation>&amp;Alle tilmeldte i:</translation>
    </message>
    <message>
        <source>&amp;One participant:</source>
        <translation>&amp;Én deltager:</translation>
    </message>
    <message>
        <source>&amp;Sessions of:</source>
        <translation>S&amp;essioner i:</translation>
    </message>
    <message>
        <source>A&amp;cademy:</source>
        <translation>A&amp;kademi:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>Sess&amp;ion:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Name the &amp;people enrolled in each activity (personal data)</source>
        <translation>Nævn de &amp;tilmeldte i hver aktivitet ved navn (personoplysninger)</translation>
    </message>
    <message>
        <source>&amp;Save to Folder…</source>
        <translation>&amp;Gem i mappe…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <source>&amp;Save Web Page…</source>
        <translation>&amp;Gem webside…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Forhåndsvisning…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Åbn i browseren</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>One Page for the Council</source>
        <translation>Overblik til byrådet</translation>
    </message>
    <message>
        <source>Run Sheets</source>
        <translation>Drejebøger</translation>
    </message>
    <message>
        <source>Personal Schedules</source>
        <translation>Personlige skemaer</translation>
    </message>
    <message>
        <source>Programme as a Web Page</source>
        <translation>Programmet som webside</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle sessioner</translation>
    </message>
    <message>
        <source>Schedules to write: %1 (a PDF and a calendar file each)</source>
        <translation>Skemaer, der skrives: %1 (en PDF- og en kalenderfil hver)</translation>
    </message>
    <message>
        <source>Run sheets to write: %1, each session on pages of its own</source>
        <translation>Drejebøger, der skrives: %1, hver session på egne sider</translation>
    </message>
    <message>
        <source>Cannot Show the Web Page</source>
        <translation>Websiden kan ikke vises</translation>
    </message>
    <message>
        <source>%1 Preview</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <source>Folder for the Schedules</source>
        <translation>Mappe til skemaerne</translation>
    </message>
    <message>
        <source>Writing the schedules…</source>
        <translation>Skriver skemaerne…</translation>
    </message>
    <message>
        <source>Cannot Save the Schedules</source>
        <translation>Skemaerne kan ikke gemmes</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Websider (*.html)</translation>
    </message>
    <message>
        <source>Cannot Save the Web Page</source>
        <translation>Websiden kan ikke gemmes</translation>
    </message>
</context>
<context>
    <name>Akademiplan::OutputWriters</name>
    <message>
        <source>Wrote the invitation to %1 to %2.
</source>
        <translation>Skrev invitationen til %1 i %2.
</translation>
    </message>
    <message>
        <source>Wrote the one-page summary of %1 to %2.
</source>
        <translation>Skrev overblikket på én side over %1 til %2.
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n schedule(s) to %1, listed in %2.</source>
        <translation>
            <numerusform>Skrev %n skema til %1, listet i %2.</numerusform>
            <numerusform>Skrev %n skemaer til %1, listet i %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list also names %n participant(s) without sessions there, who get no files.</source>
        <translation>
            <numerusform>Listen nævner også %n deltager uden sessioner dér, som ikke får filer.</numerusform>
            <numerusform>Listen nævner også %n deltagere uden sessioner dér, som ikke får filer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the programme of %1, with the participants&apos; names, to %2.
</source>
        <translation>Skrev programmet for %1 med deltagernes navne til %2.
</translation>
    </message>
    <message>
        <source>Wrote the programme of %1 to %2.
</source>
        <translation>Skrev programmet for %1 til %2.
</translation>
    </message>
    <message>
        <source>No session is planned where you looked, so there is no run sheet to write.</source>
        <translation>Der er ingen session planlagt dér, hvor du søgte, så der er ingen drejebog at skrive.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the run sheets of %n session(s) to %1.
</source>
        <translation>
            <numerusform>Skrev drejebogen for %n session til %1.
</numerusform>
            <numerusform>Skrev drejebøgerne for %n sessioner til %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantChooser</name>
    <message>
        <source>Name or e-mail address</source>
        <translation>Navn eller e-mailadresse</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name or e-mail address.</source>
        <translation>Skriv deltagerens navn eller e-mailadresse.</translation>
    </message>
    <message>
        <source>No participant has that name or e-mail address.</source>
        <translation>Ingen deltager har det navn eller den e-mailadresse.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantColumns</name>
    <message>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantCommands</name>
    <message>
        <source>%1: %2</source>
        <comment>file: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported; %1 is unchanged.</source>
        <translation>Intet blev importeret; %1 er uændret.</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Nothing to import; %4 is left as it was.
</source>
        <translation>%1 (%2): %3. Intet at importere; %4 er, som den var.
</translation>
    </message>
    <message>
        <source>Imported %1 (%2) into %3: %4.
</source>
        <translation>Importerede %1 (%2) i %3: %4.
</translation>
    </message>
    <message>
        <source>The participant list&apos;s file name must end in .csv: %1</source>
        <translation>Deltagerlistens filnavn skal ende på .csv: %1</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantDialog</name>
    <message>
        <source>Add Participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <translation>Rediger deltager</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Ingen organisation</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Write one like anne.jensen@silkeborg.dk, or leave the field empty.</source>
        <translation>Dette er ikke en e-mailadresse. Skriv en adresse som anne.jensen@silkeborg.dk, eller lad feltet stå tomt.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantExport</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantFilterBar</name>
    <message>
        <source>Search name, e-mail, phone…</source>
        <translation>Søg i navn, e-mail, telefon…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Søg blandt deltagere</translation>
    </message>
    <message>
        <source>Show role</source>
        <translation>Vis rolle</translation>
    </message>
    <message>
        <source>Show organisation</source>
        <translation>Vis organisation</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle roller</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisationer</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantImport</name>
    <message>
        <source>The file holds no rows.</source>
        <translation>Filen indeholder ingen rækker.</translation>
    </message>
    <message>
        <source>No column holds the names: choose which column is the name (or the first and last name).</source>
        <translation>Ingen kolonne indeholder navnene: vælg, hvilken kolonne der er navnet (eller fornavn og efternavn).</translation>
    </message>
    <message>
        <source>There is no name.</source>
        <translation>Der er intet navn.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>»%1« er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>“%1” is not a role the program knows: choose the role it means, or write employee, manager, politician, key person or external partner.</source>
        <translation>»%1« er ikke en rolle, programmet kender: vælg den rolle, det betyder, eller skriv medarbejder, leder, politiker, nøgleperson eller ekstern partner.</translation>
    </message>
    <message>
        <source>The same as row %1.</source>
        <translation>Det samme som række %1.</translation>
    </message>
    <message>
        <source>The same e-mail address as row %1, with other details.</source>
        <translation>Samme e-mailadresse som række %1, med andre oplysninger.</translation>
    </message>
    <message>
        <source>The same name and organisation as row %1, with other details; give one of them an e-mail address, or remove one.</source>
        <translation>Samme navn og organisation som række %1, med andre oplysninger; giv en af dem en e-mailadresse, eller fjern den ene.</translation>
    </message>
    <message>
        <source>Already in the project, with the same details.</source>
        <translation>Findes allerede i projektet med de samme oplysninger.</translation>
    </message>
    <message>
        <source>Already in the project as %1: the file&apos;s details replace theirs.</source>
        <translation>Findes allerede i projektet som %1: filens oplysninger erstatter de nuværende.</translation>
    </message>
    <message>
        <source>Already in the project as %1, with other details: skipped unless existing people are to be updated.</source>
        <translation>Findes allerede i projektet som %1 med andre oplysninger: springes over, medmindre eksisterende personer skal opdateres.</translation>
    </message>
    <message>
        <source>row %1, column “%2”: %3</source>
        <translation>række %1, kolonne »%2«: %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>række %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n ny deltager</numerusform>
            <numerusform>%n nye deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n opdateret</numerusform>
            <numerusform>%n opdateret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already there or repeated)</source>
        <translation>
            <numerusform>%n sprunget over (findes allerede eller gentaget)</numerusform>
            <numerusform>%n sprunget over (findes allerede eller gentaget)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n med problemer</numerusform>
            <numerusform>%n med problemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n ny organisation</numerusform>
            <numerusform>%n nye organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out for their problems</source>
        <translation>
            <numerusform>%n udeladt på grund af problemer</numerusform>
            <numerusform>%n udeladt på grund af problemer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantListActions</name>
    <message>
        <source>&amp;Import Participants…</source>
        <translation>&amp;Importer deltagere…</translation>
    </message>
    <message>
        <source>Add the people of a spreadsheet (CSV from Excel or LibreOffice)</source>
        <translation>Tilføj personerne fra et regneark (CSV fra Excel eller LibreOffice)</translation>
    </message>
    <message>
        <source>E&amp;xport Participants…</source>
        <translation>E&amp;ksporter deltagere…</translation>
    </message>
    <message>
        <source>Write a list of participants that Excel opens</source>
        <translation>Skriv en deltagerliste, som Excel kan åbne</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>Importer deltagere</translation>
    </message>
    <message>
        <source>Spreadsheet text files (*.csv *.txt);;All files (*)</source>
        <translation>Regnearkstekstfiler (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Everyone in the project</source>
        <translation>Alle i projektet</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>Tilmeldt %1</translation>
    </message>
    <message>
        <source>Export Participants</source>
        <translation>Eksporter deltagere</translation>
    </message>
    <message>
        <source>&amp;Whose list:</source>
        <translation>&amp;Hvis liste:</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltagere</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n participant(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n deltager til %1.</numerusform>
            <numerusform>Skrev %n deltagere til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantPickerDialog</name>
    <message>
        <source>Participants to choose from</source>
        <translation>Deltagere, der kan vælges</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Tilmeld</translation>
    </message>
    <message>
        <source>&amp;Show those already enrolled</source>
        <translation>&amp;Vis dem, der allerede er tilmeldt</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Ledige pladser</translation>
    </message>
    <message>
        <source>Already in the track (%1)</source>
        <translation>Allerede i sporet (%1)</translation>
    </message>
    <message>
        <source>Already here (%1)</source>
        <translation>Allerede her (%1)</translation>
    </message>
    <message>
        <source>In another group: %1</source>
        <translation>På et andet hold: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen.</source>
        <translation>
            <numerusform>%n person valgt.</numerusform>
            <numerusform>%n personer valgt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will go on the waiting list, unless they are shared out over the parallel groups.</source>
        <translation>
            <numerusform>%n kommer på venteliste, medmindre de fordeles på de parallelle hold.</numerusform>
            <numerusform>%n kommer på venteliste, medmindre de fordeles på de parallelle hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is one of %n parallel groups: you can share the people out over them when you enrol.</source>
        <translation>
            <numerusform>Dette er ét af %n parallelle hold: du kan fordele personerne på dem, når du tilmelder.</numerusform>
            <numerusform>Dette er ét af %n parallelle hold: du kan fordele personerne på dem, når du tilmelder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolling in the track also enrols in each of its %n activities (one group of each course that runs in parallel groups).</source>
        <translation>
            <numerusform>Tilmelding til sporet tilmelder også til dets %n aktivitet.</numerusform>
            <numerusform>Tilmelding til sporet tilmelder også til hver af dets %n aktiviteter (ét hold af hvert forløb, der kører med parallelle hold).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ParticipantsPage</name>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>Add a person to the project</source>
        <translation>Tilføj en person til projektet</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation>Rediger den valgte person (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Delete the selected people with their enrolments and attendance (Delete)</source>
        <translation>Slet de valgte personer med deres tilmeldinger og fremmøde (Delete)</translation>
    </message>
    <message>
        <source>Add &amp;Organisation</source>
        <translation>Tilføj &amp;organisation</translation>
    </message>
    <message>
        <source>Add an organisation and type its name</source>
        <translation>Tilføj en organisation, og skriv dens navn</translation>
    </message>
    <message>
        <source>Delete O&amp;rganisation</source>
        <translation>Slet or&amp;ganisation</translation>
    </message>
    <message>
        <source>Delete the selected organisation; its people stay (Delete)</source>
        <translation>Slet den valgte organisation; dens personer bliver i projektet (Delete)</translation>
    </message>
    <message>
        <source>Find Participant</source>
        <translation>Find deltager</translation>
    </message>
    <message>
        <source>Every word must match. Ctrl+F comes here; Enter goes on to the list.</source>
        <translation>Alle ord skal passe. Ctrl+F fører hertil; Enter går videre til listen.</translation>
    </message>
    <message>
        <source>Number of people shown</source>
        <translation>Antal viste personer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln people</source>
        <translation>
            <numerusform>Viser %L1 af %Ln person</numerusform>
            <numerusform>Viser %L1 af %Ln personer</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Slet %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln people?</source>
        <translation>
            <numerusform>Slet %Ln person?</numerusform>
            <numerusform>Slet %Ln personer?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their %1 and %2 go too.</source>
        <translation>Dermed slettes også %1 og %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrolments</source>
        <translation>
            <numerusform>%Ln tilmelding</numerusform>
            <numerusform>%Ln tilmeldinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln fremmøderegistrering</numerusform>
            <numerusform>%Ln fremmøderegistreringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln enrolments go too.</source>
        <translation>
            <numerusform>Dermed slettes også %Ln tilmelding.</numerusform>
            <numerusform>Dermed slettes også %Ln tilmeldinger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln attendance records go too.</source>
        <translation>
            <numerusform>Dermed slettes også %Ln fremmøderegistrering.</numerusform>
            <numerusform>Dermed slettes også %Ln fremmøderegistreringer.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are not enrolled in anything.</source>
        <translation>Personen er ikke tilmeldt noget.</translation>
    </message>
    <message>
        <source>None of them is enrolled in anything.</source>
        <translation>Ingen af dem er tilmeldt noget.</translation>
    </message>
    <message>
        <source>Delete Participants</source>
        <translation>Slet deltagere</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Du kan fortryde dette.</translation>
    </message>
    <message>
        <source>Delete Organisation</source>
        <translation>Slet organisation</translation>
    </message>
    <message>
        <source>Delete the organisation “%1”?</source>
        <translation>Slet organisationen »%1«?</translation>
    </message>
    <message>
        <source>Nobody belongs to it. You can undo this.</source>
        <translation>Ingen personer hører til den. Du kan fortryde dette.</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln people stay in the project but no longer belong to an organisation. You can undo this.</source>
        <translation>
            <numerusform>Organisationens %Ln person bliver i projektet, men hører ikke længere til en organisation. Du kan fortryde dette.</numerusform>
            <numerusform>Organisationens %Ln personer bliver i projektet, men hører ikke længere til en organisation. Du kan fortryde dette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>O&amp;mdøb</translation>
    </message>
    <message>
        <source>Show Its &amp;People</source>
        <translation>Vis dens &amp;personer</translation>
    </message>
    <message>
        <source>Show only the people of this organisation in the list</source>
        <translation>Vis kun organisationens personer i listen</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PartnerForm</name>
    <message>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Contributes:</source>
        <translation>Bidrager med:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Aftale:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partnerens navn</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>Partnerens type</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>Kontaktpersonens e-mail</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Aftaledato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PartnerLine</name>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partnere</translation>
    </message>
    <message>
        <source>Add a partner from the partner register here, or take one off</source>
        <translation>Tilføj en partner fra partnerregistret her, eller tag en af</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>partner: what it does here</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No partners</source>
        <translation>Ingen partnere</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Every partner is here already</source>
        <translation>Alle partnere er her allerede</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners tab</source>
        <translation>Ingen partnere endnu: tilføj dem under fanen Partnere</translation>
    </message>
    <message>
        <source>Take Off</source>
        <translation>Tag af</translation>
    </message>
    <message>
        <source>with the whole track: %1</source>
        <translation>med hele sporet: %1</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PartnerTableModel</name>
    <message>
        <source>%1 %2</source>
        <comment>agreement status and its date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contributes</source>
        <translation>Bidrager med</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <comment>a number of tracks and activities</comment>
        <translation>Deltager i</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PartnersPage</name>
    <message>
        <source>&amp;Add Partner</source>
        <translation>&amp;Tilføj partner</translation>
    </message>
    <message>
        <source>&amp;Delete Partner</source>
        <translation>&amp;Slet partner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <source>Delete the selected partner from the project, with its part in tracks and activities</source>
        <translation>Slet den valgte partner fra projektet med dens rolle i spor og aktiviteter</translation>
    </message>
    <message>
        <source>Choose a partner in the list, or add one: a volunteer organisation, a local business or an education institution the academy works with.</source>
        <translation>Vælg en partner på listen, eller tilføj en: en frivillig organisation, en lokal virksomhed eller en uddannelsesinstitution, som akademiet samarbejder med.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Ny partner</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation>Slet partner</translation>
    </message>
    <message>
        <source>Delete the partner “%1”?</source>
        <translation>Slet partneren »%1«?</translation>
    </message>
    <message>
        <source>It takes part in no track or activity. You can undo this.</source>
        <translation>Den deltager ikke i noget spor eller nogen aktivitet. Du kan fortryde det.</translation>
    </message>
    <message numerus="yes">
        <source>Its part in %Ln tracks and activities goes too. Its people stay in the project. You can undo this.</source>
        <translation>
            <numerusform>Dens rolle i %Ln spor eller aktivitet fjernes også. Dens personer bliver i projektet. Du kan fortryde det.</numerusform>
            <numerusform>Dens rolle i %Ln spor og aktiviteter fjernes også. Dens personer bliver i projektet. Du kan fortryde det.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::PartnershipPanel</name>
    <message>
        <source>Takes part in</source>
        <translation>Deltager i</translation>
    </message>
    <message>
        <source>Remove from Selected</source>
        <translation>Fjern fra de valgte</translation>
    </message>
    <message>
        <source>Tracks and activities the partner takes part in</source>
        <translation>Spor og aktiviteter, partneren deltager i</translation>
    </message>
    <message>
        <source>The partner stays in the register; only its part there goes</source>
        <translation>Partneren bliver i registret; kun dens rolle dér fjernes</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PartnershipTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an activity and its track</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The whole track %1</source>
        <translation>Hele sporet %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Deltager i</translation>
    </message>
    <message>
        <source>What it does there</source>
        <translation>Partnerens rolle</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PdfDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>The document could not be drawn.</source>
        <translation>Dokumentet kunne ikke tegnes.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PdfFonts</name>
    <message>
        <source>The font %1 could not be embedded.</source>
        <translation>Skrifttypen %1 kunne ikke indlejres.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PdfOutputActions</name>
    <message>
        <source>Cannot Show the Document</source>
        <translation>Dokumentet kan ikke vises</translation>
    </message>
    <message>
        <source>Cannot Print the Document</source>
        <translation>Dokumentet kan ikke udskrives</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Cannot Save %1</source>
        <translation>%1 kan ikke gemmes</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PersonalSchedule</name>
    <message>
        <source>Schedule for %1</source>
        <translation>Skema for %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akademi</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen endnu</translation>
    </message>
    <message>
        <source>1, on %1</source>
        <translation>1, %1</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <comment>a number of sessions and the first and last date</comment>
        <translation>%1, fra %2 til %3</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Dine sessioner</translation>
    </message>
    <message>
        <source>You have no sessions here yet.</source>
        <translation>Du har endnu ingen sessioner her.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a weekday and its week: tuesday, week 11</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Dine aktiviteter</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message numerus="yes">
        <source>One of %n parallel groups of “%1”: these are the dates of your group.</source>
        <translation>
            <numerusform>Et af %n parallelle hold af »%1«: det er dit holds datoer.</numerusform>
            <numerusform>Et af %n parallelle hold af »%1«: det er dit holds datoer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Ikke fastlagt endnu</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>På venteliste</translation>
    </message>
    <message>
        <source>You are on the waiting list for these activities. Their sessions are not in your schedule or your calendar until you are given a place.</source>
        <translation>Du står på venteliste til disse aktiviteter. Deres sessioner kommer først i dit skema og din kalender, når du får en plads.</translation>
    </message>
    <message>
        <source>Schedule as of %1</source>
        <translation>Skema pr. %1</translation>
    </message>
    <message>
        <source>Personal schedule</source>
        <translation>Personligt skema</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PlanCheck</name>
    <message>
        <source>%1 has no start and end time.</source>
        <translation>%1 har ikke noget start- og sluttidspunkt.</translation>
    </message>
    <message>
        <source>%1 cannot be planned.</source>
        <translation>%1 kan ikke planlægges.</translation>
    </message>
    <message>
        <source>%1 has no place: neither the session nor its activity says where.</source>
        <translation>%1 har intet sted: hverken sessionen eller aktiviteten siger, hvor den holdes.</translation>
    </message>
    <message>
        <source>%1 is outside the academy&apos;s period, %2 to %3.</source>
        <translation>%1 ligger uden for akademiets periode, %2 til %3.</translation>
    </message>
    <message>
        <source>%1 is on a public holiday: %2.</source>
        <translation>%1 ligger på en helligdag: %2.</translation>
    </message>
    <message>
        <source>%1 is on a day many in the municipality have off: %2.</source>
        <translation>%1 ligger på en dag, hvor mange i kommunen har fri: %2.</translation>
    </message>
    <message>
        <source>%1 is in a school holiday, when staff with children are often away: %2.</source>
        <translation>%1 ligger i en skoleferie, hvor medarbejdere med børn ofte holder fri: %2.</translation>
    </message>
    <message>
        <source>%1 is on a weekend.</source>
        <translation>%1 ligger i en weekend.</translation>
    </message>
    <message>
        <source>%1 is in the budget season (August to mid-October), a busy time for the council&apos;s members.</source>
        <translation>%1 ligger i budgetperioden (august til midt i oktober), en travl tid for politikerne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n anden</numerusform>
            <numerusform>%1 og %n andre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) overlaps “%3” (%4) for %n participant(s): %5.</source>
        <translation>
            <numerusform>%1 (%2) overlapper »%3« (%4) for %n deltager: %5.</numerusform>
            <numerusform>%1 (%2) overlapper »%3« (%4) for %n deltagere: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) overlaps “%3” (%4), and %5 facilitates both.</source>
        <translation>%1 (%2) overlapper »%3« (%4), og %5 er facilitator på begge.</translation>
    </message>
    <message>
        <source>%1 (%2) overlaps “%3” (%4), and both are at %5.</source>
        <translation>%1 (%2) overlapper »%3« (%4), og begge holdes på %5.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Helligdag</translation>
    </message>
    <message>
        <source>Customary day off</source>
        <translation>Sædvanlig fridag</translation>
    </message>
    <message>
        <source>School holiday</source>
        <translation>Skoleferie</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Outside the academy&apos;s period</source>
        <translation>Uden for akademiets periode</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Intet tidspunkt</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>Intet sted</translation>
    </message>
    <message>
        <source>Participants booked twice</source>
        <translation>Deltagere booket to gange</translation>
    </message>
    <message>
        <source>Facilitator booked twice</source>
        <translation>Facilitator booket to gange</translation>
    </message>
    <message>
        <source>Place booked twice</source>
        <translation>Sted booket to gange</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Flere tilmeldte end pladser</translation>
    </message>
    <message>
        <source>Municipal election</source>
        <translation>Kommunalvalg</translation>
    </message>
    <message>
        <source>Budget season</source>
        <translation>Budgetperiode</translation>
    </message>
    <message>
        <source>Target group not covered</source>
        <translation>Målgruppe ikke dækket</translation>
    </message>
    <message>
        <source>“%1”, without a date</source>
        <translation>»%1«, uden dato</translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation>»%1« %2</translation>
    </message>
    <message>
        <source>“%1” has %2 people enrolled for %3 places.</source>
        <translation>»%1« har %2 tilmeldte til %3 pladser.</translation>
    </message>
    <message>
        <source>“%1” runs across the municipal election on %2: the sessions before %3 are with %4 as it is now, those after with the newly elected members.</source>
        <translation>»%1« løber hen over kommunalvalget den %2: sessionerne før %3 er med de nuværende medlemmer af %4, dem efter med de nyvalgte.</translation>
    </message>
    <message>
        <source>%1 of the %2 %3 in the project are not enrolled in “%4”.</source>
        <translation>%1 af projektets %2 %3 er ikke tilmeldt »%4«.</translation>
    </message>
    <message>
        <source>%1 is on a day the council usually meets (%2).</source>
        <translation>%1 ligger på en dag, hvor kommunalbestyrelsen normalt holder møde (%2).</translation>
    </message>
    <message>
        <source>Council meeting day</source>
        <translation>Mødedag i kommunalbestyrelsen</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PlanCommand</name>
    <message>
        <source>%1: %2: %3 [%4 %5]</source>
        <translation>%1: %2: %3 [%4 %5]</translation>
    </message>
    <message>
        <source>(dismissed: %1)</source>
        <translation>(kvitteret: %1)</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.
</source>
        <translation>%1: %2, %3, %4, %5.
</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation>
            <numerusform>%n til orientering</numerusform>
            <numerusform>%n til orientering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n kvitteret</numerusform>
            <numerusform>%n kvitterede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Akademiplan::PlanPdfWriter</name>
    <message>
        <source>The document could not be written: %1</source>
        <translation>Dokumentet kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PlanWarningLines</name>
    <message>
        <source>Planning warnings</source>
        <translation>Planlægningsadvarsler</translation>
    </message>
    <message>
        <source>(dismissed: %1)</source>
        <translation>(kvitteret: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n planning warnings. %1: %2</source>
        <translation>
            <numerusform>%n planlægningsadvarsel. %1: %2</numerusform>
            <numerusform>%n planlægningsadvarsler. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Kvitteret: %1</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PlanWarningModel</name>
    <message>
        <source>Dismissed: %1</source>
        <translation>Kvitteret: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Kvitteret</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Som systemet (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Akademiplan.</source>
        <translation>Et nyt sprog træder i kraft, næste gang Akademiplan startes.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Recorded with each save in the project&apos;s history, which travels with the file.</source>
        <translation>Skrives i projektets historik, hver gang du gemmer; historikken følger med filen.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
</context>
<context>
    <name>Akademiplan::PreviewZoom</name>
    <message>
        <source>%1%</source>
        <comment>a zoom factor in per cent</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProgramInfo</name>
    <message>
        <source>SQLite did not say its version.</source>
        <translation>SQLite oplyste ikke sin version.</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (bygget med %2)</translation>
    </message>
    <message>
        <source>Licence: %1 (%2)</source>
        <translation>Licens: %1 (%2)</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>System: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProgrammeActions</name>
    <message>
        <source>New &amp;Academy…</source>
        <translation>Nyt &amp;akademi…</translation>
    </message>
    <message>
        <source>New &amp;Track</source>
        <translation>Nyt s&amp;por</translation>
    </message>
    <message>
        <source>New Acti&amp;vity</source>
        <translation>Ny akti&amp;vitet</translation>
    </message>
    <message>
        <source>New &amp;Session</source>
        <translation>Ny s&amp;ession</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>Nyt spor</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Delete the academy &quot;%1&quot;? Its tracks, activities, sessions and enrolments go too. You can undo this.</source>
        <translation>Slet akademiet »%1«? Dets spor, aktiviteter, sessioner og tilmeldinger slettes også. Du kan fortryde dette.</translation>
    </message>
    <message>
        <source>Delete the track &quot;%1&quot;? Its activities, sessions and enrolments go too. You can undo this.</source>
        <translation>Slet sporet »%1«? Dets aktiviteter, sessioner og tilmeldinger slettes også. Du kan fortryde dette.</translation>
    </message>
    <message>
        <source>Delete the activity &quot;%1&quot;? Its sessions and enrolments go too. You can undo this.</source>
        <translation>Slet aktiviteten »%1«? Dens sessioner og tilmeldinger slettes også. Du kan fortryde dette.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliker</translation>
    </message>
    <message>
        <source>Copy the selected activity with its sessions, or the track with its activities</source>
        <translation>Kopier den valgte aktivitet med dens sessioner eller det valgte spor med dets aktiviteter</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <source>Record Atte&amp;ndance…</source>
        <translation>Registrer &amp;fremmøde…</translation>
    </message>
    <message>
        <source>Record who came to each session of the selected activity</source>
        <translation>Registrer, hvem der kom til hver session i den valgte aktivitet</translation>
    </message>
    <message>
        <source>How many of those enrolled came, per track, activity and role</source>
        <translation>Hvor mange af de tilmeldte der kom, pr. spor, aktivitet og rolle</translation>
    </message>
    <message>
        <source>A&amp;ttendance Rates…</source>
        <translation>Fremmøde i &amp;procent…</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProgrammePage</name>
    <message>
        <source>Choose an academy, a track or an activity on the left, or add one from the Programme menu.</source>
        <translation>Vælg et akademi, et spor eller en aktivitet til venstre, eller opret nye i menuen Program.</translation>
    </message>
    <message>
        <source>Programme navigator</source>
        <translation>Programoversigt</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProgrammePlan</name>
    <message>
        <source>The programme at a glance</source>
        <translation>Programmet i overblik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Planens dato</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>The academy</source>
        <translation>Akademiet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Strategic focus areas</source>
        <translation>Strategiske fokusområder</translation>
    </message>
    <message>
        <source>The tracks</source>
        <translation>Sporene</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ubegrænset</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>No sessions are planned yet.</source>
        <translation>Der er endnu ikke planlagt nogen sessioner.</translation>
    </message>
    <message>
        <source>Calendar of all sessions</source>
        <translation>Kalender over alle sessioner</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Appendix: participants per activity</source>
        <translation>Bilag: deltagere pr. aktivitet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>No one is enrolled yet.</source>
        <translation>Der er endnu ingen tilmeldte.</translation>
    </message>
    <message>
        <source>The project has no academy to make a plan of.</source>
        <translation>Projektet har intet akademi, som der kan laves en plan for.</translation>
    </message>
    <message>
        <source>Programme plan</source>
        <translation>Programplan</translation>
    </message>
    <message>
        <source>Plan as of %1</source>
        <translation>Plan pr. %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>%1 municipalities</source>
        <comment>several partner municipalities, their names as a list</comment>
        <translation>%1 kommuner</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 i samarbejde med %2</translation>
    </message>
    <message>
        <source>The academy has no tracks yet.</source>
        <translation>Akademiet har endnu ingen spor.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <source>the track %1</source>
        <translation>sporet %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place and what the partner does there</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The academy works with these partners outside the municipal organisation.</source>
        <translation>Akademiet samarbejder med disse partnere uden for den kommunale organisation.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contributes</source>
        <translation>Bidrager med</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Deltager i</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a partner and its kind</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Municipality</source>
        <translation>%1 Kommune</translation>
    </message>
    <message>
        <source>Skip to the programme</source>
        <translation>Gå til programmet</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>The target group and goal of each track</source>
        <translation>Målgruppe og mål for hvert spor</translation>
    </message>
    <message>
        <source>Sessions per month and track</source>
        <translation>Sessioner pr. måned og spor</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>The sessions of %1</source>
        <translation>Sessionerne i »%1«</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Tilmeldte</translation>
    </message>
    <message>
        <source>Every session of the academy in date order</source>
        <translation>Alle akademiets sessioner i datoorden</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>Lavet med %1</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProgrammeTheoryForm</name>
    <message>
        <source>Programme Theory</source>
        <translation>Forandringsteori</translation>
    </message>
    <message>
        <source>The chain from what the academy does to the difference it should make, as it is agreed with the municipality. The indicators show whether it holds.</source>
        <translation>Kæden fra det, akademiet gør, til den forskel, det skal gøre, som den er aftalt med kommunen. Indikatorerne viser, om den holder.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For hvem</translation>
    </message>
    <message>
        <source>For &amp;whom:</source>
        <translation>For hve&amp;m:</translation>
    </message>
    <message>
        <source>1. &amp;Activities</source>
        <translation>1. A&amp;ktiviteter</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>2. What they lear&amp;n</source>
        <translation>2. Hvad de &amp;lærer</translation>
    </message>
    <message>
        <source>What the participants learn</source>
        <translation>Hvad deltagerne lærer</translation>
    </message>
    <message>
        <source>3. What they do &amp;differently</source>
        <translation>3. Hvad de gør an&amp;derledes</translation>
    </message>
    <message>
        <source>What the participants do differently</source>
        <translation>Hvad deltagerne gør anderledes</translation>
    </message>
    <message>
        <source>4. Short-term &amp;results</source>
        <translation>4. Kortsigtede &amp;resultater</translation>
    </message>
    <message>
        <source>Short-term results</source>
        <translation>Kortsigtede resultater</translation>
    </message>
    <message>
        <source>5. Long-term effect&amp;s</source>
        <translation>5. Lan&amp;gsigtede effekter</translation>
    </message>
    <message>
        <source>Long-term effects</source>
        <translation>Langsigtede effekter</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Antagelser</translation>
    </message>
    <message>
        <source>What must hold for one step to lead to the next</source>
        <translation>Hvad der skal holde, for at ét trin fører til det næste</translation>
    </message>
    <message>
        <source>Ass&amp;umptions:</source>
        <translation>A&amp;ntagelser:</translation>
    </message>
    <message>
        <source>What counts as success</source>
        <translation>Hvad der tæller som succes</translation>
    </message>
    <message>
        <source>What counts as su&amp;ccess:</source>
        <translation>Hvad der tæller som su&amp;cces:</translation>
    </message>
    <message>
        <source>Anchoring: the managers&apos; role</source>
        <translation>Forankring: ledernes rolle</translation>
    </message>
    <message>
        <source>What the participants&apos; managers do decides whether what is learnt is used at work.</source>
        <translation>Det, deltagernes ledere gør, afgør, om det lærte bliver brugt i arbejdet.</translation>
    </message>
    <message>
        <source>&amp;Before the academy</source>
        <translation>Før akadem&amp;iet</translation>
    </message>
    <message>
        <source>The managers&apos; role before the academy</source>
        <translation>Ledernes rolle før akademiet</translation>
    </message>
    <message>
        <source>Durin&amp;g the academy</source>
        <translation>&amp;Under akademiet</translation>
    </message>
    <message>
        <source>The managers&apos; role during the academy</source>
        <translation>Ledernes rolle under akademiet</translation>
    </message>
    <message>
        <source>Af&amp;ter the academy</source>
        <translation>Efter akademie&amp;t</translation>
    </message>
    <message>
        <source>The managers&apos; role after the academy</source>
        <translation>Ledernes rolle efter akademiet</translation>
    </message>
    <message>
        <source>Write Programme Theory</source>
        <translation>Skriv forandringsteori</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProjectArchive</name>
    <message>
        <source>The %1 %2 has a value this version of Akademiplan cannot read.</source>
        <translation>Rækken %2 i %1 har en værdi, som denne version af Akademiplan ikke kan læse.</translation>
    </message>
    <message>
        <source>The %1 %2 refers to a row that is not there.</source>
        <translation>Rækken %2 i %1 henviser til en række, der ikke findes.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProjectEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>Add academy from template</source>
        <translation>Tilføj akademi fra skabelon</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>Sessionen findes ikke længere.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slet %1</translation>
    </message>
    <message>
        <source>The track no longer exists.</source>
        <translation>Sporet findes ikke længere.</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>Aktiviteten findes ikke længere.</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n participant(s)</source>
        <translation>
            <numerusform>Tilmeld %n deltager</numerusform>
            <numerusform>Tilmeld %n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrolment no longer exists.</source>
        <translation>Tilmeldingen findes ikke længere.</translation>
    </message>
    <message>
        <source>What you edited no longer exists; it may have been deleted meanwhile.</source>
        <translation>Det, du redigerede, findes ikke længere; det kan være blevet slettet i mellemtiden.</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %2 places taken); the person stays on the waiting list.</source>
        <translation>%1 er fuldtegnet (%2 af %2 pladser besat); personen bliver stående på ventelisten.</translation>
    </message>
    <message>
        <source>Change enrolment</source>
        <translation>Ændr tilmelding</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Slet %n deltager</numerusform>
            <numerusform>Slet %n deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)</source>
        <translation>
            <numerusform>Slet %n session</numerusform>
            <numerusform>Slet %n sessioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n enrolment(s)</source>
        <translation>
            <numerusform>Fjern %n tilmelding</numerusform>
            <numerusform>Fjern %n tilmeldinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rows</source>
        <translation>
            <numerusform>Slet %n række</numerusform>
            <numerusform>Slet %n rækker</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the %1 of %2</source>
        <translation>Ændr %1 for %2</translation>
    </message>
    <message>
        <source>Add example academy</source>
        <translation>Tilføj eksempelakademi</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliker %1</translation>
    </message>
    <message>
        <source>The activity or the track no longer exists.</source>
        <translation>Aktiviteten eller sporet findes ikke længere.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flyt %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Flyt %1 til %2</translation>
    </message>
    <message>
        <source>The track or the academy no longer exists.</source>
        <translation>Sporet eller akademiet findes ikke længere.</translation>
    </message>
    <message>
        <source>The file holds no one to import.</source>
        <translation>Filen indeholder ingen at importere.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer deltagere</translation>
    </message>
    <message>
        <source>“%1” is already a partner in %2.</source>
        <translation>»%1« er allerede partner i %2.</translation>
    </message>
    <message>
        <source>Add partner “%1” to %2</source>
        <translation>Tilføj partneren »%1« til %2</translation>
    </message>
    <message>
        <source>Remove partner “%1” from %2</source>
        <translation>Fjern partneren »%1« fra %2</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Registrer fremmøde</translation>
    </message>
    <message>
        <source>Dismiss warning: %1</source>
        <translation>Kvitter for advarsel: %1</translation>
    </message>
    <message>
        <source>Restore warning: %1</source>
        <translation>Genåbn advarsel: %1</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProjectInspector</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 cannot be read; check that you have access to it.</source>
        <translation>%1 kan ikke læses; kontroller, at du har adgang til filen.</translation>
    </message>
    <message>
        <source>%1 is not an Akademiplan project file.</source>
        <translation>%1 er ikke en Akademiplan-projektfil.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file was cut short, perhaps by an interrupted copy or download.</source>
        <translation>%1 er ufuldstændig: filen er afkortet, måske fordi en kopiering eller download blev afbrudt.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database in write-ahead-log mode, not an Akademiplan project file.</source>
        <translation>%1 er en SQLite-database i WAL-tilstand (write-ahead log), ikke en Akademiplan-projektfil.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not an Akademiplan project file.</source>
        <translation>%1 er en SQLite-database, men ikke en Akademiplan-projektfil.</translation>
    </message>
    <message>
        <source>%1 was never completely written and holds no project.</source>
        <translation>%1 blev aldrig skrevet færdig og indeholder intet projekt.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åbnes: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (SQLite integrity check failed).</source>
        <translation>%1 er beskadiget og kan ikke bruges (SQLites integritetskontrol fejlede).</translation>
    </message>
    <message>
        <source>%1 contains triggers or views that Akademiplan did not make; it is not opened for your safety.</source>
        <translation>%1 indeholder triggere eller views, som Akademiplan ikke har oprettet; af sikkerhedshensyn åbnes filen ikke.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Akademiplan (file format version %2); this version reads up to format version %3. Update Akademiplan to edit it.</source>
        <translation>%1 er gemt med en nyere version af Akademiplan (filformatversion %2); denne version kan læse op til filformatversion %3. Opdater Akademiplan for at redigere filen.</translation>
    </message>
    <message>
        <source>%1 has tables or indexes that Akademiplan did not make; it is not opened for your safety.</source>
        <translation>%1 indeholder tabeller eller indekser, som Akademiplan ikke har oprettet; af sikkerhedshensyn åbnes filen ikke.</translation>
    </message>
    <message>
        <source>%1 is damaged: some rows refer to rows that do not exist.</source>
        <translation>%1 er beskadiget: nogle rækker henviser til rækker, der ikke findes.</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not say which municipality it belongs to.</source>
        <translation>%1 er beskadiget: det fremgår ikke, hvilken kommune filen hører til.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kan ikke bruges: %2</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 kunne ikke kontrolleres: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no project. Perhaps a copy or download did not finish.</source>
        <translation>%1 er tom: den indeholder intet projekt. Måske blev en kopiering eller download ikke færdig.</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive, not an Akademiplan project file. If the project was sent packed, unpack it first and open the .akademi file inside.</source>
        <translation>%1 er et ZIP-arkiv, ikke en Akademiplan-projektfil. Hvis projektet blev sendt pakket, så pak det ud først, og åbn .akademi-filen i arkivet.</translation>
    </message>
    <message>
        <source>%1 is a PDF document, perhaps an exported programme plan, not an Akademiplan project file. Ask for the .akademi file itself.</source>
        <translation>%1 er et PDF-dokument, måske en eksporteret programplan, ikke en Akademiplan-projektfil. Bed om selve .akademi-filen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 er en mappe, ikke en projektfil.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file but a pipe or a device; it is not read.</source>
        <translation>%1 er ikke en almindelig fil, men en pipe eller en enhed; den bliver ikke læst.</translation>
    </message>
    <message>
        <source>%1 is damaged: the start of the file, which says how the rest is laid out, is not valid.</source>
        <translation>%1 er beskadiget: filens begyndelse, som beskriver, hvordan resten er opbygget, er ugyldig.</translation>
    </message>
    <message>
        <source>%1 is damaged: it holds %2 project rows where there is one.</source>
        <translation>%1 er beskadiget: den indeholder %2 projektrækker, hvor der skal være én.</translation>
    </message>
    <message>
        <source>Another program stopped in the middle of a change to %1 and left its journal beside it (%2). You see the project as it was before that change, read-only; the file and the journal are left as they are. Open the file in the program that changed it to finish or undo the change, or save what you see under another name.</source>
        <translation>Et andet program stoppede midt i en ændring af %1 og efterlod sin journal ved siden af filen (%2). Du ser projektet, som det var før ændringen, skrivebeskyttet; filen og journalen bliver, som de er. Åbn filen i det program, der ændrede den, for at fuldføre eller fortryde ændringen, eller gem det, du ser, under et andet navn.</translation>
    </message>
    <message>
        <source>Beside %1 there is a write-ahead log of another program (%2) with changes that are not in the file. You see the file without them, read-only; the file and the log are left as they are. Save what you see under another name to work on it.</source>
        <translation>Ved siden af %1 ligger en write-ahead-log fra et andet program (%2) med ændringer, der ikke er i filen. Du ser filen uden dem, skrivebeskyttet; filen og loggen bliver, som de er. Gem det, du ser, under et andet navn for at arbejde videre med det.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ProjectStore</name>
    <message>
        <source>The file does not say which municipality it belongs to.</source>
        <translation>Det fremgår ikke af filen, hvilken kommune den hører til.</translation>
    </message>
    <message>
        <source>The file&apos;s project identity (its id and creation time) cannot be read.</source>
        <translation>Filens projektidentitet (id og oprettelsestidspunkt) kan ikke læses.</translation>
    </message>
    <message>
        <source>A row to change (%1 %2) is not in the working copy.</source>
        <translation>En række, der skal ændres (%1 %2), findes ikke i arbejdskopien.</translation>
    </message>
    <message>
        <source>The file&apos;s table %1 cannot be read.</source>
        <translation>Filens tabel %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>The %1 with row id %2 has an unreadable value in &quot;%3&quot;.</source>
        <translation>Rækken i %1 med id %2 har en ulæselig værdi i »%3«.</translation>
    </message>
    <message>
        <source>The file&apos;s table %1 cannot be read to the end.</source>
        <translation>Filens tabel %1 kan ikke læses til ende.</translation>
    </message>
    <message>
        <source>The file&apos;s record of a share cannot be read.</source>
        <translation>Filens notat om en deling kan ikke læses.</translation>
    </message>
    <message>
        <source>The %1 with row id %2 has a value in &quot;%3&quot; of %4 MB, far more than any project holds.</source>
        <translation>Rækken i %1 med id %2 har en værdi i »%3« på %4 MB, langt mere end noget projekt indeholder.</translation>
    </message>
    <message>
        <source>The file&apos;s record of a shared revision cannot be read.</source>
        <translation>Filens notat om en delt version kan ikke læses.</translation>
    </message>
    <message>
        <source>The file&apos;s record of a save cannot be read.</source>
        <translation>Filens notat om en gemt version kan ikke læses.</translation>
    </message>
    <message>
        <source>The file&apos;s record of a merge cannot be read.</source>
        <translation>Filens notat om en fletning kan ikke læses.</translation>
    </message>
    <message>
        <source>The file&apos;s record of a removed row cannot be read.</source>
        <translation>Filens oplysning om en slettet række kan ikke læses.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::RecentFiles</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Ryd liste</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ReturnedCopyComparer</name>
    <message>
        <source>%1 is the project file you have open; choose the copy that came back.</source>
        <translation>%1 er den projektfil, du har åben; vælg kopien, der er kommet retur.</translation>
    </message>
    <message>
        <source>%1 is another project (of %2), not a copy of this one: only copies of the same project can be compared.</source>
        <translation>%1 er et andet projekt (for %2), ikke en kopi af dette: kun kopier af det samme projekt kan sammenlignes.</translation>
    </message>
    <message>
        <source>%1 was shared from another copy of this project, not from this file, so the two have no saved version in common. Where they differ, nothing tells who changed what: choose for each difference which to keep.</source>
        <translation>%1 er delt fra en anden kopi af dette projekt, ikke fra denne fil, så de to filer har ingen gemt version som fælles udgangspunkt. Hvor de er forskellige, fremgår det ikke, hvem der har ændret hvad: vælg for hver forskel, hvad du vil beholde.</translation>
    </message>
    <message>
        <source>%1 was not made with Share a Copy from this file (it may be a plain copy of it), so the two have no saved version in common. Where they differ, nothing tells who changed what: choose for each difference which to keep.</source>
        <translation>%1 er ikke lavet med »Del en kopi« ud fra denne fil (det kan være en almindelig kopi af den), så de to filer har ingen gemt version som fælles udgangspunkt. Hvor de er forskellige, fremgår det ikke, hvem der har ændret hvad: vælg for hver forskel, hvad du vil beholde.</translation>
    </message>
    <message>
        <source>The record of what was shared cannot be read: %1</source>
        <translation>Notatet om, hvad der blev delt, kan ikke læses: %1</translation>
    </message>
    <message>
        <source>Compared with %1 as you took it in on %2, so there is a conflict only where both sides changed the same thing, and what you left out then is not offered again.</source>
        <translation>Sammenlignet med %1, som du flettede ind den %2, så der er kun konflikt, hvor begge har ændret det samme, og det, du udelod dengang, bliver ikke tilbudt igen.</translation>
    </message>
    <message>
        <source>Compared with the copy you shared on %1, so there is a conflict only where both sides changed the same thing.</source>
        <translation>Sammenlignet med den kopi, du delte den %1, så der er kun konflikt, hvor begge har ændret det samme.</translation>
    </message>
    <message>
        <source>Compared with the copy you shared with %1 on %2, so there is a conflict only where both sides changed the same thing.</source>
        <translation>Sammenlignet med den kopi, du delte med %1 den %2, så der er kun konflikt, hvor begge har ændret det samme.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::RoundTripCommands</name>
    <message>
        <source>--prefer takes mine or theirs, not &quot;%1&quot;.</source>
        <translation>--prefer skal være mine eller theirs, ikke »%1«.</translation>
    </message>
    <message>
        <source>Nothing new in %1: %2 already holds everything in it.
</source>
        <translation>Intet nyt i %1: %2 indeholder allerede alt, hvad der står i den.
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Flet %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2: 1 change taken in.</source>
        <translation>%1 er flettet ind i %2: 1 ændring taget med.</translation>
    </message>
    <message>
        <source>Merged %1 into %2: %3 changes taken in.</source>
        <translation>%1 er flettet ind i %2: %3 ændringer taget med.</translation>
    </message>
    <message>
        <source>1 conflict left: decide it in the window, or give --prefer mine or --prefer theirs. Nothing was changed.</source>
        <translation>1 konflikt er ikke afgjort: afgør den i vinduet, eller angiv --prefer mine eller --prefer theirs. Intet er ændret.</translation>
    </message>
    <message>
        <source>%1 conflicts left: decide them in the window, or give --prefer mine or --prefer theirs. Nothing was changed.</source>
        <translation>%1 konflikter er ikke afgjort: afgør dem i vinduet, eller angiv --prefer mine eller --prefer theirs. Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::RunSheet</name>
    <message>
        <source>Not dated yet</source>
        <translation>Endnu ikke dateret</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>weekday, date and week</comment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a session&apos;s number in its series</comment>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>No timed agenda has been written for this session yet.</source>
        <translation>Der er endnu ikke skrevet en dagsorden med tider for denne session.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Deltager med</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>In the whole track</source>
        <translation>I hele sporet</translation>
    </message>
    <message>
        <source>%1 (in the whole track)</source>
        <comment>what a partner does in a track</comment>
        <translation>%1 (i hele sporet)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <source>Sign-in list</source>
        <translation>Deltagerliste</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>No one is enrolled. Everyone who comes writes their name in an empty row.</source>
        <translation>Ingen er tilmeldt. Alle, der kommer, skriver deres navn i en tom række.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) enrolled. Sign by your name, or write it in an empty row.</source>
        <translation>
            <numerusform>%n person tilmeldt. Skriv under ud for dit navn, eller skriv det i en tom række.</numerusform>
            <numerusform>%n personer tilmeldt. Skriv under ud for dit navn, eller skriv det i en tom række.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Sign-in list: %1, %2 (continued)</source>
        <comment>activity, date</comment>
        <translation>Deltagerliste: %1, %2 (fortsat)</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Drejebog</translation>
    </message>
    <message>
        <source>Run sheets as of %1</source>
        <translation>Drejebøger pr. %1</translation>
    </message>
    <message>
        <source>Run sheet: %1, %2</source>
        <comment>activity, date</comment>
        <translation>Drejebog: %1, %2</translation>
    </message>
    <message>
        <source>Run sheets: %1</source>
        <translation>Drejebøger: %1</translation>
    </message>
    <message>
        <source>There is no session to make a run sheet for.</source>
        <translation>Der er ingen session at lave en drejebog for.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ScheduleFolder</name>
    <message>
        <source>schedules</source>
        <comment>the file name of the list of schedules</comment>
        <translation>skemaer</translation>
    </message>
    <message>
        <source>Cannot write to %1: that is a file, not a folder.</source>
        <translation>Kan ikke skrive til %1: det er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the folder %2 does not exist.</source>
        <translation>Kan ikke skrive til %1: mappen %2 findes ikke.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikke oprette mappen %1.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Schedule</source>
        <comment>the column of PDF file names; one word, a mail merge&apos;s field name</comment>
        <translation>Skema</translation>
    </message>
    <message>
        <source>Calendar</source>
        <comment>the column of .ics file names; one word, a mail merge&apos;s field name</comment>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ServerAddress</name>
    <message>
        <source>%1 is not a server address. Write it as postgresql://user@host:port/database.</source>
        <translation>%1 er ikke en serveradresse. Skriv den som postgresql://bruger@vært:port/database.</translation>
    </message>
    <message>
        <source>%1 is not a port number.</source>
        <translation>%1 er ikke et portnummer.</translation>
    </message>
    <message>
        <source>The server address has a setting Akademiplan does not know: %1.</source>
        <translation>Serveradressen har en indstilling, som Akademiplan ikke kender: %1.</translation>
    </message>
    <message>
        <source>The server address names no database: add it after the host, as in postgresql://user@host/akademiplan.</source>
        <translation>Serveradressen nævner ingen database: tilføj den efter værten, som i postgresql://bruger@vært/akademiplan.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql).</source>
        <translation>PostgreSQL-driveren til Qt er ikke installeret (Debian: apt-get install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan ikke forbinde til %1: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ServerCommands</name>
    <message>
        <source>%1 already has Akademiplan&apos;s server schema version %2; nothing to do.
</source>
        <translation>%1 har allerede Akademiplans serverskema version %2; der er intet at gøre.
</translation>
    </message>
    <message>
        <source>Set up Akademiplan&apos;s tables, roles and policies on %1 (server schema version %2).
</source>
        <translation>Oprettede Akademiplans tabeller, roller og adgangsregler på %1 (serverskema version %2).
</translation>
    </message>
    <message>
        <source>Published %1 on %2 as project %3.
</source>
        <translation>Lagde %1 på %2 som projekt %3.
</translation>
    </message>
    <message>
        <source>%1 is not a project&apos;s UUID; the server&apos;s project list and --info show it, e.g. 3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f.</source>
        <translation>%1 er ikke et projekts UUID; serverens projektliste og --info viser den, f.eks. 3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f.</translation>
    </message>
    <message>
        <source>Wrote project %1 from %2 to %3.
</source>
        <translation>Skrev projekt %1 fra %2 til %3.
</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ServerLink</name>
    <message>
        <source>%1 removed this %2 at %3, before your change reached the server. Your change was not saved.</source>
        <translation>%1 slettede denne række (%2) kl. %3, før din ændring nåede serveren. Din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>%1 changed this %2 at %3, before your change reached the server. Theirs is kept and shown; yours was not saved. Make it again if it still applies.</source>
        <translation>%1 ændrede denne række (%2) kl. %3, før din ændring nåede serveren. Deres ændring er beholdt og vises; din blev ikke gemt. Lav den igen, hvis den stadig gælder.</translation>
    </message>
    <message>
        <source>The connection to the team server is lost.</source>
        <translation>Forbindelsen til teamserveren er afbrudt.</translation>
    </message>
    <message>
        <source>Your change was not saved: the connection to the team server was lost.</source>
        <translation>Din ændring blev ikke gemt: forbindelsen til teamserveren blev afbrudt.</translation>
    </message>
    <message>
        <source>The share is no longer on the team server.</source>
        <translation>Delingen findes ikke længere på teamserveren.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ServerProjects</name>
    <message>
        <source>The server&apos;s record of a shared revision cannot be read.</source>
        <translation>Serverens oplysning om en delt version kan ikke læses.</translation>
    </message>
    <message>
        <source>The server holds Akademiplan&apos;s schema version %1, newer than this program&apos;s %2. Use a newer Akademiplan.</source>
        <translation>Serveren har Akademiplans skema version %1, nyere end dette programs %2. Brug en nyere Akademiplan.</translation>
    </message>
    <message>
        <source>The server has no Akademiplan schema. Its administrator sets it up with akademiplan --init-server.</source>
        <translation>Serveren har intet Akademiplan-skema. Dens administrator opretter det med akademiplan --init-server.</translation>
    </message>
    <message>
        <source>The server holds Akademiplan&apos;s schema version %1, older than this program&apos;s %2. Its administrator brings it up to date with akademiplan --init-server.</source>
        <translation>Serveren har Akademiplans skema version %1, ældre end dette programs %2. Dens administrator opdaterer det med akademiplan --init-server.</translation>
    </message>
    <message>
        <source>The project %1 is on the server already. Open it there, or fetch it as a file.</source>
        <translation>Projektet %1 ligger allerede på serveren. Åbn det dér, eller hent det som fil.</translation>
    </message>
    <message>
        <source>You may not publish projects of %1 (municipality code %2) on this server. Its administrator assigns consultants to municipalities.</source>
        <translation>Du må ikke lægge projekter for %1 (kommunekode %2) på denne server. Dens administrator tilknytter konsulenter til kommuner.</translation>
    </message>
    <message>
        <source>The server has no project %1 that you may see.</source>
        <translation>Serveren har intet projekt %1, som du må se.</translation>
    </message>
    <message>
        <source>The server holds rows of a kind this version of Akademiplan does not know (%1). Use a newer Akademiplan.</source>
        <translation>Serveren har rækker af en slags, som denne version af Akademiplan ikke kender (%1). Brug en nyere Akademiplan.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ServerSchema</name>
    <message>
        <source>The server&apos;s schema cannot be read: %1</source>
        <translation>Serverens skema kan ikke læses: %1</translation>
    </message>
    <message>
        <source>The server holds Akademiplan&apos;s schema version %1, newer than this program&apos;s %2. Use a newer Akademiplan; nothing was changed.</source>
        <translation>Serveren har Akademiplans skema version %1, nyere end dette programs %2. Brug en nyere Akademiplan; intet er ændret.</translation>
    </message>
    <message>
        <source>The server schema for version %1 is missing.</source>
        <translation>Serverskemaet til version %1 mangler.</translation>
    </message>
    <message>
        <source>The server&apos;s schema cannot be changed: %1</source>
        <translation>Serverens skema kan ikke ændres: %1</translation>
    </message>
    <message>
        <source>Version %1 of the server schema could not be set up: %2</source>
        <translation>Version %1 af serverskemaet kunne ikke oprettes: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ServerStore</name>
    <message>
        <source>The server does not tell of other people&apos;s changes: %1</source>
        <translation>Serveren fortæller ikke om andres ændringer: %1</translation>
    </message>
    <message>
        <source>You may only read this project on the server; your change was not saved.</source>
        <translation>Du må kun læse dette projekt på serveren; din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>You may only read this project on the server; no revision was recorded.</source>
        <translation>Du må kun læse dette projekt på serveren; der blev ikke registreret nogen version.</translation>
    </message>
    <message>
        <source>You may only read this project on the server; the revision was not taken back.</source>
        <translation>Du må kun læse dette projekt på serveren; versionen blev ikke taget tilbage.</translation>
    </message>
    <message>
        <source>Someone has recorded a revision on the server after revision %1; it stays in the change log.</source>
        <translation>Nogen har registreret en version på serveren efter version %1; den bliver i ændringsloggen.</translation>
    </message>
    <message>
        <source>You may only read this project on the server; the share was not recorded.</source>
        <translation>Du må kun læse dette projekt på serveren; delingen blev ikke registreret.</translation>
    </message>
    <message>
        <source>You may only read this project on the server; the share was not taken back.</source>
        <translation>Du må kun læse dette projekt på serveren; delingen blev ikke taget tilbage.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::SessionTableModel</name>
    <message>
        <source>Empty: the activity&apos;s own location</source>
        <translation>Tomt: aktivitetens eget sted bruges</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ShareCopyDialog</name>
    <message>
        <source>&amp;Without personal data: people are shown by neutral labels</source>
        <translation>&amp;Uden personoplysninger: personer vises med neutrale betegnelser</translation>
    </message>
    <message>
        <source>With &amp;personal data: names, e-mail addresses and phone numbers</source>
        <translation>Med &amp;personoplysninger: navne, e-mailadresser og telefonnumre</translation>
    </message>
    <message>
        <source>Leave out &amp;free text that may name people</source>
        <translation>Udelad &amp;fritekst, der kan nævne personer</translation>
    </message>
    <message>
        <source>Share a Copy</source>
        <translation>Del en kopi</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s HR department</source>
        <translation>f.eks. kommunens HR-afdeling</translation>
    </message>
    <message>
        <source>Who the copy is for</source>
        <translation>Hvem kopien er til</translation>
    </message>
    <message>
        <source>What the copy will hold</source>
        <translation>Hvad kopien kommer til at indeholde</translation>
    </message>
    <message>
        <source>A copy of the project as it is saved, to send to the municipality or a partner. It is written as one clean file, and your own file records that it was shared.</source>
        <translation>En kopi af projektet, som det er gemt, til at sende til kommunen eller en partner. Den skrives som én ren fil, og din egen fil noterer, at den er delt.</translation>
    </message>
    <message>
        <source>&amp;For (optional):</source>
        <translation>&amp;Til (valgfrit):</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Del…</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ShareSummary</name>
    <message>
        <source>purpose</source>
        <translation>formål</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>konsulent</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>Made from revision %1 of %2.</source>
        <translation>Lavet ud fra version %1 af %2.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Til: %1</translation>
    </message>
    <message>
        <source>With personal data: the names, e-mail addresses and phone numbers of %1 participants.</source>
        <translation>Med personoplysninger: navne, e-mailadresser og telefonnumre på %1 deltagere.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <comment>field of entity type (rows with text)</comment>
        <translation>%1 for %2 (%3)</translation>
    </message>
    <message>
        <source>Free text that may name people is left out: %1.</source>
        <translation>Fritekst, der kan nævne personer, udelades: %1.</translation>
    </message>
    <message>
        <source>Free text that may name people is included; read it before you share: %1.</source>
        <translation>Fritekst, der kan nævne personer, er med; læs den, før du deler: %1.</translation>
    </message>
    <message>
        <source>The sharing is recorded in %1, with the content as it is now, so that the copy can be compared with it when it comes back.</source>
        <translation>Delingen noteres i %1 sammen med indholdet, som det er nu, så kopien kan sammenlignes med det, når den kommer tilbage.</translation>
    </message>
    <message>
        <source>Academies: %1, tracks: %2, activities: %3, sessions: %4, organisations: %5.</source>
        <translation>Akademier: %1, spor: %2, aktiviteter: %3, sessioner: %4, organisationer: %5.</translation>
    </message>
    <message>
        <source>Participants: %1, enrolments: %2, attendance records: %3.</source>
        <translation>Deltagere: %1, tilmeldinger: %2, fremmøderegistreringer: %3.</translation>
    </message>
    <message>
        <source>Without personal data: names, e-mail addresses and phone numbers are left out, and each person is shown by a neutral label such as “%1”. Roles, organisations, enrolments and attendance stay, so the plan still shows coverage and numbers.</source>
        <translation>Uden personoplysninger: navne, e-mailadresser og telefonnumre udelades, og hver person vises med en neutral betegnelse som »%1«. Roller, organisationer, tilmeldinger og fremmøde bevares, så planen stadig viser dækning og antal.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::SharedCopy</name>
    <message>
        <source>%1 %2</source>
        <comment>a person&apos;s neutral label in a copy without personal data: role and number</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::ShortcutsDialog</name>
    <message>
        <source>%1 › %2</source>
        <comment>a submenu, then an action in it</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Vindue</translation>
    </message>
    <message>
        <source>Programme navigator</source>
        <translation>Programoversigt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Record Attendance</source>
        <translation>Registrer fremmøde</translation>
    </message>
    <message>
        <source>Open the chosen item&apos;s form</source>
        <translation>Åbn formularen for det valgte punkt</translation>
    </message>
    <message>
        <source>Choose a session, then the one beside it</source>
        <translation>Vælg en session og derefter den ved siden af</translation>
    </message>
    <message>
        <source>Open the chosen session&apos;s activity</source>
        <translation>Åbn den valgte sessions aktivitet</translation>
    </message>
    <message>
        <source>Move the chosen session a day earlier or later</source>
        <translation>Flyt den valgte session en dag frem eller tilbage</translation>
    </message>
    <message>
        <source>Move the chosen session a week earlier or later</source>
        <translation>Flyt den valgte session en uge frem eller tilbage</translation>
    </message>
    <message>
        <source>Deselect the chosen session</source>
        <translation>Fravælg den valgte session</translation>
    </message>
    <message>
        <source>While dragging a session: change its time as well</source>
        <translation>Mens en session trækkes: skift også tidspunktet</translation>
    </message>
    <message>
        <source>While dragging a session: cancel the move</source>
        <translation>Mens en session trækkes: annuller flytningen</translation>
    </message>
    <message>
        <source>Zoom in or out at the pointer</source>
        <translation>Zoom ind eller ud ved markøren</translation>
    </message>
    <message>
        <source>%1+mouse wheel</source>
        <translation>%1+musehjul</translation>
    </message>
    <message>
        <source>Scroll along the time axis</source>
        <translation>Rul langs tidsaksen</translation>
    </message>
    <message>
        <source>Mark the chosen cells: %1</source>
        <translation>Marker de valgte celler: %1</translation>
    </message>
    <message>
        <source>Give the chosen cells the next mark</source>
        <translation>Giv de valgte celler den næste markering</translation>
    </message>
    <message>
        <source>Clear the chosen cells</source>
        <translation>Ryd de valgte celler</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Find en handling eller en tast…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Find en genvej</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>No shortcut matches &quot;%1&quot;.</source>
        <translation>Ingen genvej passer til »%1«.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::StaffRateTableModel</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The annual salary with pension</source>
        <translation>Årslønnen med pension</translation>
    </message>
    <message>
        <source>The hours of a year the salary is spread over: 1,924 (the state) or about 1,635 productive hours</source>
        <translation>De timer på et år, lønnen fordeles på: 1.924 (staten) eller omkring 1.635 produktive timer</translation>
    </message>
    <message>
        <source>Overheads some cost models add, in per cent of the salary</source>
        <translation>Overhead, som nogle omkostningsmodeller lægger til, i procent af lønnen</translation>
    </message>
    <message>
        <source>What a substitute costs an hour while the person is away; 0 when no one covers</source>
        <translation>Hvad en vikar koster i timen, mens personen er væk; 0 når ingen dækker</translation>
    </message>
    <message>
        <source>The working time the plan asks of the people this rate prices</source>
        <translation>Den arbejdstid, planen kræver af de personer, satsen prissætter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Salary a year, kr.</source>
        <translation>Årsløn, kr.</translation>
    </message>
    <message>
        <source>Hours a year</source>
        <translation>Timer om året</translation>
    </message>
    <message>
        <source>Overheads, %</source>
        <translation>Overhead, %</translation>
    </message>
    <message>
        <source>An hour, kr.</source>
        <translation>Pr. time, kr.</translation>
    </message>
    <message>
        <source>Cover an hour, kr.</source>
        <translation>Vikar pr. time, kr.</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Prisår</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Planlagte timer</translation>
    </message>
    <message>
        <source>Cost, kr.</source>
        <translation>Udgift, kr.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::StartPage</name>
    <message>
        <source>Plan an innovation academy for a municipality: start a new project, open one, or look around in the example. You can also drop a project file here.</source>
        <translation>Planlæg et innovationsakademi for en kommune: opret et nyt projekt, åbn et eksisterende, eller se dig omkring i eksemplet. Du kan også trække en projektfil hertil.</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Seneste projekter</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Seneste projekter</translation>
    </message>
    <message>
        <source>The projects you open are listed here.</source>
        <translation>De projekter, du åbner, vises her.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n andet</numerusform>
            <numerusform>%1 og %n andre</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved today at %1</source>
        <translation>Gemt i dag kl. %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <source>Not found: moved, renamed or deleted, or on a drive that is not connected</source>
        <translation>Ikke fundet: flyttet, omdøbt eller slettet, eller på et drev, der ikke er tilsluttet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TableStyle</name>
    <message>
        <source>Reset Column Widths</source>
        <translation>Nulstil kolonnebredder</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TimelineDrag</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Hold Shift to change the time as well. Esc cancels.</source>
        <translation>Hold Shift nede for også at ændre tidspunktet. Esc annullerer.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TimelineLayout</name>
    <message>
        <source>Budget negotiations</source>
        <translation>Budgetforhandlinger</translation>
    </message>
    <message>
        <source>Municipal election</source>
        <translation>Kommunalvalg</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Helligdag</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Fridag</translation>
    </message>
    <message>
        <source>School holiday</source>
        <translation>Skoleferie</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TimelinePainter</name>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TimelineToolTip</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TimelineView</name>
    <message>
        <source>Programme timeline</source>
        <translation>Tidslinje for programmet</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <source>Show a shorter period in more detail</source>
        <translation>Vis en kortere periode mere detaljeret</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <source>Show a longer period</source>
        <translation>Vis en længere periode</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline to Window</source>
        <translation>Tilpas tidslinjen til &amp;vinduet</translation>
    </message>
    <message>
        <source>Show the whole academy period at once</source>
        <translation>Vis hele akademiets periode på én gang</translation>
    </message>
    <message>
        <source>There is no academy to show yet. Add an academy to see its programme on a timeline.</source>
        <translation>Der er endnu intet akademi at vise. Tilføj et akademi for at se dets program på en tidslinje.</translation>
    </message>
    <message>
        <source>This academy has no tracks yet. Add a track to see its activities on the timeline.</source>
        <translation>Akademiet har endnu ingen spor. Tilføj et spor for at se dets aktiviteter på tidslinjen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Drag a session to move it to another day, with Shift also to another time. Alt+Left/Right moves the selected session a day, Alt+Up/Down a week.</source>
        <translation>Træk en session for at flytte den til en anden dag, med Shift også til et andet tidspunkt. Alt+venstre/højre flytter den valgte session en dag, Alt+op/ned en uge.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TrackForm</name>
    <message>
        <source>Track colour</source>
        <translation>Sporets farve</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Omfatter:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>Fa&amp;rve:</translation>
    </message>
    <message>
        <source>Track name</source>
        <translation>Sporets navn</translation>
    </message>
    <message>
        <source>Track kind</source>
        <translation>Sporets type</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Track Colour</source>
        <translation>Sporets farve</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Skift…</translation>
    </message>
    <message>
        <source>The track&apos;s colour in the timeline and the plan (%1)</source>
        <translation>Sporets farve i tidslinjen og planen (%1)</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partnere:</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TypedDate</name>
    <message>
        <source>Type a date, e.g. 4.3 or 4.3.2027.</source>
        <translation>Skriv en dato, f.eks. 4.3 eller 4.3.2027.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; type it as 4.3, 4.3.27 or 4.3.2027.</source>
        <translation>»%1« er ikke en dato; skriv den som 4.3, 4.3.27 eller 4.3.2027.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no day %2 of month %3.</source>
        <translation>»%1« er ikke en dato: måned %3 har ingen dag %2.</translation>
    </message>
    <message>
        <source>There is no %1.%2.%3: the month has fewer days.</source>
        <translation>Der findes ingen %1.%2.%3: måneden har færre dage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; type it as 9, 9.30 or 09:30.</source>
        <translation>»%1« er ikke et klokkeslæt; skriv det som 9, 9.30 eller 09:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: hours go to 23 and minutes to 59.</source>
        <translation>»%1« er ikke et klokkeslæt: timer går til 23 og minutter til 59.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TypedDateField</name>
    <message>
        <source>e.g. 4.3.2027</source>
        <translation>f.eks. 4.3.2027</translation>
    </message>
    <message>
        <source>e.g. 9.30</source>
        <translation>f.eks. 9.30</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Vælg i en kalender</translation>
    </message>
    <message>
        <source>Date Outside the Academy</source>
        <translation>Dato uden for akademiet</translation>
    </message>
    <message>
        <source>%1 is outside the academy&apos;s period (%2 to %3). Use it anyway?</source>
        <translation>%1 ligger uden for akademiets periode (%2 til %3). Vil du bruge den alligevel?</translation>
    </message>
</context>
<context>
    <name>Akademiplan::TypedMoney</name>
    <message>
        <source>Type an amount, e.g. %1 or %2.</source>
        <translation>Skriv et beløb, f.eks. %1 eller %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; type it as %2 or %3.</source>
        <translation>»%1« er ikke et beløb; skriv det som %2 eller %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write thousands as %2 and øre as %3.</source>
        <translation>»%1« er ikke et beløb: skriv tusinder som %2 og øre som %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; an amount is in whole øre.</source>
        <translation>»%1« har mere end to decimaler; et beløb angives i hele øre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>»%1« er et for stort beløb.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::Validator</name>
    <message>
        <source>The academy needs a name.</source>
        <translation>Akademiet skal have et navn.</translation>
    </message>
    <message>
        <source>The academy needs a start date and an end date.</source>
        <translation>Akademiet skal have en startdato og en slutdato.</translation>
    </message>
    <message>
        <source>The academy ends before it starts.</source>
        <translation>Akademiet slutter, før det starter.</translation>
    </message>
    <message>
        <source>%1 is not a Danish municipality code.</source>
        <translation>%1 er ikke en dansk kommunekode.</translation>
    </message>
    <message>
        <source>The track needs a name.</source>
        <translation>Sporet skal have et navn.</translation>
    </message>
    <message>
        <source>The track belongs to an academy that does not exist.</source>
        <translation>Sporet hører til et akademi, der ikke findes.</translation>
    </message>
    <message>
        <source>The activity needs a title.</source>
        <translation>Aktiviteten skal have en titel.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative; use 0 for no limit.</source>
        <translation>Kapaciteten kan ikke være negativ; brug 0 for ubegrænset.</translation>
    </message>
    <message>
        <source>The activity belongs to a track that does not exist.</source>
        <translation>Aktiviteten hører til et spor, der ikke findes.</translation>
    </message>
    <message>
        <source>The session needs a date.</source>
        <translation>Sessionen skal have en dato.</translation>
    </message>
    <message>
        <source>The session needs a start time and an end time.</source>
        <translation>Sessionen skal have et starttidspunkt og et sluttidspunkt.</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>Sessionen slutter, før den starter.</translation>
    </message>
    <message>
        <source>The session belongs to an activity that does not exist.</source>
        <translation>Sessionen hører til en aktivitet, der ikke findes.</translation>
    </message>
    <message>
        <source>The session on %1 lies outside the academy&apos;s period, %2 to %3.</source>
        <translation>Sessionen den %1 ligger uden for akademiets periode, %2 til %3.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Organisationen skal have et navn.</translation>
    </message>
    <message>
        <source>The participant needs a name.</source>
        <translation>Deltageren skal have et navn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>»%1« er ikke en gyldig e-mailadresse.</translation>
    </message>
    <message>
        <source>The participant belongs to an organisation that does not exist.</source>
        <translation>Deltageren hører til en organisation, der ikke findes.</translation>
    </message>
    <message>
        <source>The enrolment is for a participant who does not exist.</source>
        <translation>Tilmeldingen gælder en deltager, der ikke findes.</translation>
    </message>
    <message>
        <source>An enrolment is either in a track or in an activity.</source>
        <translation>En tilmelding gælder enten et spor eller en aktivitet.</translation>
    </message>
    <message>
        <source>The enrolment is in a track that does not exist.</source>
        <translation>Tilmeldingen gælder et spor, der ikke findes.</translation>
    </message>
    <message>
        <source>The enrolment is in an activity that does not exist.</source>
        <translation>Tilmeldingen gælder en aktivitet, der ikke findes.</translation>
    </message>
    <message>
        <source>The attendance is for a session that does not exist.</source>
        <translation>Fremmødet er registreret for en session, der ikke findes.</translation>
    </message>
    <message>
        <source>The attendance is for a participant who does not exist.</source>
        <translation>Fremmødet er registreret for en deltager, der ikke findes.</translation>
    </message>
    <message>
        <source>The partnership is with an organisation that does not exist.</source>
        <translation>Partnerskabet er med en organisation, der ikke findes.</translation>
    </message>
    <message>
        <source>The partnership is in a track that does not exist.</source>
        <translation>Partnerskabet er i et spor, der ikke findes.</translation>
    </message>
    <message>
        <source>The partnership is in an activity that does not exist.</source>
        <translation>Partnerskabet er i en aktivitet, der ikke findes.</translation>
    </message>
    <message>
        <source>A municipal department cannot be a partner; first remove the organisation from the tracks and activities it is a partner in.</source>
        <translation>En kommunal forvaltning kan ikke være partner; fjern først organisationen fra de spor og aktiviteter, den er partner i.</translation>
    </message>
    <message>
        <source>A partnership is either in a track or in an activity.</source>
        <translation>Et partnerskab er enten i et spor eller i en aktivitet.</translation>
    </message>
    <message>
        <source>“%1” is a municipal department; only external organisations are partners.</source>
        <translation>»%1« er en kommunal forvaltning; kun eksterne organisationer kan være partnere.</translation>
    </message>
    <message>
        <source>%1 is recorded as present on %2 but is not enrolled in &quot;%3&quot;.</source>
        <translation>%1 er registreret som mødt den %2, men er ikke tilmeldt »%3«.</translation>
    </message>
    <message>
        <source>A dismissal must name the warning it dismisses.</source>
        <translation>En kvittering skal angive den advarsel, den gælder.</translation>
    </message>
    <message>
        <source>Say why the warning is dismissed, e.g. that the council chose the date.</source>
        <translation>Skriv, hvorfor der kvitteres for advarslen, f.eks. at byrådet har valgt datoen.</translation>
    </message>
    <message>
        <source>When the council meets is given as a week of the month and a weekday, e.g. last-tue.</source>
        <translation>Hvornår kommunalbestyrelsen mødes, angives som en uge i måneden og en ugedag, f.eks. last-tue.</translation>
    </message>
    <message>
        <source>The cost line is in an academy that does not exist.</source>
        <translation>Budgetlinjen hører til et akademi, der ikke findes.</translation>
    </message>
    <message>
        <source>The cost line is in a track that does not exist.</source>
        <translation>Budgetlinjen hører til et spor, der ikke findes.</translation>
    </message>
    <message>
        <source>The cost line is in an activity that does not exist.</source>
        <translation>Budgetlinjen hører til en aktivitet, der ikke findes.</translation>
    </message>
    <message>
        <source>The staff rate is in an academy that does not exist.</source>
        <translation>Timesatsen hører til et akademi, der ikke findes.</translation>
    </message>
    <message>
        <source>The staff rate is for an organisation that does not exist.</source>
        <translation>Timesatsen gælder en organisation, der ikke findes.</translation>
    </message>
    <message>
        <source>The funding is for an academy that does not exist.</source>
        <translation>Finansieringen hører til et akademi, der ikke findes.</translation>
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation>Satsen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>Antallet kan ikke være negativt.</translation>
    </message>
    <message>
        <source>The actual cost cannot be negative.</source>
        <translation>Den faktiske udgift kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A cost line of an activity or a track must be in that activity&apos;s track and academy.</source>
        <translation>En budgetlinje for en aktivitet eller et spor skal høre til aktivitetens spor og akademi.</translation>
    </message>
    <message>
        <source>The salary cannot be negative.</source>
        <translation>Lønnen kan ikke være negativ.</translation>
    </message>
    <message>
        <source>The hours a year must be more than 0 and no more than a year has, e.g. 1924.</source>
        <translation>Timer om året skal være flere end 0 og ikke flere, end et år har, f.eks. 1924.</translation>
    </message>
    <message>
        <source>The overheads cannot be negative.</source>
        <translation>Overhead kan ikke være negativ.</translation>
    </message>
    <message>
        <source>The cost of cover cannot be negative.</source>
        <translation>Udgiften til vikardækning kan ikke være negativ.</translation>
    </message>
    <message>
        <source>An amount of funding cannot be negative.</source>
        <translation>Et finansieringsbeløb kan ikke være negativt.</translation>
    </message>
    <message>
        <source>The share must be between 0 % and 100 %.</source>
        <translation>Andelen skal være mellem 0 % og 100 %.</translation>
    </message>
    <message>
        <source>The programme theory is of an academy that does not exist.</source>
        <translation>Forandringsteorien hører til et akademi, der ikke findes.</translation>
    </message>
    <message>
        <source>The learning goal is of a track that does not exist.</source>
        <translation>Læringsmålet hører til et spor, der ikke findes.</translation>
    </message>
    <message>
        <source>The indicator is of an academy that does not exist.</source>
        <translation>Indikatoren hører til et akademi, der ikke findes.</translation>
    </message>
    <message>
        <source>The indicator is of a track that does not exist.</source>
        <translation>Indikatoren hører til et spor, der ikke findes.</translation>
    </message>
    <message>
        <source>The measurement is of an indicator that does not exist.</source>
        <translation>Målingen hører til en indikator, der ikke findes.</translation>
    </message>
    <message>
        <source>The academy already has a programme theory.</source>
        <translation>Akademiet har allerede en forandringsteori.</translation>
    </message>
    <message>
        <source>Write the learning goal, e.g. what the participants will be able to do.</source>
        <translation>Skriv læringsmålet, f.eks. hvad deltagerne skal kunne.</translation>
    </message>
    <message>
        <source>The indicator needs a name, e.g. what is measured.</source>
        <translation>Indikatoren skal have et navn, f.eks. hvad der måles.</translation>
    </message>
    <message>
        <source>An indicator of a track must be in that track&apos;s academy.</source>
        <translation>En indikator for et spor skal høre til sporets akademi.</translation>
    </message>
    <message>
        <source>The months after the programme cannot be negative; use 0 for at its end.</source>
        <translation>Måneder efter forløbet kan ikke være negative; brug 0 for ved afslutningen.</translation>
    </message>
    <message>
        <source>Months after the programme go only with a measurement after it.</source>
        <translation>Måneder efter forløbet hører kun til en måling efter det.</translation>
    </message>
    <message>
        <source>The planned date must lie between the years 2000 and 2100.</source>
        <translation>Den planlagte dato skal ligge mellem år 2000 og 2100.</translation>
    </message>
    <message>
        <source>The date measured must lie between the years 2000 and 2100.</source>
        <translation>Måledatoen skal ligge mellem år 2000 og 2100.</translation>
    </message>
    <message>
        <source>The agenda item belongs to a session that does not exist.</source>
        <translation>Punktet på dagsordenen hører til en session, der ikke findes.</translation>
    </message>
    <message>
        <source>The agenda item needs the time it starts.</source>
        <translation>Punktet på dagsordenen skal have det klokkeslæt, det begynder.</translation>
    </message>
    <message>
        <source>The agenda item at %1 starts outside its session, %2.</source>
        <translation>Punktet på dagsordenen kl. %1 begynder uden for sin session, %2.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::WarningsDock</name>
    <message>
        <source>Planning Warnings</source>
        <translation>Planlægningsadvarsler</translation>
    </message>
    <message>
        <source>Planning &amp;Warnings</source>
        <translation>Planlægnings&amp;advarsler</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>No planning warnings</source>
        <translation>Ingen planlægningsadvarsler</translation>
    </message>
    <message>
        <source>Planning warnings: %1 problems, %2 warnings, %3 for information. Click to see them.</source>
        <translation>Planlægningsadvarsler: %1 problemer, %2 advarsler, %3 til orientering. Klik for at se dem.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::WarningsPanel</name>
    <message>
        <source>Show &amp;dismissed</source>
        <translation>Vis &amp;kvitterede</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>K&amp;vitter…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Gen&amp;åbn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle alvorsgrader</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle slags</translation>
    </message>
    <message>
        <source>Also list the warnings dismissed with a reason</source>
        <translation>Vis også de advarsler, der er kvitteret for med en begrundelse</translation>
    </message>
    <message>
        <source>Planning warnings</source>
        <translation>Planlægningsadvarsler</translation>
    </message>
    <message>
        <source>Show the item the warning is about (Enter)</source>
        <translation>Vis det, advarslen handler om (Enter)</translation>
    </message>
    <message>
        <source>Accept the warning for this item, with a reason that is saved in the project</source>
        <translation>Kvitter for advarslen for dette punkt med en begrundelse, der gemmes i projektet</translation>
    </message>
    <message>
        <source>Count the dismissed warning again</source>
        <translation>Tæl advarslen med igen</translation>
    </message>
    <message>
        <source>Dismiss Warning</source>
        <translation>Kvitter for advarsel</translation>
    </message>
    <message>
        <source>%1

Why is this all right? The reason is saved in the project and shown with the warning.</source>
        <translation>%1

Hvorfor er det i orden? Begrundelsen gemmes i projektet og vises sammen med advarslen.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::WebProgramme</name>
    <message>
        <source>The project has no academy to put on a web page.</source>
        <translation>Projektet har intet akademi, der kan sættes på en webside.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::WorkingCopy</name>
    <message>
        <source>The unsaved work is in use by another Akademiplan window.</source>
        <translation>Det ikke-gemte arbejde er i brug i et andet Akademiplan-vindue.</translation>
    </message>
    <message>
        <source>Cannot create Akademiplan&apos;s data folder %1.</source>
        <translation>Akademiplans datamappe %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>Cannot write in Akademiplan&apos;s data folder %1.</source>
        <translation>Der kan ikke skrives i Akademiplans datamappe %1.</translation>
    </message>
</context>
<context>
    <name>Akademiplan::Workspace</name>
    <message>
        <source>Sort Names by Fi&amp;rst Name</source>
        <translation>Sorter navne efter f&amp;ornavn</translation>
    </message>
    <message>
        <source>Sort Names by &amp;Last Name</source>
        <translation>Sorter navne efter &amp;efternavn</translation>
    </message>
    <message>
        <source>Sort people by the last word of their name: Anne Marie Jensen under J</source>
        <translation>Sorter personer efter det sidste ord i navnet: Anne Marie Jensen under J</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>akademiplan: no display is available to show the window; see akademiplan --help for what works without one.</source>
        <translation>akademiplan: der er ingen skærm til rådighed, som vinduet kan vises på; se akademiplan --help for de funktioner, der kan bruges uden skærm.</translation>
    </message>
    <message>
        <source>akademiplan: give at most one file to open.</source>
        <translation>akademiplan: angiv højst én fil, der skal åbnes.</translation>
    </message>
</context>
</TS>
