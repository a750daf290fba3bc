// SPDX-License-Identifier: MPL-2.0
#include "projectreader.h"

#include "projectstore.h"

#include <QFileInfo>

namespace Akademiplan {

ProjectInspector::Result ProjectReader::read(const QString &path, Project &project)
{
    ProjectInspector::Result result = ProjectInspector::inspect(path);
    if (!result.canRead())
        return result;
    ProjectStore store;
    QString error;
    if (!store.open(path, true, &error) || !store.load(project, &error)) {
        if (!result.problem.isProblem())
            result.problem = {FileProblem::Kind::Damaged,
                              ProjectInspector::tr("%1 cannot be used: %2").arg(QFileInfo(path).fileName(), error)};
        result.schemaVersion = 0;
    }
    return result;
}

} // namespace Akademiplan
