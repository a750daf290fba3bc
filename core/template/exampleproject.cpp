// SPDX-License-Identifier: MPL-2.0
#include "exampleproject.h"

#include "academytemplate.h"
#include "exampleagenda.h"
#include "examplebudget.h"
#include "exampleevaluation.h"
#include "domain/domainlabels.h"

#include <QHash>

namespace Akademiplan {

namespace {

// Placeholder ids by range, so that rows of one batch can refer to each other.
constexpr qint64 academyId = -1;
constexpr qint64 firstActivityId = -1000;
constexpr qint64 firstSessionId = -5000;
constexpr qint64 firstOrganisationId = -10000;
constexpr qint64 firstParticipantId = -20000;

const QStringList firstNames = {
    QStringLiteral("Anne"),   QStringLiteral("Mette"),  QStringLiteral("Lars"),     QStringLiteral("Søren"),
    QStringLiteral("Hanne"),  QStringLiteral("Jens"),   QStringLiteral("Kirsten"),  QStringLiteral("Peter"),
    QStringLiteral("Louise"), QStringLiteral("Mads"),   QStringLiteral("Camilla"),  QStringLiteral("Rasmus"),
    QStringLiteral("Birgit"), QStringLiteral("Anders"), QStringLiteral("Sofie"),    QStringLiteral("Henrik"),
    QStringLiteral("Line"),   QStringLiteral("Jørgen"), QStringLiteral("Maja"),     QStringLiteral("Thomas"),
    QStringLiteral("Ida"),    QStringLiteral("Niels"),  QStringLiteral("Pernille"), QStringLiteral("Morten"),
    QStringLiteral("Karen"),  QStringLiteral("Bo"),     QStringLiteral("Signe"),    QStringLiteral("Ole"),
    QStringLiteral("Lærke"),  QStringLiteral("Kasper"), QStringLiteral("Tove"),
};
const QStringList lastNames = {
    QStringLiteral("Jensen"),  QStringLiteral("Nielsen"),    QStringLiteral("Hansen"),   QStringLiteral("Pedersen"),
    QStringLiteral("Andersen"), QStringLiteral("Christensen"), QStringLiteral("Larsen"),  QStringLiteral("Sørensen"),
    QStringLiteral("Rasmussen"), QStringLiteral("Jørgensen"), QStringLiteral("Petersen"), QStringLiteral("Madsen"),
    QStringLiteral("Kristensen"), QStringLiteral("Olsen"),   QStringLiteral("Thomsen"),  QStringLiteral("Møller"),
    QStringLiteral("Kjær"),    QStringLiteral("Lund"),       QStringLiteral("Holm"),     QStringLiteral("Bak"),
};

QString emailName(QString name)
{
    name = name.toLower();
    name.replace(QStringLiteral("æ"), QStringLiteral("ae"));
    name.replace(QStringLiteral("ø"), QStringLiteral("oe"));
    name.replace(QStringLiteral("å"), QStringLiteral("aa"));
    name.replace(QLatin1Char(' '), QLatin1Char('.'));
    return name;
}

class Builder
{
public:
    std::vector<AnyEntity> rows;

    qint64 organisation(const QString &name, OrganisationKind kind)
    {
        Organisation organisation;
        organisation.id = m_nextOrganisation--;
        organisation.name = name;
        organisation.kind = kind;
        rows.emplace_back(organisation);
        return organisation.id;
    }

    QList<qint64> people(int count, ParticipantRole role, const QList<qint64> &organisations, const QString &domain)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            Participant participant;
            participant.id = m_nextParticipant--;
            // Walk the name lists with different strides so that names rarely repeat.
            const int n = m_personCounter++;
            participant.name = firstNames.at((n * 7) % firstNames.size()) + QLatin1Char(' ')
                               + lastNames.at((n * 3 + n / lastNames.size()) % lastNames.size());
            participant.email = QStringLiteral("%1.%2@%3").arg(emailName(participant.name)).arg(n + 1).arg(domain);
            participant.phone = QStringLiteral("+45 %1 %2 %3 %4")
                                    .arg(20 + n % 70)
                                    .arg(10 + (n * 13) % 89)
                                    .arg(10 + (n * 29) % 89)
                                    .arg(10 + (n * 37) % 89);
            participant.role = role;
            participant.organisationId = organisations.isEmpty() ? 0 : organisations.at(i % organisations.size());
            rows.emplace_back(participant);
            ids.append(participant.id);
        }
        return ids;
    }

