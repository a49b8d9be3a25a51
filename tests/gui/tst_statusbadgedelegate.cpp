// The Status column's badge: every state paints a pill that differs from the cell and
// whose words keep 4.5:1 contrast in light and dark palettes (selected rows too); the size
// hint follows the text; one animator timer runs only while an animated row is visible.
#include "ui/deployments/badgeanimator.h"
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymenttablemodel.h"
#include "ui/deployments/statusbadgedelegate.h"
#include "ui/widgets/tonecolors.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QSet>
#include <QtTest>

namespace {

// desiredReplicas < 0: the server reports no autoscaler status.
Deployment make(const QString &name, const QString &state, int minReplicas = 1, int desiredReplicas = -1)
{
    QJsonObject status {{"state", state}};
    if (desiredReplicas >= 0)
        status.insert("autoscaler_status", QJsonObject {{"desired_replicas", desiredReplicas}});
    const QJsonObject object {
        {"metadata", QJsonObject {{"id", name}, {"name", name}, {"version", 1}}},
        {"spec", QJsonObject {{"resource_requirement", QJsonObject {{"resource_shape", "gpu.a10"},
                                                                    {"min_replicas", minReplicas}}}}},
        {"status", status},
    };
    Deployment d;
    Deployment::fromJson(object, &d);
    return d;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// The highest contrast any pixel inside `area` has against `fill`: the core of the glyph
// strokes, which antialiasing does not lighten.
double strongestContrast(const QImage &image, const QRect &area, const QColor &fill, int *textPixels)
{
    double best = 1.0;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            const double contrast = ToneColors::contrastRatio(pixel, fill);
            best = std::max(best, contrast);
            if (contrast > 1.5)
                ++count;
        }
    }
    *textPixels = count;
    return best;
}

} // namespace

class TestStatusBadgeDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The window sizes the Status column from allTexts(): every word a badge can show must be
    // in it, for every state, at zero or not, idle (scaled down by the platform) or not, paused
    // or not, with or without a pending action; and every word in it must be one a badge shows
    // (a pending Pausing that stopped showing "Pausing" would leave it there unused).
    void everyBadgeWordIsListed()
    {
        const QStringList all = StatusPresentation::allTexts();
        const QStringList states {"Ready", "Not Ready", "Starting", "Updating", "Scaling", "Migrating", "Stopping",
                                  "Stopped", "Deleting", "Restarting", "Error", "", "Hibernating"};
        QSet<QString> shown;
        for (const QString &state : states) {
            for (int minReplicas : {0, 1}) {
                for (bool idle : {false, true}) {
                    for (bool paused : {false, true}) {
                        for (PendingAction pending : {PendingAction::None, PendingAction::Pausing, PendingAction::Resuming,
                                                      PendingAction::Restarting, PendingAction::Updating, PendingAction::Deleting}) {
                            PauseMarker marker;
                            marker.paused = paused;
                            marker.confirmed = paused;
                            const QString word = StatusPresentation::of(make("d", state, minReplicas, idle ? 0 : -1), marker, pending).text;
                            QVERIFY2(!word.isEmpty(), qPrintable(state));
                            QVERIFY2(all.contains(word), qPrintable(word));
                            shown.insert(word);
                        }
                    }
                }
            }
        }
        QStringList unused;
        for (const QString &word : all) {
            // The pause labels ("Paused · 999 d · Review due") are there to size the column.
            if (!shown.contains(word) && !word.contains(QStringLiteral(" · ")))
                unused << word;
        }
        QVERIFY2(unused.isEmpty(), qPrintable(QStringLiteral("never shown: ") + unused.join(QLatin1String(", "))));
    }

    void paintsLegibleBadge_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<int>("pending");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("selected");

        struct Case {
            const char *tag;
            const char *state;
            bool paused;
            PendingAction pending;
            const char *text;
        };
        const Case cases[] = {
            {"Ready", "Ready", false, PendingAction::None, "Ready"},
            {"NotReady", "Not Ready", false, PendingAction::None, "Not Ready"},
            {"Starting", "Starting", false, PendingAction::None, "Starting"},
            {"Updating", "Updating", false, PendingAction::None, "Updating"},
            {"Scaling", "Scaling", false, PendingAction::None, "Scaling"},
            {"Migrating", "Migrating", false, PendingAction::None, "Migrating"},
            {"Stopping", "Stopping", false, PendingAction::None, "Stopping"},
            {"Stopped", "Stopped", false, PendingAction::None, "Stopped"},
            {"Deleting", "Deleting", false, PendingAction::None, "Deleting"},
            {"Restarting", "Restarting", false, PendingAction::None, "Restarting"},
            {"Error", "Error", false, PendingAction::None, "Error"},
            {"Unknown-empty", "", false, PendingAction::None, "Unknown"},
            {"Unknown-unseen", "Hibernating", false, PendingAction::None, "Unknown"},
            {"Paused", "Stopped", true, PendingAction::None, "Paused"},
            {"Pausing", "Ready", false, PendingAction::Pausing, "Pausing"},
            {"Resuming", "Stopped", true, PendingAction::Resuming, "Resuming"},
        };
        for (const Case &c : cases) {
            for (const bool dark : {false, true}) {
                for (const bool selected : {false, true}) {
                    QTest::addRow("%s/%s%s", c.tag, dark ? "dark" : "light", selected ? "/selected" : "")
                        << QString::fromLatin1(c.state) << c.paused << int(c.pending)
                        << QString::fromLatin1(c.text) << dark << selected;
                }
            }
        }
    }

    void paintsLegibleBadge()
    {
        QFETCH(QString, state);
        QFETCH(bool, paused);
        QFETCH(int, pending);
        QFETCH(QString, expectedText);
        QFETCH(bool, dark);
        QFETCH(bool, selected);

        const QString name = QStringLiteral("subject");
        DeploymentTableModel model;
        model.applyDeployments({make(QStringLiteral("above"), QStringLiteral("Ready")),
                                make(name, state, paused ? 0 : 1)});
        if (paused) {
            PauseMarker marker;
            marker.paused = true;
            marker.confirmed = true;
            marker.savedMinReplicas = 1;
            model.setPauseMarkers({{name, marker}});
        }
        model.setPendingAction(name, PendingAction(pending));

        const QModelIndex index = model.index(model.rowOf(name), DeploymentTableModel::StatusColumn);
        QCOMPARE(StatusBadgeDelegate::badgeText(index), expectedText);
        if (!state.isEmpty() && expectedText == QLatin1String("Unknown"))
            QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(state), "the tooltip carries the raw state");

        QTableView view;
        view.setPalette(dark ? darkPalette() : lightPalette());
        view.setModel(&model);
        StatusBadgeDelegate delegate;
        view.setItemDelegateForColumn(DeploymentTableModel::StatusColumn, &delegate);
        view.horizontalHeader()->resizeSection(DeploymentTableModel::StatusColumn, 260);
        view.resize(900, 300);
        if (selected)
            view.selectRow(index.row());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QImage image = view.viewport()->grab().toImage();
        QCOMPARE(image.devicePixelRatio(), 1.0);
        const QRect cell = view.visualRect(index);
        QStyleOptionViewItem option;
        option.rect = cell;
        option.font = view.font();
        option.direction = view.layoutDirection();
        const bool animated = index.data(DeploymentTableModel::AnimatedRole).toBool();
        const QRect pill = delegate.pillRect(option, expectedText, animated);
        QVERIFY(cell.contains(pill));
        QVERIFY(pill.width() < cell.width() - 20);   // room to sample the cell beside it

        // The cell's own background, right of the pill, and the pill's fill, inside its
        // left end at mid height, in the padding before the spinner and the text.
        const QColor cellColor = image.pixelColor(cell.right() - 4, cell.center().y());
        const int padding = std::max(2, QFontMetrics(option.font).height() / 4);
        const QColor fill = image.pixelColor(pill.left() + padding, pill.center().y());
        QVERIFY2(fill != cellColor, qPrintable(QStringLiteral("pill %1 vs cell %2").arg(fill.name(), cellColor.name())));

        const auto tone = StatusPresentation::Tone(index.data(DeploymentTableModel::BadgeToneRole).toInt());
        const ToneColors::Swatch swatch = StatusBadgeDelegate::colorsFor(tone, view.palette());
        QCOMPARE(fill.name(), swatch.fill.name());
        QVERIFY2(ToneColors::contrastRatio(swatch.text, swatch.fill) >= ToneColors::MinimumTextContrast,
                 qPrintable(QString::number(ToneColors::contrastRatio(swatch.text, swatch.fill))));

        // The painted words: many pixels away from the fill, and the strokes at >= 4.5:1.
        const QRect inner = pill.adjusted(pill.height() / 2, 2, -pill.height() / 2, -2);
        int textPixels = 0;
        const double contrast = strongestContrast(image, inner, fill, &textPixels);
        QVERIFY2(textPixels > 20, qPrintable(QString::number(textPixels)));
        QVERIFY2(contrast >= ToneColors::MinimumTextContrast,
                 qPrintable(QStringLiteral("%1:1 for %2 on %3").arg(contrast).arg(swatch.text.name(), fill.name())));
    }

    void stateTableContrastForAnyPalette_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::newRow("white") << QColor(Qt::white);
        QTest::newRow("light grey") << QColor(0xdd, 0xdd, 0xdd);
        QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80);
        QTest::newRow("dark grey") << QColor(0x30, 0x30, 0x30);
        QTest::newRow("black") << QColor(Qt::black);
        QTest::newRow("solarized dark") << QColor(0x00, 0x2b, 0x36);
        QTest::newRow("sepia") << QColor(0xf4, 0xec, 0xd8);
    }

    void stateTableContrastForAnyPalette()
    {
        QFETCH(QColor, base);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        for (int t = int(StatusPresentation::Tone::Good); t <= int(StatusPresentation::Tone::Unknown); ++t) {
            const ToneColors::Swatch swatch = StatusBadgeDelegate::colorsFor(StatusPresentation::Tone(t), palette);
            QVERIFY2(ToneColors::contrastRatio(swatch.text, swatch.fill) >= ToneColors::MinimumTextContrast,
                     qPrintable(QStringLiteral("tone %1: %2 on %3").arg(t).arg(swatch.text.name(), swatch.fill.name())));
            QVERIFY(swatch.fill != base);
        }
    }

    void contrastRatioMatchesWcag()
    {
        QCOMPARE(qRound(ToneColors::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(ToneColors::contrastRatio(Qt::red, Qt::red), 1.0);
        // #767676 on white is the classic just-passing grey (4.54:1).
        const double grey = ToneColors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white);
        QVERIFY(grey > 4.5 && grey < 4.6);
        const QColor fixed = ToneColors::withContrast(QColor(0xaa, 0xaa, 0xaa), Qt::white);
        QVERIFY(ToneColors::contrastRatio(fixed, Qt::white) >= 4.5);
    }

    void sizeHintGrowsWithText()
    {
        QStandardItemModel model(3, 1);
        model.setData(model.index(0, 0), QStringLiteral("Ok"), DeploymentTableModel::BadgeTextRole);
        model.setData(model.index(1, 0), QStringLiteral("A much longer badge text"), DeploymentTableModel::BadgeTextRole);
        model.setData(model.index(2, 0), QStringLiteral("Ok"), DeploymentTableModel::BadgeTextRole);
        model.setData(model.index(2, 0), true, DeploymentTableModel::AnimatedRole);
        StatusBadgeDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        const QSize shortHint = delegate.sizeHint(option, model.index(0, 0));
        const QSize longHint = delegate.sizeHint(option, model.index(1, 0));
        const QSize spinnerHint = delegate.sizeHint(option, model.index(2, 0));
        const QFontMetrics metrics(option.font);
        QVERIFY(shortHint.width() > metrics.horizontalAdvance(QStringLiteral("Ok")));
        QVERIFY(longHint.width() > shortHint.width());
        QVERIFY(longHint.width() >= metrics.horizontalAdvance(QStringLiteral("A much longer badge text")));
        QVERIFY(spinnerHint.width() > shortHint.width());   // room for the spinner
        QVERIFY(shortHint.height() >= metrics.height());

        // No text at all still says something.
        model.setData(model.index(0, 0), QString(), DeploymentTableModel::BadgeTextRole);
        QCOMPARE(StatusBadgeDelegate::badgeText(model.index(0, 0)), QStringLiteral("Unknown"));
    }

    void animatorRunsOnlyWhileAnimatedRowVisible()
    {
        DeploymentTableModel model;
        QList<Deployment> rows;
        for (int i = 0; i < 200; ++i)
            rows.append(make(QStringLiteral("dep-%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Ready")));
        model.applyDeployments(rows);

        DeploymentFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DeploymentTableModel::SortRole);

        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(DeploymentTableModel::NameColumn, Qt::AscendingOrder);
        auto *delegate = new StatusBadgeDelegate(&view);
        view.setItemDelegateForColumn(DeploymentTableModel::StatusColumn, delegate);
        auto *animator = new BadgeAnimator(&view, delegate, DeploymentTableModel::StatusColumn);
        animator->setInterval(std::chrono::milliseconds(20));
        QSignalSpy running(animator, &BadgeAnimator::runningChanged);
        view.resize(700, 240);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Nothing animates: no timer.
        QTest::qWait(60);
        QVERIFY(!animator->isRunning());
        QVERIFY(delegate->findChildren<QTimer *>().isEmpty());

        // A row far below the viewport starts: still nothing visible animates.
        rows[150] = make(rows[150].name, QStringLiteral("Starting"));
        model.applyDeployments(rows);
        QTest::qWait(60);
        QVERIFY(!animator->isRunning());
        QCOMPARE(running.size(), 0);

        // Scrolled into view: the one timer runs and the spinner turns.
        view.scrollTo(proxy.mapFromSource(model.index(150, DeploymentTableModel::StatusColumn)));
        QTRY_VERIFY(animator->isRunning());
        QCOMPARE(animator->visibleAnimatedIndexes().size(), 1);
        const int phase = delegate->animationPhase();
        QTRY_VERIFY(delegate->animationPhase() != phase);

        // Scrolled away: it stops.
        view.scrollToTop();
        QTRY_VERIFY(!animator->isRunning());

        // Back, then the state settles: it stops.
        view.scrollTo(proxy.mapFromSource(model.index(150, DeploymentTableModel::StatusColumn)));
        QTRY_VERIFY(animator->isRunning());
        rows[150] = make(rows[150].name, QStringLiteral("Ready"));
        model.applyDeployments(rows);
        QTRY_VERIFY(!animator->isRunning());

        // A pending action (Pausing) on a visible row animates too; hiding the view stops it.
        model.setPendingAction(rows[150].name, PendingAction::Pausing);
        QTRY_VERIFY(animator->isRunning());
        view.hide();
        QTRY_VERIFY(!animator->isRunning());
        view.show();
        QTRY_VERIFY(animator->isRunning());
        model.setPendingAction(rows[150].name, PendingAction::None);
        QTRY_VERIFY(!animator->isRunning());

        // Every start was matched by a stop.
        QVERIFY(running.size() >= 8);
        QCOMPARE(running.last().at(0).toBool(), false);
    }

    void animatorFollowsAReplacedModel()
    {
        DeploymentTableModel quiet;
        quiet.applyDeployments({make(QStringLiteral("a"), QStringLiteral("Ready"))});
        DeploymentTableModel busy;
        busy.applyDeployments({make(QStringLiteral("b"), QStringLiteral("Updating"))});

        QTableView view;
        view.setModel(&quiet);
        StatusBadgeDelegate delegate;
        view.setItemDelegateForColumn(DeploymentTableModel::StatusColumn, &delegate);
        BadgeAnimator animator(&view, &delegate, DeploymentTableModel::StatusColumn);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(30);
        QVERIFY(!animator.isRunning());
        view.setModel(&busy);
        QTRY_VERIFY(animator.isRunning());
        view.setModel(&quiet);
        QTRY_VERIFY(!animator.isRunning());
    }

    // Issue 24, item 5: the pause state is on the badge itself, in words ("Paused · 12 d",
    // "Review due" once the reminder date has passed), in the cell's display and accessible
    // text, and the whole label fits the Status column at the width the window gives it by
    // default (the widest of allTexts() plus eight x-widths, MainWindow::restoreTableLayout).
    void pauseAgeAndReviewDueOnTheBadge()
    {
        const QString name = QStringLiteral("chat");
        DeploymentTableModel model;
        model.applyDeployments({make(name, QStringLiteral("Stopped"), 0)});
        PauseMarker marker;
        marker.paused = true;
        marker.confirmed = true;
        marker.savedMinReplicas = 1;
        marker.savedMaxReplicas = 4;
        marker.pausedBy = QStringLiteral("alice");
        marker.pausedAt = QDateTime::currentDateTimeUtc().addDays(-12).addSecs(-60);
        model.setPauseMarkers({{name, marker}});

        const QModelIndex index = model.index(0, DeploymentTableModel::StatusColumn);
        const QString sep = QStringLiteral(" · ");
        QCOMPARE(StatusBadgeDelegate::badgeText(index), QStringLiteral("Paused") + sep + QStringLiteral("12 d"));
        // The cell's text (copy, scripts, a screen reader's cell name) and the command line keep
        // the state's word; a screen reader hears the whole badge as the cell's description.
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Paused"));
        QCOMPARE(index.data(Qt::AccessibleDescriptionRole).toString(), StatusBadgeDelegate::badgeText(index));
        QCOMPARE(StatusPresentation::of(model.deploymentAt(0), marker).text, QStringLiteral("Paused"));

        // A reminder for today or earlier: "Review due", in words, not colour alone.
        marker.remindOn = QDate::currentDate();
        model.setPauseMarkers({{name, marker}});
        const QString due = StatusBadgeDelegate::badgeText(index);
        QCOMPARE(due, QStringLiteral("Paused") + sep + QStringLiteral("12 d") + sep + QStringLiteral("Review due"));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("review"), Qt::CaseInsensitive));
        marker.remindOn = QDate::currentDate().addDays(1);
        model.setPauseMarkers({{name, marker}});
        QVERIFY(!StatusBadgeDelegate::badgeText(index).contains(QStringLiteral("Review due")));

        // A long pause with its review due, at the default width: the pill holds every letter.
        marker.pausedAt = QDateTime::currentDateTimeUtc().addDays(-400);
        marker.remindOn = QDate::currentDate().addDays(-3);
        model.setPauseMarkers({{name, marker}});
        QTableView view;
        view.setModel(&model);
        StatusBadgeDelegate delegate;
        view.setItemDelegateForColumn(DeploymentTableModel::StatusColumn, &delegate);
        const QFontMetrics metrics = view.fontMetrics();
        int widest = 0;
        for (const QString &word : StatusPresentation::allTexts())
            widest = std::max(widest, metrics.horizontalAdvance(word));
        const int defaultWidth = widest + metrics.horizontalAdvance(QLatin1Char('x')) * 8;
        QStyleOptionViewItem option;
        option.font = view.font();
        const int needed = delegate.sizeHint(option, index).width();
        QVERIFY2(needed <= defaultWidth, qPrintable(QStringLiteral("%1 needs %2 px, the column has %3")
                                                        .arg(StatusBadgeDelegate::badgeText(index)).arg(needed).arg(defaultWidth)));
    }
};

QTEST_MAIN(TestStatusBadgeDelegate)
#include "tst_statusbadgedelegate.moc"
