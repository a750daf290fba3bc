// SPDX-License-Identifier: MPL-2.0
#include "previewzoom.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace Akademiplan {

namespace {

// A percentage as Qt's preview writes it, in any language: "45.8%".
const QRegularExpression &qtPercent()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)%$"));
    return pattern;
}

} // namespace

PreviewZoom::PreviewZoom(QPrintPreviewDialog *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_box(dialog->findChild<QComboBox *>())
    , m_preview(dialog->findChild<QPrintPreviewWidget *>())
{
    if (!m_box || !m_box->lineEdit() || !m_preview)
        return;
    for (int i = 0; i < m_box->count(); ++i)
        if (const QRegularExpressionMatch match = qtPercent().match(m_box->itemText(i)); match.hasMatch())
            m_box->setItemText(i, text(match.captured(1).toDouble() / 100));
    QLineEdit *edit = m_box->lineEdit();
    // Up to 1000 %, with one decimal, the percent sign optional: what Qt's own box takes, in the
    // language's numbers.
    const QString point = QRegularExpression::escape(QLocale().decimalPoint());
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{1,4}(%1\\d?)?\\s?%?$").arg(point)), edit));
    // Qt sets the text whenever the zoom changes; what the user types is left alone.
    connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString &shown) {
        if (!edit->isModified())
            rewrite(shown);
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] { zoomTo(edit->text()); });
    connect(m_box, &QComboBox::activated, this, [this](int index) { zoomTo(m_box->itemText(index)); });
    rewrite(edit->text());
}

QString PreviewZoom::text(qreal factor)
{
    return tr("%1%", "a zoom factor in per cent").arg(QLocale().toString(factor * 100, 'f', 1));
}

void PreviewZoom::rewrite(const QString &shown)
{
    const QRegularExpressionMatch match = qtPercent().match(shown);
    if (!match.hasMatch())
        return;
    const QString localised = text(match.captured(1).toDouble() / 100);
    if (localised != shown)
        m_box->lineEdit()->setText(localised);
}

void PreviewZoom::zoomTo(const QString &typed)
{
    QString number = typed;
    number.remove(QLatin1Char('%'));
    bool ok = false;
    const qreal percent = QLocale().toDouble(number.trimmed(), &ok);
    if (!ok)
        return;
    m_preview->setZoomFactor(std::clamp<qreal>(percent, 1, 1000) / 100);
    // As Qt's own zoom box does: a zoom of one's own is no longer fitted to the page or its width.
    for (const char *name : {"fitWidthAction", "fitPageAction"}) {
        if (auto *fit = m_dialog->findChild<QAction *>(QLatin1String(name))) {
            if (fit->actionGroup())
                fit->actionGroup()->setExclusive(false);
            fit->setChecked(false);
        }
    }
    m_box->lineEdit()->setText(text(m_preview->zoomFactor()));
}

} // namespace Akademiplan
