// SPDX-License-Identifier: MPL-2.0
#include "participantchooser.h"

#include "domain/project.h"

#include <QCompleter>

namespace Akademiplan {

ParticipantChooser::ParticipantChooser(const Project &project, QWidget *parent)
    : QLineEdit(parent)
{
    QStringList people;
    people.reserve(project.participants.size());
    for (const Participant &person : project.participants) {
        const QString text = person.email.isEmpty() ? person.name
                                                    : QStringLiteral("%1 <%2>").arg(person.name, person.email);
        people.append(text);
        m_people.insert(text.toLower(), person.id);
        if (!person.email.isEmpty())
            m_people.insert(person.email.toLower(), person.id);
    }
    auto *completer = new QCompleter(people, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    setPlaceholderText(tr("Name or e-mail address"));
    setAccessibleName(tr("Participant"));
}

qint64 ParticipantChooser::participantId() const
{
    return m_people.value(text().trimmed().toLower());
}

QString ParticipantChooser::problem() const
{
    if (participantId() != 0)
        return {};
    return text().trimmed().isEmpty() ? tr("Type the participant's name or e-mail address.")
                                      : tr("No participant has that name or e-mail address.");
}

} // namespace Akademiplan
