// SPDX-License-Identifier: MPL-2.0
// The headless command line, run as the real built binary the way a script or a support person
// runs it: exit codes, one clear line on stderr per problem, JSON on stdout, and files left as
// they were whenever the answer is no.
#include "badfiles.h"
#include "catch.h"
#include "i18n/translations.h"
#include "programrun.h"
#include "storage/migrations.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace Akademiplan::Test {

namespace {

using CliResult = ProgramResult;

// Runs the binary with a private data and runtime folder and English messages, so that neither
// the user's own working copies nor their language can change what the tests see.
class Cli
{
public:
    QProcessEnvironment environment() const { return m_private.environment(); }

    CliResult run(const QStringList &arguments) const { return run(arguments, environment()); }

    static CliResult run(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return runProgram(QStringLiteral(AKADEMIPLAN_BINARY), arguments, environment);
    }

    // Working copies the runs left behind in the private data folder.
    std::string workingCopies() const
    {
        return folderListing(m_private.dataHome() + QStringLiteral("/Akademiplan/akademiplan/working-copies"));
    }

private:
    PrivateEnvironment m_private;
};

// Exactly one line on stderr, in the program's own voice.
void requireOneErrorLine(const CliResult &result)
{
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.err.startsWith("akademiplan: "));
    REQUIRE(result.err.endsWith('\n'));
    REQUIRE(result.err.count('\n') == 1);
    REQUIRE_FALSE(result.errText().mid(QStringLiteral("akademiplan: ").size()).trimmed().isEmpty());
}

void requireUsageError(const Cli &cli, const QStringList &arguments)
{
    const CliResult result = cli.run(arguments);
    INFO("akademiplan " << arguments.join(QLatin1Char(' ')).toStdString());
    INFO("stdout: " << result.outText().toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    requireOneErrorLine(result);
}

QJsonObject parseJson(const CliResult &result)
{
    INFO("stdout: " << result.outText().toStdString());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

int number(const QJsonObject &object, const QString &key)
{
    INFO(key.toStdString());
    REQUIRE(object.value(key).isDouble());
    return object.value(key).toInt();
}

QJsonArray array(const QJsonObject &object, const QString &key)
{
    INFO(key.toStdString());
    REQUIRE(object.value(key).isArray());
    return object.value(key).toArray();
}

QJsonObject object(const QJsonValue &value)
{
    REQUIRE(value.isObject());
    return value.toObject();
}

// What --help says, by what it is said of: each option by its long name with its description,
// the file argument as "argument", and the lines before the options by their place ("line 1").
// Descriptions wrapped over several lines are joined into one.
QMap<QString, QString> helpTexts(const QString &help)
{
    static const QRegularExpression entry(QStringLiteral("^  (\\S.*?)(?:  +(.*))?$"));
    static const QRegularExpression longName(QStringLiteral("--[a-z-]+"));
    QMap<QString, QString> texts;
    QString current;
    int line = 0;
    bool inEntries = false;
    for (const QString &text : help.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = entry.match(text);
        if (!text.startsWith(QLatin1Char(' '))) {
            inEntries = text.endsWith(QLatin1Char(':'));
            if (!inEntries)
                texts.insert(QStringLiteral("line %1").arg(++line), text);
        } else if (inEntries && match.hasMatch()) {
            const QRegularExpressionMatch name = longName.match(match.captured(1));
            current = name.hasMatch() ? name.captured() : QStringLiteral("argument");
            texts.insert(current, match.captured(2));
        } else if (!current.isEmpty()) {
            texts[current] += QLatin1Char(' ') + text.trimmed();
        }
    }
    return texts;
}

// A message with the file's path and name replaced, so that messages about different files
// can be compared.
QString withoutFileName(const QString &message, const QString &path)
{
    QString text = message;
    text.replace(path, QStringLiteral("FILE"));
    text.replace(QFileInfo(path).fileName(), QStringLiteral("FILE"));
    return text;
}

} // namespace

} // namespace Akademiplan::Test

