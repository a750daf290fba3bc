// SPDX-License-Identifier: MPL-2.0
#include "participantlist.h"

#include <QStringEncoder>
#include <QStringList>

namespace Akademiplan::Bench {

QByteArray participantList(int rows)
{
    const QStringList firstNames = {QStringLiteral("Søren"), QStringLiteral("Åse"),   QStringLiteral("Mette"),
                                    QStringLiteral("Jørgen"), QStringLiteral("Lærke"), QStringLiteral("Bjørn"),
                                    QStringLiteral("Anne"),  QStringLiteral("Mads")};
    const QStringList lastNames = {QStringLiteral("Ærø"),     QStringLiteral("Østergaard"), QStringLiteral("Bøgh"),
                                   QStringLiteral("Krøyer"),  QStringLiteral("Åberg"),      QStringLiteral("Nielsen"),
                                   QStringLiteral("Hansen"),  QStringLiteral("Mølgaard"),   QStringLiteral("Dahl")};
    const QStringList titles = {QStringLiteral("Medarbejder"), QStringLiteral("Skoleleder"),
                                QStringLiteral("Afdelingsleder"), QStringLiteral("Sagsbehandler – team"),
                                QStringLiteral("Byrådsmedlem"), QStringLiteral("Nøgleperson"),
                                QStringLiteral("Chefkonsulent"), QStringLiteral("")};
    QString text = QStringLiteral("Navn;E-mail;Tlf.;Stilling;Forvaltning\r\n");
    text.reserve(rows * 96);
    for (int i = 0; i < rows; ++i) {
        // "Sagsbehandler – team" is not a role the program knows: it is mapped as an employee in
        // the step, as the user does in the preview.
        const QString title = titles.at(i % titles.size());
        text += QStringLiteral("%1 %2 %3;liste.%4@kommune.example;+45 %5;%6;\"%7 %8; afdeling\"\r\n")
                    .arg(firstNames.at(i % firstNames.size()), lastNames.at((i / 8) % lastNames.size()))
                    .arg(i)
                    .arg(i)
                    .arg(20000000 + i)
                    .arg(title, i % 2 ? QStringLiteral("Forvaltning") : QStringLiteral("Ny forvaltning"))
                    .arg(i % 20);
    }
    QStringEncoder windows1252("windows-1252");
    if (windows1252.isValid())
        return windows1252.encode(text);
    // A Qt without ICU writes what Danish Excel's "CSV UTF-8" writes.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Akademiplan::Bench
