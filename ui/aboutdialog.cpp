// SPDX-License-Identifier: MPL-2.0
#include "aboutdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Akademiplan {

namespace {

QLabel *linkLabel(const QUrl &url, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped()),
                             parent);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setToolTip(url.toString());
    return label;
}

// A fact a support person may ask to have read out or pasted: selectable.
QLabel *factLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_info(ProgramInfo::current())
    , m_copyText(tr("&Copy"))
    , m_copy(new QPushButton(m_copyText, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Akademiplan"));

    auto *icon = new QLabel(this);
    icon->setPixmap(
        QIcon(QStringLiteral(":/icons/dk.akademiplan.Akademiplan.svg")).pixmap(QSize(72, 72), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *name = new QLabel(QStringLiteral("Akademiplan"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto *version = factLabel(tr("Version %1").arg(ProgramInfo::version()), QStringLiteral("version"), this);
    auto *purpose = new QLabel(tr("Plans municipal innovation academies: tracks, activities, sessions and "
                                  "participants, in one project file per municipality."),
                               this);
    purpose->setWordWrap(true);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    facts->addRow(tr("Licence:"),
                  linkLabel(ProgramInfo::licenceUrl(),
                            QStringLiteral("%1 (%2)").arg(ProgramInfo::licenceName(), ProgramInfo::licenceId()), this));
    facts->addRow(tr("Homepage:"), linkLabel(ProgramInfo::homepage(), ProgramInfo::homepage().host(), this));
    facts->addRow(QStringLiteral("Qt:"), factLabel(m_info.qtVersionText(), QStringLiteral("qtVersion"), this));
    facts->addRow(QStringLiteral("SQLite:"),
                  factLabel(m_info.sqliteVersionText(), QStringLiteral("sqliteVersion"), this));

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(purpose);
    text->addSpacing(fontMetrics().height() / 2);
    text->addLayout(facts);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->setSpacing(fontMetrics().height());
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    m_copy->setObjectName(QStringLiteral("copyFacts"));
    m_copy->setToolTip(tr("Copy the version of Akademiplan, Qt and SQLite, e.g. for an e-mail to support"));
    m_copy->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyFacts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(buttons);
    // Wide enough that the sentence on what the program is for wraps into a few lines, not many.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

void AboutDialog::copyFacts()
{
    QGuiApplication::clipboard()->setText(m_info.supportText());
    // Nothing else shows that the copy was made.
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(2000, m_copy, [this] { m_copy->setText(m_copyText); });
}

} // namespace Akademiplan