TEST_CASE("asking for the version prints the program's version and licence and the Qt and SQLite it runs with", "[cli]")
{
    const Cli cli;
    const CliResult result = cli.run({QStringLiteral("--version")});
    INFO(result.outText().toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    // The versions in use, asked for here the way the program asks: through Qt's SQLite driver,
    // which may carry its own SQLite, and of the Qt library loaded, not the headers built against.
    const QString sqlite = queryFile(QStringLiteral(":memory:"), QStringLiteral("select sqlite_version()")).value(0).toString();
    REQUIRE_FALSE(sqlite.isEmpty());
    const QString qt = QString::fromLatin1(qVersion()) == QStringLiteral(QT_VERSION_STR)
                           ? QString::fromLatin1(qVersion())
                           : QStringLiteral("%1 (built with %2)").arg(QString::fromLatin1(qVersion()),
                                                                      QStringLiteral(QT_VERSION_STR));
    CHECK(result.outText() == QStringLiteral("akademiplan " AKADEMIPLAN_VERSION "\n"
                                             "Licence: Mozilla Public License 2.0 (MPL-2.0)\n"
                                             "Qt %1, SQLite %2\n")
                                  .arg(qt, sqlite));
}

TEST_CASE("the first line of the version is the same in Danish so that scripts can read it", "[cli][i18n]")
{
    const Cli cli;
    QProcessEnvironment danish = cli.environment();
    danish.insert(QStringLiteral("LANG"), QStringLiteral("da_DK.UTF-8"));
    danish.insert(QStringLiteral("LANGUAGE"), QStringLiteral("da"));
    const CliResult result = Cli::run({QStringLiteral("--version")}, danish);
    INFO(result.outText().toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    CHECK(result.outText().section(QLatin1Char('\n'), 0, 0) == QStringLiteral("akademiplan " AKADEMIPLAN_VERSION));
    CHECK(QRegularExpression(QStringLiteral("^akademiplan \\d+\\.\\d+\\.\\d+\\n")).match(result.outText()).hasMatch());
    CHECK(result.outText().count(QLatin1Char('\n')) == 3);
}

TEST_CASE("without XDG_RUNTIME_DIR the command line prints only its own words and leaves no folder behind", "[cli]")
{
    // A cron job or a script often runs without the variable; Qt would say so on stderr.
    const Cli cli;
    QProcessEnvironment environment = cli.environment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    environment.insert(QStringLiteral("TMPDIR"), temp.path());
    const CliResult version = Cli::run({QStringLiteral("--version")}, environment);
    CHECK(version.exitCode == 0);
    CHECK(version.errText() == QString());
    const QString path = temp.filePath(QStringLiteral("plan.akademi"));
    const CliResult made = Cli::run({QStringLiteral("--new"), path, QStringLiteral("--municipality"), QStringLiteral("740")},
                                    environment);
    CHECK(made.exitCode == 0);
    CHECK(made.errText() == QString());
    const CliResult info = Cli::run({QStringLiteral("--info"), path}, environment);
    CHECK(info.exitCode == 0);
    CHECK(info.errText() == QString());
    // The private runtime folder of each run is gone again.
    CHECK(QDir(temp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("asking for help lists the headless operations and the exit codes", "[cli]")
{
    const Cli cli;
    const CliResult result = cli.run({QStringLiteral("--help")});
    INFO(result.outText().toStdString());
    CHECK(result.exitCode == 0);
    for (const QString &option : {QStringLiteral("--new"), QStringLiteral("--info"), QStringLiteral("--check"),
                                  QStringLiteral("--municipality"), QStringLiteral("--example")})
        CHECK(result.outText().contains(option));
    CHECK(result.outText().contains(QStringLiteral("Exit codes")));
    CHECK(result.err.isEmpty());
}

TEST_CASE("help in Danish is Danish on every line and names the file argument FIL", "[cli][i18n]")
{
    const Cli cli;
    QProcessEnvironment danish = cli.environment();
    danish.insert(QStringLiteral("LANG"), QStringLiteral("da_DK.UTF-8"));
    danish.insert(QStringLiteral("LANGUAGE"), QStringLiteral("da"));
    const CliResult result = Cli::run({QStringLiteral("--help")}, danish);
    const CliResult english = cli.run({QStringLiteral("--help")});
    const QString help = result.outText();
    INFO("Danish:\n" << help.toStdString() << "\nEnglish:\n" << english.outText().toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(english.exitCode == 0);
    CHECK(result.err.isEmpty());

    // Nothing of Qt's own English, and the argument named as the descriptions name it.
    for (const QString &text : {QStringLiteral("Displays"), QStringLiteral("--help-all"), QStringLiteral("Usage:"),
                                QStringLiteral("Options:"), QStringLiteral("Arguments:")})
        CHECK_FALSE(help.contains(text));
    CHECK_FALSE(help.contains(QRegularExpression(QStringLiteral("\\bfile\\b"))));
    CHECK(help.startsWith(QStringLiteral("Brug: ")));
    CHECK(help.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(" [valgmuligheder] [FIL]")));
    CHECK(help.contains(QStringLiteral("\nValgmuligheder:\n")));
    CHECK(help.contains(QRegularExpression(QStringLiteral("\nArgumenter:\n  FIL +Den projektfil"))));

    // Help and version say what they do in the program's own words, which its Danish catalogue
    // translates; every other text is different from the English one.
    REQUIRE(Translations::install(QLocale(QLocale::Danish, QLocale::Denmark)));
    const QString helpText = QCoreApplication::translate("Akademiplan::CommandLine", "Show this help.");
    const QString versionText = QCoreApplication::translate("Akademiplan::CommandLine", "Show the program's version.");
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QMap<QString, QString> texts = helpTexts(help);
    const QMap<QString, QString> englishTexts = helpTexts(english.outText());
    CHECK(texts.keys() == englishTexts.keys());
    CHECK(texts.size() > 20); // the three lines before the options, every option and the argument
    CHECK(texts.value(QStringLiteral("--help")) == helpText);
    CHECK(texts.value(QStringLiteral("--version")) == versionText);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (it.key() == QStringLiteral("--help") || it.key() == QStringLiteral("--version"))
            continue;
        INFO(it.key().toStdString() << ": " << it.value().toStdString());
        CHECK(it.value() != englishTexts.value(it.key()));
    }
}

TEST_CASE("help in English names the file argument FILE and describes help and version in its own words", "[cli]")
{
    const Cli cli;
    const CliResult result = cli.run({QStringLiteral("--help")});
    const QString help = result.outText();
    INFO(help.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(help.startsWith(QStringLiteral("Usage: ")));
    CHECK(help.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(" [options] [FILE]")));
    CHECK(help.contains(QRegularExpression(QStringLiteral("\n  -h, --help +Show this help\\.\n"))));
    CHECK(help.contains(QRegularExpression(QStringLiteral("\n  -v, --version +Show the program's version\\.\n"))));
    CHECK(help.contains(QRegularExpression(QStringLiteral("\nArguments:\n  FILE +The project file"))));
    CHECK_FALSE(help.contains(QStringLiteral("Displays")));
    CHECK_FALSE(help.contains(QStringLiteral("--help-all")));
    // -h and -v are the short forms of --help and --version.
    CHECK(cli.run({QStringLiteral("-h")}).out == result.out);
    const CliResult shortVersion = cli.run({QStringLiteral("-v")});
    CHECK(shortVersion.outText().startsWith(QStringLiteral("akademiplan " AKADEMIPLAN_VERSION "\n")));
    CHECK(shortVersion.out == cli.run({QStringLiteral("--version")}).out);
}

TEST_CASE("wrong usage exits 1 with one line on stderr and writes no file", "[cli]")
{
    const Cli cli;
    TempFolder folder;
    const QString project = makeProjectFile(folder, QStringLiteral("plan.akademi"), false);
    const QString newPath = folder.path(QStringLiteral("new.akademi"));
    const QByteArray projectBytes = readBytes(project);
    const std::string entries = folderListing(folder.path(QString()));

    SECTION("an unknown option alone")
    {
        requireUsageError(cli, {QStringLiteral("--frobnicate")});
    }
    SECTION("an unknown option with --check")
    {
        requireUsageError(cli, {QStringLiteral("--check"), project, QStringLiteral("--frobnicate")});
    }
    SECTION("an option without its value")
    {
        requireUsageError(cli, {QStringLiteral("--info")});
    }
    SECTION("--new without --municipality")
    {
        requireUsageError(cli, {QStringLiteral("--new"), newPath});
    }
    SECTION("two operations at once")
    {
        requireUsageError(cli, {QStringLiteral("--info"), project, QStringLiteral("--check"), project});
    }
    SECTION("--new together with --check")
    {
        requireUsageError(cli, {QStringLiteral("--new"), newPath, QStringLiteral("--municipality"),
                                QStringLiteral("740"), QStringLiteral("--check"), project});
    }
    SECTION("--municipality without --new")
    {
        requireUsageError(cli, {QStringLiteral("--municipality"), QStringLiteral("740")});
    }
    SECTION("--example without --new")
    {
        requireUsageError(cli, {QStringLiteral("--example")});
    }
    SECTION("--municipality together with --check")
    {
        requireUsageError(
            cli, {QStringLiteral("--check"), project, QStringLiteral("--municipality"), QStringLiteral("740")});
    }
    SECTION("a file argument together with --info")
    {
        requireUsageError(cli, {QStringLiteral("--info"), project, folder.path(QStringLiteral("other.akademi"))});
    }
    CHECK(folderListing(folder.path(QString())) == entries);
    CHECK(holdsBytes(project, projectBytes));
    CHECK(cli.workingCopies() == "");
}

TEST_CASE("a new project made on the command line passes the check and leaves nothing else behind", "[cli]")
{
    const Cli cli;
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("Silkeborg 2027.akademi"));
    const CliResult created =
        cli.run({QStringLiteral("--new"), path, QStringLiteral("--municipality"), QStringLiteral("740")});
    INFO(created.errText().toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.err.isEmpty());
    // No lock, journal or temporary file beside it, and no working copy left behind.
    CHECK(folderListing(folder.path(QString())) == "Silkeborg 2027.akademi");
    CHECK(cli.workingCopies() == "");

    const Project project = readProject(path);
    CHECK(project.info.municipalityCode == 740);
    CHECK(project.info.municipalityName == QStringLiteral("Silkeborg"));
    CHECK(project.academies.isEmpty());

    const QByteArray bytes = readBytes(path);
    const CliResult checked = cli.run({QStringLiteral("--check"), path});
    INFO(checked.errText().toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.err.isEmpty());
    CHECK(checked.outText().contains(QStringLiteral("Silkeborg 2027.akademi")));
    CHECK(holdsBytes(path, bytes));
    CHECK(folderListing(folder.path(QString())) == "Silkeborg 2027.akademi");
}

TEST_CASE("the info of a new example project describes Silkeborg's academy and its four tracks as JSON", "[cli]")
{
    const Cli cli;
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("example.akademi"));
    const CliResult created = cli.run({QStringLiteral("--new"), path, QStringLiteral("--municipality"),
                                       QStringLiteral("740"), QStringLiteral("--example")});
    INFO(created.errText().toStdString());
    REQUIRE(created.exitCode == 0);
    const QByteArray bytes = readBytes(path);

    const CliResult info = cli.run({QStringLiteral("--info"), path});
    INFO(info.errText().toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(info.err.isEmpty());
    CHECK(holdsBytes(path, bytes));
    CHECK(folderListing(folder.path(QString())) == "example.akademi");

    const QJsonObject root = parseJson(info);
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("akademiplan"));
    CHECK(number(root, QStringLiteral("schema_version")) == Migrations::latestVersion());
    const QJsonObject municipality = object(root.value(QStringLiteral("municipality")));
    CHECK(number(municipality, QStringLiteral("code")) == 740);
    CHECK(municipality.value(QStringLiteral("name")).toString() == QStringLiteral("Silkeborg"));
    // The example breaks no rule and has no planning problem, only warnings a consultant weighs
    // (e.g. a course day in the school days before Easter).
    const QJsonArray warnings = array(root, QStringLiteral("warnings"));
    CHECK_FALSE(warnings.isEmpty());
    for (const QJsonValue &warning : warnings) {
        INFO(warning.toObject().value(QStringLiteral("message")).toString().toStdString());
        CHECK(warning.toObject().value(QStringLiteral("severity")).toString() != QStringLiteral("problem"));
        CHECK_FALSE(warning.toObject().contains(QStringLiteral("field")));
    }

    const QJsonArray academies = array(root, QStringLiteral("academies"));
    REQUIRE(academies.size() == 1);
    const QJsonArray tracks = array(object(academies.at(0)), QStringLiteral("tracks"));
    REQUIRE(tracks.size() == 4);
    QStringList kinds;
    int activities = 0;
    int sessions = 0;
    int enrolled = 0;
    int mostEnrolled = 0;
    for (const QJsonValue &value : tracks) {
        const QJsonObject track = object(value);
        const QString kind = track.value(QStringLiteral("kind")).toString();
        INFO(kind.toStdString());
        kinds.append(kind);
        CHECK_FALSE(track.value(QStringLiteral("name")).toString().isEmpty());
        CHECK(number(track, QStringLiteral("activities")) > 0);
        CHECK(number(track, QStringLiteral("sessions")) > 0);
        CHECK(number(track, QStringLiteral("enrolled_participants")) > 0);
        activities += number(track, QStringLiteral("activities"));
        sessions += number(track, QStringLiteral("sessions"));
        enrolled += number(track, QStringLiteral("enrolled_participants"));
        mostEnrolled = std::max(mostEnrolled, number(track, QStringLiteral("enrolled_participants")));
    }
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("innovation_network"), QStringLiteral("leadership_innovators"),
                               QStringLiteral("organisational_innovation"), QStringLiteral("political_innovators")});

    const QJsonObject counts = object(root.value(QStringLiteral("counts")));
    CHECK(number(counts, QStringLiteral("academies")) == academies.size());
    CHECK(number(counts, QStringLiteral("tracks")) == tracks.size());
    CHECK(number(counts, QStringLiteral("activities")) == activities);
    CHECK(number(counts, QStringLiteral("sessions")) == sessions);
    // A participant may be enrolled in several tracks, and some are only invited: the counts of
    // people and enrolments are bounded by the tracks' figures rather than their sum.
    CHECK(number(counts, QStringLiteral("participants")) >= mostEnrolled);
    CHECK(number(counts, QStringLiteral("enrolments")) >= enrolled);
    // The example's three partners: a volunteer centre, a business and an academy of education,
    // in four places of the programme.
    CHECK(number(counts, QStringLiteral("partners")) == 3);
    CHECK(number(counts, QStringLiteral("partnerships")) == 4);
}