    qint64 activity(qint64 trackId, ActivityKind kind, const QString &title, const QString &description,
                    const QString &facilitator, const QString &location, int capacity,
                    const QString &parallelGroup = QString())
    {
        Activity activity;
        activity.id = m_nextActivity--;
        activity.trackId = trackId;
        activity.kind = kind;
        activity.title = title;
        activity.description = description;
        activity.facilitator = facilitator;
        activity.location = location;
        activity.capacity = capacity;
        activity.parallelGroup = parallelGroup;
        activity.position = m_activitiesIn[trackId]++;
        rows.emplace_back(activity);
        return activity.id;
    }

    // Returns the session's UUID, which a dismissed warning names.
    QUuid session(qint64 activityId, int month, int day, QTime start, QTime end, const QString &location = QString())
    {
        Session session;
        session.uuid = QUuid::createUuid();
        session.id = m_nextSession--;
        session.activityId = activityId;
        session.date = QDate(2027, month, day);
        session.startTime = start;
        session.endTime = end;
        session.location = location;
        rows.emplace_back(session);
        return session.uuid;
    }
    // The placeholder id of the session added last.
    qint64 lastSession() const { return m_nextSession + 1; }

    void setMaterials(qint64 activityId, const QString &materials)
    {
        for (AnyEntity &row : rows)
            if (auto *activity = std::get_if<Activity>(&row); activity && activity->id == activityId)
                activity->materials = materials;
    }

    // Makes an organisation a partner with a contact person; the rest of what the register
    // keeps is set by the caller on the returned row before it is attached anywhere.
    Organisation &partner(qint64 organisationId, const QString &contact, const QString &email, const QString &phone,
                          const QList<PartnerContribution> &contributions, AgreementStatus agreement,
                          const std::optional<QDate> &agreed, const QString &notes)
    {
        for (AnyEntity &row : rows) {
            auto *organisation = std::get_if<Organisation>(&row);
            if (!organisation || organisation->id != organisationId)
                continue;
            organisation->contactName = contact;
            organisation->contactEmail = email;
            organisation->contactPhone = phone;
            organisation->contributions = contributions;
            organisation->agreement = agreement;
            organisation->agreementDate = agreed;
            organisation->notes = notes;
            return *organisation;
        }
        Q_UNREACHABLE();
    }

    void attach(qint64 organisationId, qint64 trackId, qint64 activityId, const QString &note)
    {
        Partnership partnership;
        partnership.organisationId = organisationId;
        partnership.trackId = trackId;
        partnership.activityId = activityId;
        partnership.note = note;
        rows.emplace_back(partnership);
    }

    void enrol(const QList<qint64> &participants, qint64 trackId, qint64 activityId,
               EnrolmentStatus status = EnrolmentStatus::Enrolled)
    {
        for (qint64 participantId : participants) {
            Enrolment enrolment;
            enrolment.participantId = participantId;
            enrolment.trackId = trackId;
            enrolment.activityId = activityId;
            enrolment.status = status;
            rows.emplace_back(enrolment);
        }
    }

private:
    qint64 m_nextOrganisation = firstOrganisationId;
    qint64 m_nextParticipant = firstParticipantId;
    qint64 m_nextActivity = firstActivityId;
    qint64 m_nextSession = firstSessionId;
    QHash<qint64, int> m_activitiesIn; // activities made so far per track, for their order
    int m_personCounter = 0;
};

} // namespace

