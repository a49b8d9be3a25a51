#include "ui/savings/pricesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PricesDialog::PricesDialog(PriceList *prices, const QStringList &shapes, QWidget *parent)
    : QDialog(parent)
    , m_editor(new PricesEditor(prices, shapes, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pricesDialog"));
    setWindowTitle(tr("Prices"));
    auto *intro = new QLabel(tr("What one replica of each shape costs per hour. Lepton's API has no prices: the "
                                "savings figures use these. Leave a price empty for \"no price set\"."), this);
    intro->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_editor, &PricesEditor::loaded, this, [this] { m_buttons->button(QDialogButtonBox::Save)->setEnabled(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PricesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &PricesEditor::saveFinished, this, [this](bool ok) {
        m_buttons->setEnabled(true);
        if (!ok)
            return;
        Q_EMIT saved();
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    resize(560, 420);
}

void PricesDialog::save()
{
    if (!m_editor->isLoaded())
        return;
    m_buttons->setEnabled(false);
    m_editor->save();
}
