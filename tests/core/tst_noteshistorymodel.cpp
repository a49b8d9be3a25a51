// NotesHistoryModel over a real notes database on disk: a reload is diffed by note id (a new
// note is one insert at its place, a deleted one one removal, an edited one one dataChanged on
// its own row, nothing for an unchanged read), never a reset; persistent indexes follow their
// note; the roles carry the parts and DisplayRole one sentence for screen readers.
#include "app/notes/noteshistorymodel.h"
#include "app/storage/sqlite/notestable.h"
#include "tests/support/scratchdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {
const QString kWorkspace = QStringLiteral("ws-history");
const QString kDeployment = QStringLiteral("llama-70b");
} // namespace

class TestNotesHistoryModel : public QObject
{
    Q_OBJECT

private:
    ScratchDatabase m_db;
    std::unique_ptr<NotesHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Note add(const QString &text, const QString &author = QStringLiteral("bob"), const QDateTime &at = {},
             bool atPause = false)
    {
        Note note;
        note.workspaceId = kWorkspace;
        note.deploymentName = kDeployment;
        note.text = text;
        note.author = author;
        note.createdAt = at;
        note.atPause = atPause;
        const auto stored = m_db.notes()->add(note);
        if (!stored)
            qFatal("add failed: %s", qPrintable(m_db.notes()->lastError()));
        return *stored;
    }

    void reload() { m_model->setNotes(m_db.notes()->history(kWorkspace, kDeployment)); }

    QList<qint64> ids() const
    {
        QList<qint64> found;
        for (int row = 0; row < m_model->rowCount(); ++row)
            found << m_model->index(row).data(NotesHistoryModel::NoteIdRole).toLongLong();
        return found;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral("notes.sqlite")), qPrintable(m_db.errorString()));
        m_model = std::make_unique<NotesHistoryModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_db.close();
    }

    void reloadsAreDiffedByIdNeverReset()
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-2);
        const Note oldest = add(QStringLiteral("oldest"), QStringLiteral("bob"), base);
        const Note middle = add(QStringLiteral("middle"), QStringLiteral("carol"), base.addSecs(60));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        reload();
        QCOMPARE(ids(), (QList<qint64>{middle.id, oldest.id}));
        QCOMPARE(inserted.size(), 1); // one run of new notes, one insert
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);

        // The same read again: not a signal.
        inserted.clear();
        reload();
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 0);

        // A new note: one insert, at the top (newest first); the others keep their indexes.
        const QPersistentModelIndex middleIndex(m_model->index(0));
        const Note newest = add(QStringLiteral("newest"), QStringLiteral("alice"), base.addSecs(120));
        reload();
        QCOMPARE(ids(), (QList<qint64>{newest.id, middle.id, oldest.id}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QCOMPARE(middleIndex.row(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 0);

        // An edit: dataChanged on that row only.
        QVERIFY(m_db.notes()->edit(oldest.id, QStringLiteral("oldest, edited")));
        reload();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        QCOMPARE(m_model->index(2).data(NotesHistoryModel::TextRole).toString(), QStringLiteral("oldest, edited"));
        QVERIFY(m_model->index(2).data(NotesHistoryModel::EditedRole).toBool());
        QCOMPARE(inserted.size(), 1);

        // A deletion (elsewhere, say the CLI): one removal of that row; the rest stay.
        QVERIFY(m_db.notes()->remove(middle.id));
        reload();
        QCOMPARE(ids(), (QList<qint64>{newest.id, oldest.id}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QVERIFY(!middleIndex.isValid());

        // Everything gone, then back: removals and inserts, still no reset.
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        reload();
        QCOMPARE(ids(), (QList<qint64>{newest.id, oldest.id}));
        QCOMPARE(reset.size(), 0);
    }

    // A note whose place changed (a read in another order) is moved, not removed and re-added.
    void aNoteThatChangesPlaceIsMoved()
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        const Note a = add(QStringLiteral("a"), QStringLiteral("bob"), base);
        const Note b = add(QStringLiteral("b"), QStringLiteral("bob"), base.addSecs(1));
        const Note c = add(QStringLiteral("c"), QStringLiteral("bob"), base.addSecs(2));
        m_model->setNotes({c, b, a});
        const QPersistentModelIndex aIndex(m_model->index(2));
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        m_model->setNotes({a, c, b});
        QCOMPARE(ids(), (QList<qint64>{a.id, c.id, b.id}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(aIndex.row(), 0);
    }

    void rolesAndTheSentenceForScreenReaders()
    {
        const Note reason = add(QStringLiteral("Incident INC-7, see https://wiki.example.com"), QStringLiteral("bob"),
                                QDateTime::currentDateTimeUtc().addDays(-3), true);
        const Note anonymous = add(QStringLiteral("no author"), QString());
        reload();
        const QModelIndex first = m_model->index(m_model->rowOf(reason.id));
        QCOMPARE(first.data(NotesHistoryModel::NoteIdRole).toLongLong(), reason.id);
        QCOMPARE(first.data(NotesHistoryModel::AuthorRole).toString(), QStringLiteral("bob"));
        QVERIFY(first.data(NotesHistoryModel::PauseReasonRole).toBool());
        QVERIFY(!first.data(NotesHistoryModel::EditedRole).toBool());
        QCOMPARE(first.data(NotesHistoryModel::CreatedAtRole).toDateTime(), reason.createdAt);
        QVERIFY(first.data(NotesHistoryModel::EditedAtRole).toDateTime().isNull());
        QCOMPARE(first.data(NotesHistoryModel::RelativeTimeRole).toString(), QStringLiteral("3 day(s) ago"));
        QCOMPARE(first.data(NotesHistoryModel::NoteRole).value<Note>(), reason);
        QCOMPARE(first.data(Qt::DisplayRole).toString(),
                 QStringLiteral("Note by bob, 3 day(s) ago (pause reason): Incident INC-7, see https://wiki.example.com"));
        QCOMPARE(first.data(Qt::AccessibleTextRole), first.data(Qt::DisplayRole));

        const QModelIndex second = m_model->index(m_model->rowOf(anonymous.id));
        QCOMPARE(second.data(NotesHistoryModel::AuthorDisplayRole).toString(), QStringLiteral("unknown author"));
        QCOMPARE(second.data(Qt::DisplayRole).toString(), QStringLiteral("Note by unknown author, just now: no author"));
        QCOMPARE(m_model->rowOf(-1), -1);
        QVERIFY(!m_model->note(-1));
    }
};

QTEST_GUILESS_MAIN(TestNotesHistoryModel)
#include "tst_noteshistorymodel.moc"