std::vector<AnyEntity> ExampleProject::build(const QString &municipalityName, CouncilName councilName)
{
    Builder b;
    const QString domain = QStringLiteral("%1.example").arg(emailName(municipalityName));
    const QString townHall = tr("%1 Town Hall").arg(municipalityName);
    const QString conferenceCentre = tr("Søhøjlandet Conference Centre");
    const QString consultant = QStringLiteral("Karen Holm Sørensen");

    Academy academy;
    academy.id = academyId;
    academy.name = tr("Innovation Academy %1 2027").arg(municipalityName);
    academy.partnerMunicipalities = {};
    academy.startDate = QDate(2027, 2, 1);
    academy.endDate = QDate(2027, 12, 17);
    academy.status = AcademyStatus::Agreed;
    academy.purpose = tr("To strengthen the innovation capacity of the whole municipal organisation, from employees "
                         "through managers to %1, and to anchor innovative work in the daily "
                         "collaboration with citizens, businesses and volunteer organisations.")
                          .arg(DomainLabels::label(councilName));
    academy.focusAreas = {tr("Welfare technology in elder care"), tr("Citizen involvement in urban development"),
                          tr("A coherent effort for children and young people")};
    academy.consultant = consultant;
    academy.council = councilName;
    academy.councilMeetings = QStringLiteral("last-tue");
    b.rows.emplace_back(academy);

    // The tracks come from the template; its generic activities are replaced by this plan's own.
    qint64 trackIds[4] = {};
    for (const AnyEntity &row : AcademyTemplate::recommended(academyId, councilName)) {
        if (const auto *track = std::get_if<Track>(&row)) {
            trackIds[track->position] = track->id;
            b.rows.push_back(row);
        }
    }
    const qint64 network = trackIds[0], leadership = trackIds[1], political = trackIds[2], organisational = trackIds[3];

    const QList<qint64> departments = {
        b.organisation(tr("Children and Young People"), OrganisationKind::MunicipalDepartment),
        b.organisation(tr("Health and Care"), OrganisationKind::MunicipalDepartment),
        b.organisation(tr("Technical Services and Environment"), OrganisationKind::MunicipalDepartment),
        b.organisation(tr("Culture, Sport and Leisure"), OrganisationKind::MunicipalDepartment),
        b.organisation(tr("Finance and Human Resources"), OrganisationKind::MunicipalDepartment),
        b.organisation(tr("Jobs and Citizen Services"), OrganisationKind::MunicipalDepartment),
    };
    const qint64 council = b.organisation(DomainLabels::capitalised(councilName), OrganisationKind::MunicipalDepartment);
    const QList<qint64> partners = {
        b.organisation(tr("Lakeland Volunteer Centre"), OrganisationKind::VolunteerOrganisation),
        b.organisation(tr("Gudenå Welfare Tech ApS"), OrganisationKind::LocalBusiness),
        b.organisation(tr("Central Jutland Academy of Professional Education"), OrganisationKind::EducationInstitution),
    };

    const QList<qint64> keyPersons = b.people(20, ParticipantRole::KeyPerson, departments, domain);
    const QList<qint64> managers = b.people(60, ParticipantRole::Manager, departments, domain);
    const QList<qint64> politicians = b.people(31, ParticipantRole::Politician, {council}, domain);
    const QList<qint64> employees = b.people(40, ParticipantRole::Employee, departments, domain);
    const QList<qint64> externals = b.people(10, ParticipantRole::ExternalPartner, partners, domain);

    const QTime fullDayStart(9, 0), fullDayEnd(15, 30);

    // Innovation network: a kick-off workshop and half-day network meetings through the year.
    const qint64 kickOff = b.activity(network, ActivityKind::Workshop, tr("Kick-off workshop for the network"),
                                      tr("The key persons meet, choose their cases within the focus areas and plan "
                                         "the year."),
                                      consultant, townHall, 25);
    b.session(kickOff, 3, 2, fullDayStart, fullDayEnd);
    const qint64 kickOffSession = b.lastSession();
    b.setMaterials(kickOff, tr("Name tags, posters and dot stickers for the case market, the year wheel printed in A0, "
                               "post-its and markers for every table."));
    const qint64 networkMeetings =
        b.activity(network, ActivityKind::NetworkMeeting, tr("Network meetings"),
                   tr("Half-day meetings: cases from the participants' own work, a method and peer sparring."),
                   consultant, townHall, 25);
    b.session(networkMeetings, 4, 13, QTime(9, 0), QTime(12, 30));
    b.session(networkMeetings, 6, 8, QTime(9, 0), QTime(12, 30));
    b.session(networkMeetings, 8, 31, QTime(9, 0), QTime(12, 30));
    b.session(networkMeetings, 11, 9, QTime(9, 0), QTime(12, 30));

    // Leadership innovators: all managers in three parallel groups of four full-day modules.
    const QString groupNames[3] = {tr("Leading innovation, group A"), tr("Leading innovation, group B"),
                                   tr("Leading innovation, group C")};
    const int moduleDays[3][4][2] = {{{3, 16}, {5, 11}, {9, 14}, {11, 23}},
                                     {{3, 18}, {5, 13}, {9, 16}, {11, 25}},
                                     {{3, 23}, {5, 20}, {9, 21}, {11, 30}}};
    qint64 groups[3] = {};
    for (int g = 0; g < 3; ++g) {
        groups[g] = b.activity(leadership, ActivityKind::Course, groupNames[g],
                               tr("Four full-day modules on innovation methods, the manager's role and leading "
                                  "experiments in one's own area."),
                               consultant, conferenceCentre, 20, tr("Leading innovation"));
        for (const auto &day : moduleDays[g])
            b.session(groups[g], day[0], day[1], fullDayStart, fullDayEnd);
    }
    const qint64 leadershipSeminar =
        b.activity(leadership, ActivityKind::Seminar, tr("Leadership seminar: what did we learn?"),
                   tr("All managers present their experiments and agree on what to carry on."), consultant, townHall, 0);
    b.session(leadershipSeminar, 12, 8, QTime(13, 0), QTime(16, 0));

    // Political innovators: a start-up seminar over two days, a masterclass and a theme day.
    const qint64 startUp = b.activity(political, ActivityKind::Seminar, tr("Start-up seminar for %1").arg(DomainLabels::label(councilName)),
                                      tr("A day and a half on the council's role in innovation, with an overnight "
                                         "stay."),
                                      consultant, conferenceCentre, 0);
    b.session(startUp, 2, 5, QTime(15, 0), QTime(21, 0));
    const qint64 startUpFriday = b.lastSession();
    b.setMaterials(startUp, tr("Name tags, the programme printed for every member, flip-overs in the group rooms, the "
                               "municipality's strategy in print."));
    const QUuid startUpSaturday = b.session(startUp, 2, 6, QTime(9, 0), QTime(13, 30));
    // A residential seminar runs into the Saturday by design: the consultant has seen the warning.
    Dismissal weekend;
    weekend.id = -1;
    weekend.kind = QStringLiteral("session-on-weekend");
    weekend.subjectUuid = startUpSaturday.toString(QUuid::WithoutBraces);
    weekend.reason = tr("The residential seminar runs from Friday afternoon to Saturday, as agreed with the mayor.");
    weekend.dismissedBy = consultant;
    b.rows.emplace_back(weekend);
    const qint64 masterclass = b.activity(political, ActivityKind::Masterclass, tr("Masterclass: innovation in welfare"),
                                          tr("An external expert and the administration on new welfare solutions."),
                                          tr("Invited expert"), townHall, 0);
    b.session(masterclass, 4, 27, QTime(16, 0), QTime(19, 0));
    const qint64 themeDay = b.activity(political, ActivityKind::Seminar, tr("Theme day: citizen involvement"),
                                       tr("How the council involves citizens early in urban development."), consultant,
                                       townHall, 0);
    b.session(themeDay, 12, 2, QTime(9, 0), QTime(15, 0));

    // Organisational innovation: brown-bag meetings late in the afternoon and an innovation day.
    const qint64 brownBag = b.activity(organisational, ActivityKind::BrownBagMeeting, tr("Brown-bag meetings"),
                                       tr("Two hours at the town hall: one case, one method, open to all."),
                                       consultant, townHall, 150);
    const int brownBagDays[6][2] = {{3, 3}, {4, 21}, {6, 9}, {8, 25}, {11, 3}, {12, 1}};
    for (const auto &day : brownBagDays)
        b.session(brownBag, day[0], day[1], QTime(15, 0), QTime(17, 0));
    const qint64 innovationDay = b.activity(organisational, ActivityKind::Seminar, tr("Innovation day"),
                                            tr("Employees, volunteer organisations and local businesses share what "
                                               "works."),
                                            consultant, townHall, 150);
    b.session(innovationDay, 6, 2, fullDayStart, fullDayEnd);

    // The partners: what each brings, how far the agreement has come, and where they take part.
    const qint64 volunteers = partners[0], welfareTech = partners[1], professionalEducation = partners[2];
    b.partner(volunteers, QStringLiteral("Birthe Mortensen"), QStringLiteral("bm@frivilligcenter.example"),
              QStringLiteral("+45 86 12 34 56"), {PartnerContribution::CoHost, PartnerContribution::Participants},
              AgreementStatus::Agreed, QDate(2026, 11, 19),
              tr("Brings volunteers from the local associations; wants the innovation day held on a weekday."));
    b.partner(welfareTech, QStringLiteral("Jakob Vestergaard"), QStringLiteral("jv@gudenaa-welfaretech.example"),
              QStringLiteral("+45 23 45 67 89"), {PartnerContribution::Speaker, PartnerContribution::Venue},
              AgreementStatus::InDialogue, QDate(2027, 1, 14),
              tr("Offers its showroom for a session; the terms are being settled."));
    b.partner(professionalEducation, QStringLiteral("Lene Bech"), QStringLiteral("lb@erhvervsakademi.example"),
              QStringLiteral("+45 72 28 00 00"), {PartnerContribution::Speaker, PartnerContribution::Funding},
              AgreementStatus::Agreed, QDate(2026, 12, 3),
              tr("Co-finances the leadership modules from its continuing education funds."));
    b.attach(volunteers, 0, innovationDay, tr("Co-hosts the day and brings volunteers"));
    b.attach(volunteers, 0, themeDay, tr("Tells how volunteers take part in urban development"));
    b.attach(welfareTech, 0, masterclass, tr("Shows welfare technology in use"));
    b.attach(professionalEducation, leadership, 0, tr("Teaches innovation methods in the modules"));

    b.enrol(keyPersons, network, 0);
    b.enrol(keyPersons, 0, kickOff);
    b.enrol(keyPersons, 0, networkMeetings);
    // 54 of 60 managers have signed up so far: coverage the consultant can follow.
    const QList<qint64> enrolledManagers = managers.mid(0, 54);
    b.enrol(enrolledManagers, leadership, 0);
    for (int g = 0; g < 3; ++g)
        b.enrol(enrolledManagers.mid(g * 18, 18), 0, groups[g]);
    b.enrol(managers.mid(54), leadership, 0, EnrolmentStatus::Invited);
    b.enrol(enrolledManagers, 0, leadershipSeminar);
    b.enrol(politicians, political, 0);
    b.enrol(politicians, 0, startUp);
    b.enrol(politicians.mid(0, 24), 0, masterclass);
    b.enrol(politicians.mid(0, 27), 0, themeDay);
    b.enrol(employees + externals, organisational, 0);
    b.enrol(employees.mid(0, 30) + externals, 0, brownBag);
    b.enrol(employees + externals + keyPersons.mid(0, 10), 0, innovationDay);

    ExamplePlanIds plan;
    plan.academy = academyId;
    plan.network = network;
    plan.leadership = leadership;
    plan.political = political;
    plan.organisational = organisational;
    plan.kickOff = kickOff;
    plan.networkMeetings = networkMeetings;
    std::copy(std::begin(groups), std::end(groups), std::begin(plan.leadingInnovationGroups));
    plan.leadershipSeminar = leadershipSeminar;
    plan.startUpSeminar = startUp;
    plan.masterclass = masterclass;
    plan.themeDay = themeDay;
    plan.brownBagMeetings = brownBag;
    plan.innovationDay = innovationDay;
    plan.childrenAndYoungPeople = departments[0];
    plan.healthAndCare = departments[1];
    for (AnyEntity &row : ExampleBudget::build(plan))
        b.rows.push_back(std::move(row));
    for (AnyEntity &row : ExampleEvaluation::build(plan))
        b.rows.push_back(std::move(row));
    plan.kickOffSession = kickOffSession;
    plan.startUpFriday = startUpFriday;
    for (AnyEntity &row : ExampleAgenda::build(plan, consultant))
        b.rows.push_back(std::move(row));
    return b.rows;
}

} // namespace Akademiplan
