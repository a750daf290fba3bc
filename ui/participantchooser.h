// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QHash>
#include <QLineEdit>

namespace Akademiplan {

class Project;

// A field for choosing one participant by typing: it completes names and e-mail addresses
// anywhere in them, and knows the person only when the text is a whole name ("Name <address>")
// or address, whatever the case. The calendar export and the outputs for one person use it.
class ParticipantChooser : public QLineEdit
{
    Q_OBJECT

public:
    ParticipantChooser(const Project &project, QWidget *parent = nullptr);

    // The person typed, or 0.
    qint64 participantId() const;
    // What to tell the user while no person is typed; empty once one is.
    QString problem() const;

private:
    QHash<QString, qint64> m_people; // by lower-case text and address
};

} // namespace Akademiplan
