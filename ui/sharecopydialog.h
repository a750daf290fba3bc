// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "storage/sharedcopy.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Akademiplan {

class Project;

// File › Share a Copy: who the copy is for and what it leaves out, with a summary of what it will
// hold before anything is written. It offers first the choice that shares the least personal
// data the plan needs: without names.
class ShareCopyDialog : public QDialog
{
    Q_OBJECT

public:
    ShareCopyDialog(const Project &project, const QString &fileName, QWidget *parent = nullptr);

    ShareOptions options() const;

private:
    void updateSummary();

    const Project &m_project;
    QString m_fileName;
    QLineEdit *m_recipient;
    QRadioButton *m_withoutPersonalData;
    QRadioButton *m_withPersonalData;
    QCheckBox *m_withoutFreeText;
    QLabel *m_summary;
};

} // namespace Akademiplan
