// SPDX-License-Identifier: MPL-2.0
// Every item model of core/models under QAbstractItemModelTester while real edits, their undo and
// their redo go through the editor: small ones the models follow row by row and batches above
// their reset threshold. After each step a model must show what a model made afresh on the same
// project shows, which is what the consultant sees after reopening the file.
#include "catch.h"
#include "editor/projecteditor.h"
#include "models/academytreemodel.h"
#include "models/enrolmenttablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "models/sessiontablemodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QFile>

#include <functional>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The tester reports a broken model contract as a warning in its own category (a fatal report
// would end the whole test program); the warnings are collected here and checked by the test.
class ModelContractLog
{
public:
    ModelContractLog()
    {
        s_failures.clear();
        s_previous = qInstallMessageHandler(&handle);
    }
    ~ModelContractLog() { qInstallMessageHandler(s_previous); }

    std::string failures() const { return s_failures.join(QLatin1Char('\n')).toStdString(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && qstrcmp(context.category, "qt.modeltest") == 0)
            s_failures.append(message);
        else if (s_previous)
            s_previous(type, context, message);
    }

    static inline QStringList s_failures;
    static inline QtMessageHandler s_previous = nullptr;
};

// The models of one window on one document.
struct Models
{
    explicit Models(Document &document, ProjectEditor &editor)
        : tree(&document, &editor), participants(&document, &editor), sessions(&document, &editor),
          enrolments(&document, &editor), organisations(&document, &editor)
    {
    }

    std::vector<QAbstractItemModel *> all() { return {&tree, &participants, &sessions, &enrolments, &organisations}; }

    AcademyTreeModel tree;
    ParticipantTableModel participants;
    SessionTableModel sessions;
    EnrolmentTableModel enrolments;
    OrganisationTableModel organisations;
};

// What a view shows of a model: every row's displayed text, children indented below their parent.
void collect(const QAbstractItemModel &model, const QModelIndex &parent, const QString &indent, QStringList &lines)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells.append(model.index(row, column, parent).data().toString());
        lines.append(indent + cells.join(QStringLiteral(" | ")));
        collect(model, model.index(row, 0, parent), indent + QStringLiteral("  "), lines);
    }
}

QStringList shown(const QAbstractItemModel &model)
{
    QStringList lines;
    collect(model, {}, {}, lines);
    return lines;
}

using View = std::vector<QStringList>;

View shown(Models &models)
{
    View view;
    for (QAbstractItemModel *model : models.all())
        view.push_back(shown(*model));
    return view;
}

