// TextCellDelegate: the table's plain text cells, laid out once and drawn from a cache. The
// words drawn are the model's (elided to the column as the view asks), in the palette's
// text colours, and a repaint of the same cells lays out nothing again.
#include "ui/widgets/textcelldelegate.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

namespace {

// Pixels of `image` inside `rect` close to `colour`.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 60 && std::abs(c.green() - colour.green()) < 60
                && std::abs(c.blue() - colour.blue()) < 60)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestTextCellDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(4, 2);
        for (int row = 0; row < 4; ++row) {
            m_model->setItem(row, 0, new QStandardItem(QStringLiteral("llama3-8b-chat-%1").arg(row)));
            m_model->setItem(row, 1, new QStandardItem(QStringLiteral("ghcr.io/huggingface/text-generation-inference:2.3.1")));
        }
        m_view = std::make_unique<QTableView>();
        m_delegate = new TextCellDelegate(m_view.get());
        m_view->setItemDelegate(m_delegate);
        m_view->setModel(m_model.get());
        m_view->setTextElideMode(Qt::ElideMiddle);
        m_view->setWordWrap(false);
        QPalette palette = m_view->palette();
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::AlternateBase, Qt::white);
        palette.setColor(QPalette::Text, QColor(0, 0, 255));
        palette.setColor(QPalette::Highlight, Qt::black);
        palette.setColor(QPalette::HighlightedText, QColor(255, 0, 0));
        m_view->setPalette(palette);
        m_view->resize(600, 200);
        m_view->horizontalHeader()->resizeSection(0, 200);
        m_view->horizontalHeader()->resizeSection(1, 150);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void elidesOnlyWhatDoesNotFit()
    {
        const QFont font = m_view->font();
        const QString image = m_model->item(0, 1)->text();
        QCOMPARE(m_delegate->shownText(QStringLiteral("short"), font, 200, Qt::ElideMiddle), QStringLiteral("short"));
        const QString narrow = m_delegate->shownText(image, font, 120, Qt::ElideMiddle);
        QVERIFY2(narrow.contains(QChar(0x2026)), qPrintable(narrow));
        QVERIFY(narrow.startsWith(QLatin1String("gh")));
        QVERIFY(narrow.endsWith(QLatin1String("1")));
        QVERIFY(QFontMetrics(font).horizontalAdvance(narrow) <= 120);
        QCOMPARE(m_delegate->shownText(image, font, 120, Qt::ElideNone), image);
    }

    void drawsTheTextInThePaletteColours()
    {
        m_view->selectionModel()->select(m_model->index(1, 0), QItemSelectionModel::Select);
        const QImage shot = m_view->viewport()->grab().toImage();
        const QRect plain = m_view->visualRect(m_model->index(0, 0));
        const QRect selected = m_view->visualRect(m_model->index(1, 0));
        // Text pixels in the Text colour on a plain row, HighlightedText on the selected one.
        QVERIFY2(pixelsNear(shot, plain, QColor(0, 0, 255)) > 20, "no text drawn in the plain cell");
        QCOMPARE(pixelsNear(shot, plain, QColor(255, 0, 0)), 0);
        QVERIFY2(pixelsNear(shot, selected, QColor(255, 0, 0)) > 20, "no highlighted text in the selected cell");
    }

    void repaintLaysOutNothingAgain()
    {
        m_view->viewport()->repaint();
        const int afterFirst = m_delegate->cachedEntries();
        QCOMPARE(afterFirst, 5); // four names, and one image the four rows share
        m_view->viewport()->repaint();
        m_view->viewport()->repaint();
        QCOMPARE(m_delegate->cachedEntries(), afterFirst);
        // A wider column is another layout of the same words.
        m_view->horizontalHeader()->resizeSection(1, 260);
        m_view->viewport()->repaint();
        QVERIFY(m_delegate->cachedEntries() > afterFirst);
        // A new font starts over.
        QFont bigger = m_view->font();
        bigger.setPointSizeF(bigger.pointSizeF() + 3);
        m_view->setFont(bigger);
        m_view->viewport()->repaint();
        QVERIFY(m_delegate->cachedEntries() <= afterFirst + 4);
    }

    void cellsWithIconsGoToTheBaseClass()
    {
        m_view->viewport()->repaint();
        const int before = m_delegate->cachedEntries();
        QPixmap icon(16, 16);
        icon.fill(Qt::green);
        for (int row = 0; row < 4; ++row) {
            m_model->item(row, 0)->setIcon(QIcon(icon));
            m_model->item(row, 1)->setIcon(QIcon(icon));
        }
        // Under a new font any cell this delegate laid out would be a new entry: none is.
        m_view->setFont(QFont(m_view->font().family(), 15));
        m_view->viewport()->repaint();
        QCOMPARE(m_delegate->cachedEntries(), before);
        const QImage shot = m_view->viewport()->grab().toImage();
        QVERIFY(pixelsNear(shot, m_view->visualRect(m_model->index(0, 0)), QColor(0, 255, 0)) > 50);
        QVERIFY(pixelsNear(shot, m_view->visualRect(m_model->index(0, 0)), QColor(0, 0, 255)) > 20);
    }

private:
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;
    TextCellDelegate *m_delegate = nullptr;
};

QTEST_MAIN(TestTextCellDelegate)
#include "tst_textcelldelegate.moc"
