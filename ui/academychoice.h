// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QComboBox>

namespace Akademiplan {

class Document;

// The academy a page shows (the budget, the evaluation plan), chosen by name: it follows the
// project as academies are added, renamed or removed, and keeps the one chosen while it exists.
class AcademyChoice : public QComboBox
{
    Q_OBJECT

public:
    explicit AcademyChoice(Document *document, QWidget *parent = nullptr);

    // 0 while the project has no academy.
    qint64 academyId() const;

signals:
    // Another academy is shown now, or the same one after the list was filled again.
    void academyChanged();

private:
    void fill();

    Document *m_document;
};

} // namespace Akademiplan