// Empty when equal; else the first line that differs in each model, readable in a failure.
std::string difference(const View &actual, const View &expected)
{
    const char *names[] = {"navigator", "participants", "sessions", "enrolments", "organisations"};
    std::string text;
    for (std::size_t m = 0; m < actual.size(); ++m) {
        const QStringList &a = actual[m];
        const QStringList &e = expected[m];
        if (a == e)
            continue;
        qsizetype line = 0;
        while (line < a.size() && line < e.size() && a[line] == e[line])
            ++line;
        text += std::string(names[m]) + ": " + std::to_string(a.size()) + " rows, expected " +
                std::to_string(e.size()) + "; line " + std::to_string(line) + " shows \"" +
                (line < a.size() ? a[line] : QString()).toStdString() + "\", expected \"" +
                (line < e.size() ? e[line] : QString()).toStdString() + "\"\n";
    }
    return text;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

qint64 firstId(const std::vector<Participant> &people, qint64 organisationId)
{
    for (const Participant &person : people)
        if (person.organisationId == organisationId)
            return person.id;
    FAIL("nobody in that organisation");
    return 0;
}

struct Edit
{
    const char *name;
    std::function<EditResult(ProjectEditor &, Models &, const Project &)> run;
    // What the consultant sees right after the edit, given the project before it.
    std::function<void(Models &, const Project &before, const Project &after)> check;
};

int enrolmentsOfPeople(const Project &project, const QList<qint64> &people)
{
    int count = 0;
    for (const Enrolment &enrolment : project.enrolments)
        count += people.contains(enrolment.participantId) ? 1 : 0;
    return count;
}

const QString openLecture = QStringLiteral("Open lecture");

const std::vector<Edit> &edits()
{
    static const std::vector<Edit> list = {
        {"add a participant",
         [](ProjectEditor &e, Models &, const Project &) {
             Participant person;
             person.name = QStringLiteral("Ny Deltager");
             return e.addParticipant(person);
         },
         [](Models &m, const Project &before, const Project &after) {
             CHECK(m.participants.rowCount() == before.participants.size() + 1);
             const int row = m.participants.rowOf(after.participants.items().back().id);
             CHECK(cell(m.participants, row, ParticipantTableModel::Name) == QStringLiteral("Ny Deltager"));
         }},
        {"rename an activity in the navigator",
         [](ProjectEditor &, Models &m, const Project &project) {
             const QModelIndex index = m.tree.indexOf(EntityType::Activity, project.activities.at(0).id);
             return m.tree.setData(index, QStringLiteral("Omdøbt workshop")) ? EditResult::success()
                                                                             : EditResult::failure({});
         },
         [](Models &m, const Project &before, const Project &) {
             const QModelIndex index = m.tree.indexOf(EntityType::Activity, before.activities.at(0).id);
             CHECK(index.data().toString() == QStringLiteral("Omdøbt workshop"));
             CHECK(m.tree.rowCount(index.parent()) == int(before.activitiesOf(before.activities.at(0).trackId).size()));
         }},
        {"rename a participant who is enrolled",
         [](ProjectEditor &e, Models &, const Project &project) {
             Participant person = project.participants.at(0);
             person.name = QStringLiteral("Omdøbt Person");
             return e.update(person, QStringLiteral("name"));
         },
         [](Models &m, const Project &before, const Project &) {
             const qint64 id = before.participants.at(0).id;
             CHECK(cell(m.participants, m.participants.rowOf(id), ParticipantTableModel::Name) ==
                   QStringLiteral("Omdøbt Person"));
             int rows = 0;
             for (int row = 0; row < m.enrolments.rowCount(); ++row) {
                 if (m.enrolments.rowAt(row).participantId == id) {
                     ++rows;
                     CHECK(cell(m.enrolments, row, EnrolmentTableModel::Name) == QStringLiteral("Omdøbt Person"));
                 }
             }
             CHECK(rows > 0);
         }},
        {"rename an organisation in its table",
         [](ProjectEditor &, Models &m, const Project &) {
             const bool ok = m.organisations.setData(m.organisations.index(0, OrganisationTableModel::Name),
                                                     QStringLiteral("Omdøbt forvaltning"));
             return ok ? EditResult::success() : EditResult::failure({});
         },
         [](Models &m, const Project &before, const Project &) {
             CHECK(cell(m.organisations, 0, OrganisationTableModel::Name) == QStringLiteral("Omdøbt forvaltning"));
             const qint64 member = firstId(before.participants.items(), before.organisations.at(0).id);
             CHECK(cell(m.participants, m.participants.rowOf(member), ParticipantTableModel::Organisation) ==
                   QStringLiteral("Omdøbt forvaltning"));
         }},
        {"move an activity to another track",
         [](ProjectEditor &e, Models &, const Project &project) {
             Activity activity = project.activities.at(0);
             activity.trackId = project.tracks.items().back().id;
             return e.update(activity);
         },
         [](Models &m, const Project &before, const Project &after) {
             const Activity &moved = before.activities.at(0);
             const QModelIndex from = m.tree.indexOf(EntityType::Track, moved.trackId);
             const QModelIndex to = m.tree.indexOf(EntityType::Track, after.tracks.items().back().id);
             CHECK(m.tree.rowCount(from) == int(before.activitiesOf(moved.trackId).size()) - 1);
             CHECK(m.tree.rowCount(to) == int(after.activitiesOf(after.tracks.items().back().id).size()));
             CHECK(m.tree.indexOf(EntityType::Activity, moved.id).parent() == to);
         }},
        {"move the last track to the top, with its activities",
         [](ProjectEditor &e, Models &, const Project &project) {
             Track track = project.tracks.items().back();
             track.position = -1;
             return e.update(track);
         },
         [](Models &m, const Project &before, const Project &) {
             const Track &track = before.tracks.items().back();
             const QModelIndex index = m.tree.indexOf(EntityType::Track, track.id);
             CHECK(index.row() == 0);
             CHECK(index.data().toString() == track.name);
             CHECK(m.tree.rowCount(index) == int(before.activitiesOf(track.id).size()));
         }},
        {"delete an academy with its tracks, activities, sessions and enrolments",
         [](ProjectEditor &e, Models &, const Project &project) {
             return e.remove(EntityType::Academy, project.academies.at(0).id);
         },
         [](Models &m, const Project &before, const Project &) {
             CHECK(m.tree.rowCount() == before.academies.size() - 1);
             CHECK(m.sessions.rowCount() == 0);
             CHECK(m.enrolments.rowCount() == 0);
             CHECK(m.participants.rowCount() == before.participants.size());
         }},
        {"delete a session",
         [](ProjectEditor &e, Models &, const Project &project) {
             return e.remove(EntityType::Session, project.sessions.at(3).id);
         },
         [](Models &m, const Project &before, const Project &) {
             CHECK(m.sessions.rowCount() == before.sessions.size() - 1);
             CHECK(m.sessions.rowOf(before.sessions.at(3).id) == -1);
         }},
        {"enrol 200 people in one call",
         [](ProjectEditor &e, Models &, const Project &project) {
             QList<qint64> people;
             for (qsizetype i = 0; i < 200; ++i)
                 people.append(project.participants.at(i).id);
             const EditResult result = e.enrolInActivity(activityTitled(project, openLecture).id, people);
             CHECK(result.waitlisted == 50);
             return result;
         },
         [](Models &m, const Project &before, const Project &) {
             CHECK(m.enrolments.rowCount() == before.enrolments.size() + 200);
             const int last = m.enrolments.rowCount() - 1;
             CHECK(cell(m.enrolments, last, EnrolmentTableModel::Status) == QStringLiteral("On the waiting list"));
             CHECK(cell(m.enrolments, last - 50, EnrolmentTableModel::Status) == QStringLiteral("Enrolled"));
         }},
        {"delete 100 enrolled participants in one call",
         [](ProjectEditor &e, Models &, const Project &project) {
             QList<qint64> people;
             for (qsizetype i = 0; i < 100; ++i)
                 people.append(project.participants.at(i).id);
             return e.remove(EntityType::Participant, people);
         },
         [](Models &m, const Project &before, const Project &) {
             QList<qint64> people;
             for (qsizetype i = 0; i < 100; ++i)
                 people.append(before.participants.at(i).id);
             CHECK(m.participants.rowCount() == before.participants.size() - 100);
             CHECK(m.enrolments.rowCount() == before.enrolments.size() - enrolmentsOfPeople(before, people));
             CHECK(cell(m.participants, 0, ParticipantTableModel::Name) == before.participants.at(100).name);
         }},
        {"import 300 participants in one call",
         [](ProjectEditor &e, Models &, const Project &project) {
             std::vector<AnyEntity> drafts;
             for (int n = 1; n <= 300; ++n) {
                 Participant person;
                 person.name = QStringLiteral("Importeret %1").arg(n);
                 person.organisationId = project.organisations.at(0).id;
                 drafts.emplace_back(person);
             }
             return e.insertAll(QStringLiteral("import"), drafts);
         },
         [](Models &m, const Project &before, const Project &) {
             CHECK(m.participants.rowCount() == before.participants.size() + 300);
             CHECK(cell(m.participants, m.participants.rowCount() - 1, ParticipantTableModel::Name) ==
                   QStringLiteral("Importeret 300"));
             int members = 0;
             for (const Participant &person : before.participants)
                 members += person.organisationId == before.organisations.at(0).id ? 1 : 0;
             CHECK(cell(m.organisations, 0, OrganisationTableModel::Members) == QString::number(members + 300));
         }},
        {"add an academy from the template",
         [](ProjectEditor &e, Models &, const Project &) {
             Academy academy;
             academy.name = QStringLiteral("Skabelonakademi");
             academy.startDate = QDate(2028, 2, 1);
             academy.endDate = QDate(2028, 12, 15);
             return e.addAcademyFromTemplate(academy);
         },
         [](Models &m, const Project &before, const Project &after) {
             CHECK(m.tree.rowCount() == before.academies.size() + 1);
             const QModelIndex academy = m.tree.index(m.tree.rowCount() - 1, 0);
             CHECK(academy.data().toString() == QStringLiteral("Skabelonakademi"));
             CHECK(m.tree.rowCount(academy) == 4);
             CHECK(m.tree.rowCount(m.tree.index(0, 0, academy)) ==
                   int(after.activitiesOf(AcademyTreeModel::idOf(m.tree.index(0, 0, academy))).size()));
         }},
        {"cancel an enrolment",
         [](ProjectEditor &e, Models &, const Project &project) {
             return e.setEnrolmentStatus(project.enrolments.at(0).id, EnrolmentStatus::Cancelled);
         },
         [](Models &m, const Project &, const Project &) {
             CHECK(cell(m.enrolments, 0, EnrolmentTableModel::Status) == QStringLiteral("Cancelled"));
         }},
        {"delete an organisation people belong to",
         [](ProjectEditor &e, Models &, const Project &project) {
             return e.remove(EntityType::Organisation, project.organisations.at(0).id);
         },
         [](Models &m, const Project &before, const Project &) {
             CHECK(m.organisations.rowCount() == before.organisations.size() - 1);
             const qint64 member = firstId(before.participants.items(), before.organisations.at(0).id);
             CHECK(cell(m.participants, m.participants.rowOf(member), ParticipantTableModel::Organisation).isEmpty());
         }},
    };
    return list;
}

// The example academy, 100 more people and an open lecture for 150, saved.
QString makeTestProject(const TempFolder &folder)
{
    const QString path = makeProjectFile(folder, QStringLiteral("models.akademi"), true);
    auto document = openDocument(path);
    ProjectEditor editor(*document);
    std::vector<AnyEntity> drafts;
    for (int n = 1; n <= 100; ++n) {
        Participant person;
        person.name = QStringLiteral("Deltager %1").arg(n, 3, 10, QLatin1Char('0'));
        drafts.emplace_back(person);
    }
    Activity lecture;
    lecture.trackId = document->project().tracks.at(0).id;
    lecture.title = openLecture;
    lecture.capacity = 150;
    drafts.emplace_back(lecture);
    REQUIRE(editor.insertAll(QStringLiteral("setup"), drafts).ok);
    FileProblem problem;
    REQUIRE(document->save(&problem));
    return path;
}

} // namespace

