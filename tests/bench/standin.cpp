// lepton-bench-standin: the smallest program that does what the console's start does, as the
// baseline of the start-up figure (issue 17, item 9): one GET of the workspace's deployments
// (the same URL, token and JSON the console reads), the JSON parsed with QJsonDocument, a
// QTableWidget filled with the console's main columns, shown. It prints the time from main()
// to the end of the first paint of the populated table, measured as lepton-bench's PaintProbe
// measures the console (the paint event of the viewport with rows, then the next turn of the
// event loop), and exits. It links Qt Widgets and Network only: no console code.
//
//   LEPTON_WORKSPACE_URL=... LEPTON_WORKSPACE_TOKEN=... lepton-bench-standin
//   -> FIRSTPAINT paint=<ms> rows=<n>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTableWidget>
#include <QTimer>

#include <cstdio>

namespace {

QString replicas(const QJsonObject &resources)
{
    const QJsonValue min = resources.value(QStringLiteral("min_replicas"));
    const QJsonValue max = resources.value(QStringLiteral("max_replicas"));
    if (max.isUndefined() || max.isNull() || max.toInt() == min.toInt())
        return QString::number(min.toInt());
    return QStringLiteral("%1\u2013%2").arg(min.toInt()).arg(max.toInt());
}

// The end of the first paint of the viewport with rows: the paint event, then one turn of the loop.
class FirstPaint : public QObject
{
public:
    FirstPaint(QTableWidget *table, const QElapsedTimer *clock)
        : m_table(table)
        , m_clock(clock)
    {
        table->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && watched == m_table->viewport() && event->type() == QEvent::Paint && m_table->rowCount() > 0) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("FIRSTPAINT paint=%.1f rows=%d\n", double(m_clock->nsecsElapsed()) / 1e6, m_table->rowCount());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QTableWidget *m_table;
    const QElapsedTimer *m_clock;
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);

    const QUrl base(qEnvironmentVariable("LEPTON_WORKSPACE_URL"));
    const QByteArray token = qgetenv("LEPTON_WORKSPACE_TOKEN");
    if (!base.isValid() || token.isEmpty()) {
        std::fprintf(stderr, "lepton-bench-standin: set LEPTON_WORKSPACE_URL and LEPTON_WORKSPACE_TOKEN\n");
        return 2;
    }

    QTableWidget table;
    table.setColumnCount(6);
    table.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("Replicas"),
                                     QStringLiteral("Shape"), QStringLiteral("Image"), QStringLiteral("Endpoint")});
    table.setSortingEnabled(false);
    table.resize(1024, 640);
    table.show();
    FirstPaint probe(&table, &sinceMain);

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/deployments")));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, &table, [reply, &table] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            std::fprintf(stderr, "lepton-bench-standin: %s\n", qPrintable(reply->errorString()));
            QCoreApplication::exit(1);
            return;
        }
        const QJsonArray list = QJsonDocument::fromJson(reply->readAll()).array();
        table.setRowCount(int(list.size()));
        int row = 0;
        for (const QJsonValue &value : list) {
            const QJsonObject d = value.toObject();
            const QJsonObject spec = d.value(QStringLiteral("spec")).toObject();
            const QJsonObject resources = spec.value(QStringLiteral("resource_requirement")).toObject();
            const QJsonObject status = d.value(QStringLiteral("status")).toObject();
            const QStringList cells {
                d.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(),
                status.value(QStringLiteral("state")).toString(),
                replicas(resources),
                resources.value(QStringLiteral("resource_shape")).toString(),
                spec.value(QStringLiteral("container")).toObject().value(QStringLiteral("image")).toString(),
                status.value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("external_endpoint")).toString(),
            };
            for (int column = 0; column < cells.size(); ++column)
                table.setItem(row, column, new QTableWidgetItem(cells.at(column)));
            ++row;
        }
    });
    return app.exec();
}
