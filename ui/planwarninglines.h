// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QLabel>
#include <QUuid>

namespace Akademiplan {

class Workspace;

// The planning warnings about one item, in one line beside its form's heading so that they take
// no room from the fields and tables: the worst one's message, cut to fit, with how many there
// are; every warning, dismissed ones with their reason, in its tooltip. Empty when there are none.
class PlanWarningLines : public QLabel
{
    Q_OBJECT

public:
    PlanWarningLines(Workspace *workspace, QWidget *parent = nullptr);

    void showItem(const QUuid &uuid);
    // The whole line, before it is cut to the width.
    QString fullText() const { return m_full; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void fit();

    Workspace *m_workspace;
    QUuid m_uuid;
    QString m_full;
};

} // namespace Akademiplan
