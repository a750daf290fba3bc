// SPDX-License-Identifier: MPL-2.0
#include "entityicons.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace Akademiplan {

namespace {

QString activityIconFile(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Workshop: return QStringLiteral(":/icons/activity-workshop.svg");
    case ActivityKind::Seminar: return QStringLiteral(":/icons/activity-seminar.svg");
    case ActivityKind::Course: return QStringLiteral(":/icons/activity-course.svg");
    case ActivityKind::Masterclass: return QStringLiteral(":/icons/activity-masterclass.svg");
    case ActivityKind::BrownBagMeeting: return QStringLiteral(":/icons/activity-brownbag.svg");
    case ActivityKind::NetworkMeeting: return QStringLiteral(":/icons/activity-network.svg");
    case ActivityKind::FollowUpMeeting: return QStringLiteral(":/icons/activity-followup.svg");
    case ActivityKind::Other: break;
    }
    return QStringLiteral(":/icons/activity-other.svg");
}

// A rounded square in the colour with a slightly darker edge, so that a pale colour still shows
// on a white row. Drawn at every size a view may ask for, up to a large icon at scale 2, since a
// swatch scaled up from a smaller pixmap is blurred.
QIcon swatch(const QColor &colour)
{
    QIcon icon;
    for (int size : {16, 20, 22, 24, 32, 40, 44, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal edge = std::max<qreal>(1, size / 16.0);
        const qreal inset = size / 8.0 + edge / 2;
        painter.setPen(QPen(colour.darker(135), edge));
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), size / 8.0, size / 8.0);
        painter.end();
        // Also when selected: a view would tint the swatch with the highlight, and the colour
        // is what it shows.
        icon.addPixmap(pixmap, QIcon::Normal);
        icon.addPixmap(pixmap, QIcon::Selected);
    }
    return icon;
}

} // namespace

QIcon EntityIcons::academy() const
{
    if (m_academy.isNull())
        m_academy = QIcon(QStringLiteral(":/icons/academy.svg"));
    return m_academy;
}

QIcon EntityIcons::track(const QColor &colour) const
{
    auto it = m_tracks.constFind(colour.rgba());
    if (it == m_tracks.constEnd())
        it = m_tracks.insert(colour.rgba(), swatch(colour));
    return *it;
}

QIcon EntityIcons::activity(ActivityKind kind) const
{
    const auto index = std::size_t(kind);
    if (index >= m_activities.size())
        return activity(ActivityKind::Other);
    if (m_activities[index].isNull())
        m_activities[index] = QIcon(activityIconFile(kind));
    return m_activities[index];
}

} // namespace Akademiplan
