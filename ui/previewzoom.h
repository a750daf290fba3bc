// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QObject>

class QComboBox;
class QPrintPreviewDialog;
class QPrintPreviewWidget;

namespace Akademiplan {

// Makes the zoom box of Qt's print preview write and read its percentages as the window's
// language does ("45,8 %" in Danish): Qt writes "45.8%" whatever the language and reads only
// that, and its list of zoom steps is written the same way. It lives as long as the dialog.
class PreviewZoom : public QObject
{
    Q_OBJECT

public:
    explicit PreviewZoom(QPrintPreviewDialog *dialog);

    // A zoom factor (1 is 100 %) as the box shows it.
    static QString text(qreal factor);

private:
    void rewrite(const QString &shown);
    void zoomTo(const QString &typed);

    QPrintPreviewDialog *m_dialog;
    QComboBox *m_box = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
};

} // namespace Akademiplan
