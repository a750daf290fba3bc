// SPDX-License-Identifier: MPL-2.0
#include "academychoice.h"

#include "document/document.h"

namespace Akademiplan {

AcademyChoice::AcademyChoice(Document *document, QWidget *parent)
    : QComboBox(parent)
    , m_document(document)
{
    connect(this, &QComboBox::currentIndexChanged, this, &AcademyChoice::academyChanged);
    auto academies = [this](EntityType type) {
        if (type == EntityType::Academy)
            fill();
    };
    connect(document, &Document::rowsInserted, this, academies);
    connect(document, &Document::rowsRemoved, this, academies);
    connect(document, &Document::rowsReset, this, academies);
    connect(document, &Document::rowsChanged, this, academies);
    fill();
}

qint64 AcademyChoice::academyId() const
{
    return currentData().toLongLong();
}

void AcademyChoice::fill()
{
    const qint64 current = academyId();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const Academy &academy : m_document->project().academies)
            addItem(academy.name, academy.id);
        const int index = findData(current);
        setCurrentIndex(index >= 0 ? index : 0);
    }
    emit academyChanged();
}

} // namespace Akademiplan
