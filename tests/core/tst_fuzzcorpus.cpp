// The fuzz targets' seed corpus and every input that once broke a property
// (tests/fuzz/regressions/), replayed through the same checks in every build, sanitizers or
// not, so a fixed finding stays fixed without clang or libFuzzer. The fuzzing itself:
// scripts/fuzz.
#include "tests/fuzz/fuzzchecks.h"
#include "tests/fuzz/notescsvcheck.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QStringList g_failures;

void recordFailure(const char *condition, const char *file, int line)
{
    g_failures << QStringLiteral("%1 (%2:%3)").arg(QString::fromUtf8(condition), QFileInfo(QString::fromUtf8(file)).fileName()).arg(line);
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalDatabase> m_db;

    void addRows(const QString &target)
    {
        int rows = 0;
        for (const char *kind : {"corpus", "regressions"}) {
            const QString folder = QFINDTESTDATA(QStringLiteral("../fuzz/%1/%2").arg(QLatin1String(kind), target));
            if (folder.isEmpty())
                continue;
            QDirIterator it(folder, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(kind), it.fileName()))) << path;
                ++rows;
            }
        }
        QVERIFY2(rows > 0, qPrintable(QStringLiteral("no inputs for %1").arg(target)));
    }

    template <typename Check>
    void replay(Check check)
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();
        g_failures.clear();
        check(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        QVERIFY2(g_failures.isEmpty(), qPrintable(g_failures.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        FuzzChecks::failureHandler() = &recordFailure;
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<LocalDatabase>(m_dir->filePath(QStringLiteral("notes.sqlite")));
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
        FuzzChecks::failureHandler() = &FuzzChecks::abortOnFailure;
    }

    // The checks must be able to fail: a broken property is reported, not ignored.
    void checksCanFail()
    {
        g_failures.clear();
        FUZZ_CHECK(1 + 1 == 3);
        QCOMPARE(g_failures.size(), 1);
        g_failures.clear();
    }

    void deploymentJson_data()
    {
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral("deploymentlist"));
    }
    void deploymentJson() { replay(&FuzzChecks::checkDeploymentJson); }

    void mergePatch_data()
    {
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral("jsonmergepatch"));
    }
    void mergePatch() { replay(&FuzzChecks::checkMergePatch); }

    void apiError_data()
    {
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral("apierror"));
    }
    void apiError() { replay(&FuzzChecks::checkApiError); }

    void notesCsv_data()
    {
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral("notescsv"));
    }
    void notesCsv()
    {
        replay([this](const uint8_t *data, size_t size) { FuzzChecks::checkNotesCsv(*m_db, data, size); });
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
