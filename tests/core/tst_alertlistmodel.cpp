// AlertListModel over a real AlertBook: a raise inserts one row, a close or an acknowledgement
// changes one row, a trim of old closed alerts and a clear remove rows; never a reset (the
// dock's selection and scroll survive). What the columns say for people.
#include "app/watch/alertbook.h"
#include "app/watch/alertlistmodel.h"

#include <QSignalSpy>
#include <QtTest>

namespace {

Alert alertFor(const QString &name, Alert::Rule rule = Alert::Rule::EnteredError, ResourceKind kind = ResourceKind::Endpoint)
{
    Alert alert;
    alert.rule = rule;
    alert.kind = kind;
    alert.name = name;
    alert.workspaceId = QStringLiteral("prod");
    alert.message = QStringLiteral("%1 is in the Error state.").arg(name);
    alert.raisedAt = QDateTime::currentDateTimeUtc();
    return alert;
}

} // namespace

class TestAlertListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raiseInsertsOneRowAndCloseChangesIt()
    {
        AlertBook book;
        const quint64 first = book.raise(alertFor(QStringLiteral("llama")));
        AlertListModel model;
        model.setAlertBook(&book);
        QCOMPARE(model.rowCount(), 1); // what the book had before

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const quint64 second = book.raise(alertFor(QStringLiteral("mistral"), Alert::Rule::CrashLoop, ResourceKind::Pod));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1); // one row, at the end
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.alertAt(model.rowOfAlert(second)).name, QStringLiteral("mistral"));

        QVERIFY(book.close(first, QDateTime::currentDateTimeUtc()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), model.rowOfAlert(first));
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), model.rowOfAlert(first));
        const int row = model.rowOfAlert(first);
        QVERIFY(!model.index(row, 0).data(AlertListModel::OpenRole).toBool());
        QVERIFY(model.index(row, AlertListModel::StateColumn).data().toString().startsWith(QLatin1String("Closed")));

        QVERIFY(book.acknowledge(second));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.index(model.rowOfAlert(second), AlertListModel::StateColumn).data().toString(), QStringLiteral("Acknowledged"));

        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void trimmingAndClearingRemoveRowsWithoutAReset()
    {
        AlertBook book;
        book.setRecentLimit(1);
        AlertListModel model;
        model.setAlertBook(&book);
        const quint64 a = book.raise(alertFor(QStringLiteral("a")));
        const quint64 b = book.raise(alertFor(QStringLiteral("b")));
        const quint64 c = book.raise(alertFor(QStringLiteral("c")));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        QVERIFY(book.close(a, {}));
        QVERIFY(book.close(b, {})); // a, the oldest closed one, is dropped by the book
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfAlert(a), -1);
        QVERIFY(model.rowOfAlert(b) >= 0);
        QVERIFY(model.rowOfAlert(c) >= 0);
        QCOMPARE(removed.size(), 1);

        book.clear(); // another workspace
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void columnsSayItInWords()
    {
        AlertBook book;
        AlertListModel model;
        model.setAlertBook(&book);
        Alert alert = alertFor(QStringLiteral("ray-train"), Alert::Rule::StuckNotReady, ResourceKind::RayCluster);
        alert.message = QStringLiteral("ray-train has not been ready for 12 minutes.");
        book.raise(alert);
        Alert token;
        token.rule = Alert::Rule::TokenExpiring;
        token.workspaceId = QStringLiteral("prod");
        token.message = QStringLiteral("The token expires in 2 days.");
        token.raisedAt = QDateTime::currentDateTimeUtc();
        book.raise(token);

        QCOMPARE(model.columnCount(), int(AlertListModel::ColumnCount));
        QCOMPARE(model.headerData(AlertListModel::RuleColumn, Qt::Horizontal).toString(), QStringLiteral("Rule"));
        QCOMPARE(model.index(0, AlertListModel::RuleColumn).data().toString(), Alert::ruleTitle(Alert::Rule::StuckNotReady));
        QCOMPARE(model.index(0, AlertListModel::ResourceColumn).data().toString(), QStringLiteral("Ray cluster ray-train"));
        QCOMPARE(model.index(0, AlertListModel::MessageColumn).data().toString(), alert.message);
        QCOMPARE(model.index(0, AlertListModel::StateColumn).data().toString(), QStringLiteral("Open"));
        QVERIFY(!model.index(0, AlertListModel::TimeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(AlertListModel::KindRole).value<ResourceKind>(), ResourceKind::RayCluster);
        QCOMPARE(model.index(1, AlertListModel::ResourceColumn).data().toString(), QStringLiteral("Workspace prod"));
        QCOMPARE(model.index(1, 0).data(AlertListModel::NameRole).toString(), QString());
    }

    void aBookThatGoesAwayEmptiesTheModel()
    {
        AlertListModel model;
        {
            AlertBook book;
            model.setAlertBook(&book);
            book.raise(alertFor(QStringLiteral("llama")));
            QCOMPARE(model.rowCount(), 1);
        }
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.alertBook(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestAlertListModel)
#include "tst_alertlistmodel.moc"