TEST_CASE("every list and the navigator show each edit, its undo and its redo as a reopened file would",
          "[models][undo]")
{
    TempFolder setupFolder;
    const QString original = makeTestProject(setupFolder);
    for (const Edit &edit : edits()) {
        DYNAMIC_SECTION(edit.name)
        {
            TempFolder folder;
            const QString path = folder.path(QStringLiteral("models.akademi"));
            REQUIRE(QFile::copy(original, path));
            auto document = openDocument(path);
            ProjectEditor editor(*document);
            ModelContractLog log;
            Models models(*document, editor);
            std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
            for (QAbstractItemModel *model : models.all())
                testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    model, QAbstractItemModelTester::FailureReportingMode::Warning));
            const Project before = document->project();
            const View shownBefore = shown(models);

            const EditResult result = edit.run(editor, models, before);
            INFO(result.error.toStdString());
            REQUIRE(result.ok);
            edit.check(models, before, document->project());
            const View shownAfter = shown(models);
            {
                Models fresh(*document, editor);
                CHECK(difference(shownAfter, shown(fresh)) == std::string());
            }
            CHECK(log.failures() == std::string());

            document->undoStack()->undo();
            CHECK(difference(shown(models), shownBefore) == std::string());
            document->undoStack()->redo();
            CHECK(difference(shown(models), shownAfter) == std::string());
            CHECK(log.failures() == std::string());
        }
    }
}