// A JSON value without the sentences written for people ("description", "message"), which are in
// the user's language; what remains is for programs.
QJsonValue withoutSentences(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutSentences(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.remove(QStringLiteral("description"));
    object.remove(QStringLiteral("message"));
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = withoutSentences(it.value());
    return object;
}

TEST_CASE("info writes dates and numbers the same in Danish as in English and only its sentences differ",
          "[cli][i18n]")
{
    const Cli cli;
    TempFolder folder;
    const QString project = makeProjectFile(folder, QStringLiteral("plan.akademi"), true);
    QProcessEnvironment danish = cli.environment();
    danish.insert(QStringLiteral("LANG"), QStringLiteral("da_DK.UTF-8"));
    danish.insert(QStringLiteral("LANGUAGE"), QStringLiteral("da"));
    const CliResult inDanish = Cli::run({QStringLiteral("--info"), project}, danish);
    const CliResult inEnglish = cli.run({QStringLiteral("--info"), project});
    REQUIRE(inDanish.exitCode == 0);
    REQUIRE(inEnglish.exitCode == 0);
    // The change log's sentences are in the user's language...
    CHECK(inDanish.out != inEnglish.out);
    CHECK(inDanish.outText().contains(QStringLiteral("tilføjet")));
    // ...while dates, numbers and keys are for programs, which read them the same everywhere.
    const QJsonValue danishData = withoutSentences(parseJson(inDanish));
    const QJsonValue englishData = withoutSentences(parseJson(inEnglish));
    INFO("Danish:\n" << QJsonDocument(danishData.toObject()).toJson().toStdString());
    CHECK(danishData == englishData);
    CHECK(inDanish.outText().contains(QRegularExpression(QStringLiteral("\"\\d{4}-\\d\\d-\\d\\d"))));
}

TEST_CASE("making a new project onto an existing file exits 2 and leaves that file byte-identical", "[cli]")
{
    const Cli cli;
    TempFolder folder;
    const bool existingIsProject = GENERATE(true, false);
    const QString path = existingIsProject ? makeProjectFile(folder, QStringLiteral("plan.akademi"), true)
                                           : folder.path(QStringLiteral("plan.akademi"));
    if (!existingIsProject)
        writeBytes(path, QByteArrayLiteral("my notes, not a project\n"));
    const QByteArray bytes = readBytes(path);
    const std::string entries = folderListing(folder.path(QString()));

    const CliResult result = cli.run({QStringLiteral("--new"), path, QStringLiteral("--municipality"),
                                      QStringLiteral("101"), QStringLiteral("--example")});
    CHECK(result.exitCode == 2);
    requireOneErrorLine(result);
    CHECK(result.errText().contains(QStringLiteral("plan.akademi")));
    CHECK(holdsBytes(path, bytes));
    CHECK(folderListing(folder.path(QString())) == entries);
    CHECK(cli.workingCopies() == "");
}

TEST_CASE("a new project for an unknown municipality code exits 3 and makes no file", "[cli]")
{
    const Cli cli;
    TempFolder folder;
    const QString code = GENERATE(QStringLiteral("999"), QStringLiteral("abc"), QStringLiteral("0"),
                                  QStringLiteral("-740"), QStringLiteral("740abc"));
    INFO(code.toStdString());
    const QString path = folder.path(QStringLiteral("plan.akademi"));
    const CliResult result = cli.run({QStringLiteral("--new"), path, QStringLiteral("--municipality"), code});
    CHECK(result.exitCode == 3);
    requireOneErrorLine(result);
    CHECK(result.errText().contains(code));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(folderListing(folder.path(QString())) == "");
    CHECK(cli.workingCopies() == "");
}

TEST_CASE("a new project whose file name does not end in .akademi exits 1 and makes no file", "[cli]")
{
    const Cli cli;
    TempFolder folder;
    const QString name = GENERATE(QStringLiteral("plan.txt"), QStringLiteral("plan"),
                                  QStringLiteral("plan.akademi.bak"), QStringLiteral("plan.sqlite"));
    INFO(name.toStdString());
    const QString path = folder.path(name);
    const CliResult result =
        cli.run({QStringLiteral("--new"), path, QStringLiteral("--municipality"), QStringLiteral("740")});
    CHECK(result.exitCode == 1);
    requireOneErrorLine(result);
    CHECK(result.errText().contains(QStringLiteral(".akademi")));
    CHECK(folderListing(folder.path(QString())) == "");
}

TEST_CASE("info and check of a missing path exit 2 and name the path and make no file", "[cli]")
{
    const Cli cli;
    TempFolder folder;
    const QString operation = GENERATE(QStringLiteral("--info"), QStringLiteral("--check"));
    const QString path = folder.path(QStringLiteral("no such plan.akademi"));
    const CliResult result = cli.run({operation, path});
    INFO(operation.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    requireOneErrorLine(result);
    CHECK(result.errText().contains(path));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(folderListing(folder.path(QString())) == "");
}

TEST_CASE("info and check refuse every bad file with one line and leave it byte-identical", "[cli][bad]")
{
    const Cli cli;
    const BadFileCase badCase = GENERATE(from_range(refusedCases()));
    const QString operation = GENERATE(QStringLiteral("--check"), QStringLiteral("--info"));
    INFO(badCase.label << ", " << operation.toStdString());
    TempFolder folder;
    const QString path = makeBadFile(folder, badCase.file, QStringLiteral("bad plan.akademi"));
    const bool isFile = QFileInfo(path).isFile();
    const QByteArray bytes = isFile ? fileState(path) : QByteArray();
    const std::string entries = folderListing(folder.path(QString()));

    const CliResult result = cli.run({operation, path});
    INFO("stdout: " << result.outText().toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    requireOneErrorLine(result);
    CHECK(result.errText().contains(QStringLiteral("bad plan.akademi")));
    CHECK(QFileInfo(path).isFile() == isFile);
    if (isFile)
        CHECK((fileState(path) == bytes)); // not printed: a whole database
    CHECK(folderListing(folder.path(QString())) == entries);
}

TEST_CASE("different kinds of bad file get different messages", "[cli][bad]")
{
    const Cli cli;
    TempFolder folder;
    const QString operation = GENERATE(QStringLiteral("--check"), QStringLiteral("--info"));
    INFO(operation.toStdString());
    struct Answer
    {
        BadFileCase badCase;
        QString message;
    };
    std::vector<Answer> answers;
    for (const BadFileCase &badCase : refusedCases()) {
        // The same file name in every case, each in a folder of its own.
        const QString name = QStringLiteral("%1/plan.akademi").arg(int(badCase.file));
        const QString path = makeBadFile(folder, badCase.file, name);
        const CliResult result = cli.run({operation, path});
        REQUIRE(result.exitCode == 2);
        answers.push_back({badCase, withoutFileName(result.errText(), path)});
    }
    for (std::size_t i = 0; i < answers.size(); ++i) {
        for (std::size_t j = i + 1; j < answers.size(); ++j) {
            if (answers[i].badCase.kind == answers[j].badCase.kind)
                continue;
            INFO(answers[i].badCase.label << ": " << answers[i].message.toStdString());
            INFO(answers[j].badCase.label << ": " << answers[j].message.toStdString());
            CHECK(answers[i].message != answers[j].message);
        }
    }
}

TEST_CASE("check refuses a file from a newer Akademiplan and says its version while info still reads it", "[cli][bad]")
{
    const Cli cli;
    TempFolder folder;
    const QString path = makeBadFile(folder, BadFile::NewerVersion, QStringLiteral("newer.akademi"));
    const QByteArray bytes = readBytes(path);
    const std::string entries = folderListing(folder.path(QString()));

    const CliResult checked = cli.run({QStringLiteral("--check"), path});
    CHECK(checked.exitCode == 2);
    CHECK(checked.out.isEmpty());
    requireOneErrorLine(checked);
    CHECK(checked.errText().contains(QStringLiteral("newer.akademi")));
    CHECK(checked.errText().contains(QStringLiteral("version 99")));
    CHECK(checked.errText().contains(QStringLiteral("version %1").arg(Migrations::latestVersion())));

    // ProjectReader reads a newer file when it can (ProjectInspector::Result::canRead), so --info
    // describes it and reports the version it was written in.
    const CliResult info = cli.run({QStringLiteral("--info"), path});
    INFO(info.errText().toStdString());
    CHECK(info.exitCode == 0);
    const QJsonObject root = parseJson(info);
    CHECK(number(root, QStringLiteral("schema_version")) == 99);
    CHECK(array(root, QStringLiteral("academies")).size() == 1);

    CHECK(holdsBytes(path, bytes));
    CHECK(folderListing(folder.path(QString())) == entries);
}

// SQLite rolls an unfinished change back only on a writable connection; the file itself is only
// read, so a read-only look at it would report it damaged.
TEST_CASE("check and info do not call a project bad when another program left it mid-change", "[cli][bad]")
{
    const Cli cli;
    TempFolder folder;
    const QString path = makeProjectWithUnfinishedChange(folder, QStringLiteral("plan.akademi"));
    const QString journal = path + QStringLiteral("-journal");
    const QByteArray bytes = readBytes(path);
    const QByteArray journalBytes = readBytes(journal);
    const std::string entries = folderListing(folder.path(QString()));

    const CliResult checked = cli.run({QStringLiteral("--check"), path});
    INFO("--check: " << checked.errText().toStdString());
    CHECK_FALSE(checked.errText().contains(QStringLiteral("damaged")));
    CHECK(checked.exitCode == 0);

    const CliResult info = cli.run({QStringLiteral("--info"), path});
    INFO("--info: " << info.errText().toStdString());
    CHECK(info.exitCode == 0);
    if (info.exitCode == 0) {
        const QJsonObject root = parseJson(info);
        CHECK(number(object(root.value(QStringLiteral("municipality"))), QStringLiteral("code")) == 740);
    }

    CHECK(holdsBytes(path, bytes));
    CHECK(holdsBytes(journal, journalBytes));
    CHECK(folderListing(folder.path(QString())) == entries);
}

TEST_CASE("without a display and without a headless option the program says there is no display", "[cli]")
{
    const Cli cli;
    TempFolder folder;
    const QString project = makeProjectFile(folder, QStringLiteral("plan.akademi"), false);
    const QByteArray bytes = readBytes(project);
    QProcessEnvironment environment = cli.environment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const bool withFile = GENERATE(false, true);
    const CliResult result = Cli::run(withFile ? QStringList{project} : QStringList{}, environment);
    INFO(result.errText().toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    requireOneErrorLine(result);
    CHECK(result.errText().contains(QStringLiteral("display")));
    CHECK(holdsBytes(project, bytes));
    CHECK(folderListing(folder.path(QString())) == "plan.akademi");
    CHECK(cli.workingCopies() == "");
}

TEST_CASE("a file that breaks the rules is unsound to --check, which names each rule, and --info lists them", "[cli][rules]")
{
    Cli cli;
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("broken.akademi"), true);
    breakRules(path);
    const QByteArray bytes = readBytes(path);

    const CliResult check = cli.run({QStringLiteral("--check"), path});
    INFO(check.errText().toStdString());
    CHECK(check.exitCode == 2);
    CHECK(check.out.isEmpty());
    CHECK(check.err.count('\n') == 2);
    CHECK(check.errText().contains(QStringLiteral("activity-negative-capacity")));
    CHECK(check.errText().contains(QStringLiteral("The session ends before it starts.")));

    const CliResult info = cli.run({QStringLiteral("--info"), path});
    REQUIRE(info.exitCode == 0);
    // The broken rules are the warnings that name a field; the planning checks come after them.
    QJsonArray warnings;
    for (const QJsonValue &warning : array(parseJson(info), QStringLiteral("warnings")))
        if (warning.toObject().contains(QStringLiteral("field")))
            warnings.append(warning);
    REQUIRE(warnings.size() == 2);
    QStringList kinds;
    for (const QJsonValue &warning : warnings) {
        const QJsonObject object = warning.toObject();
        kinds.append(object.value(QStringLiteral("kind")).toString());
        CHECK(object.value(QStringLiteral("severity")).toString() == QStringLiteral("problem"));
        CHECK_FALSE(QUuid::fromString(object.value(QStringLiteral("uuid")).toString()).isNull());
        CHECK_FALSE(object.value(QStringLiteral("message")).toString().isEmpty());
    }
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("activity-negative-capacity"), QStringLiteral("session-ends-before-start")});
    CHECK(holdsBytes(path, bytes));
}
