#include "ui/notes/notecard.h"

#include "app/notes/noteshistorymodel.h"
#include "app/notes/notetextformatter.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

// The words are the Notes panel's, and keep its translation context.

namespace {

QString exactTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

void openLink(const QString &link)
{
    const QUrl url(link);
    const QString scheme = url.scheme().toLower();
    // The formatter only makes http(s) links; anything else never leaves the panel.
    if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        QDesktopServices::openUrl(url);
}

} // namespace

NoteCard::NoteCard(const Note &note, QWidget *parent)
    : QFrame(parent)
    , m_note(note)
{
    setObjectName(QStringLiteral("noteCard"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("noteMeta"));
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setWordWrap(true);
    m_meta->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_editingMarker = new QLabel(QCoreApplication::translate("NotesPanel", "Being edited below"), this);
    m_editingMarker->setObjectName(QStringLiteral("noteEditingMarker"));
    m_editingMarker->setTextFormat(Qt::PlainText);
    m_editingMarker->setForegroundRole(QPalette::PlaceholderText);
    m_editingMarker->hide();

    m_edit = new QToolButton(this);
    m_edit->setObjectName(QStringLiteral("noteEditButton"));
    m_edit->setText(QCoreApplication::translate("NotesPanel", "Edit"));
    m_edit->setToolTip(QCoreApplication::translate("NotesPanel", "Load this note into the editor"));
    m_edit->setAutoRaise(true);
    connect(m_edit, &QToolButton::clicked, this, [this] { Q_EMIT editRequested(m_note.id); });

    m_delete = new QToolButton(this);
    m_delete->setObjectName(QStringLiteral("noteDeleteButton"));
    m_delete->setText(QCoreApplication::translate("NotesPanel", "Delete"));
    m_delete->setToolTip(QCoreApplication::translate("NotesPanel", "Delete this note (asks first)"));
    m_delete->setAutoRaise(true);
    connect(m_delete, &QToolButton::clicked, this, [this] { Q_EMIT deleteRequested(m_note.id); });

    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("noteText"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_body->setWordWrap(true); // after setSizePolicy: it adds height-for-width to the policy
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_body->setOpenExternalLinks(false);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_body->setFocusPolicy(Qt::StrongFocus);
    connect(m_body, &QLabel::linkActivated, this, &openLink);

    // Compact: the dock is short, and every pixel of chrome is a line of notes less.
    auto *header = new QHBoxLayout;
    header->setSpacing(4);
    header->addWidget(m_meta, 1);
    header->addWidget(m_editingMarker);
    header->addWidget(m_edit);
    header->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 6);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_body);

    showNote();
}

void NoteCard::setNote(const Note &note)
{
    if (note == m_note)
        return;
    m_note = note;
    showNote();
}

void NoteCard::showNote()
{
    const Note &note = m_note;
    const QString author = NotesHistoryModel::authorOf(note);
    const QString when = NotesHistoryModel::relativeTime(note.createdAt, QDateTime::currentDateTimeUtc());
    setProperty("noteId", note.id);

    QStringList markers;
    if (note.atPause)
        markers << QCoreApplication::translate("NotesPanel", "pause reason");
    if (note.isEdited())
        markers << QCoreApplication::translate("NotesPanel", "edited");
    setAccessibleName(markers.isEmpty()
                          ? QCoreApplication::translate("NotesPanel", "Note by %1, %2").arg(author, when)
                          : QCoreApplication::translate("NotesPanel", "Note by %1, %2 (%3)")
                                .arg(author, when, markers.join(QStringLiteral(", "))));
    setAccessibleDescription(note.text);

    QString metaHtml = QStringLiteral("<b>%1</b> · %2").arg(author.toHtmlEscaped(), when.toHtmlEscaped());
    if (note.atPause)
        metaHtml += QStringLiteral(" · <b>%1</b>").arg(QCoreApplication::translate("NotesPanel", "Pause reason").toHtmlEscaped());
    if (note.isEdited())
        metaHtml += QStringLiteral(" · <i>%1</i>").arg(QCoreApplication::translate("NotesPanel", "edited").toHtmlEscaped());
    m_meta->setText(metaHtml);
    QString metaTip = QCoreApplication::translate("NotesPanel", "Written %1").arg(exactTime(note.createdAt));
    if (note.isEdited())
        metaTip += u'\n' + QCoreApplication::translate("NotesPanel", "Edited %1").arg(exactTime(note.editedAt));
    if (note.atPause)
        metaTip += u'\n' + QCoreApplication::translate("NotesPanel", "Written as the reason of a pause");
    m_meta->setToolTip(metaTip);

    m_edit->setAccessibleName(QCoreApplication::translate("NotesPanel", "Edit the note by %1, %2").arg(author, when));
    m_delete->setAccessibleName(QCoreApplication::translate("NotesPanel", "Delete the note by %1, %2").arg(author, when));
    m_body->setText(NoteTextFormatter::toHtml(note.text));
    m_body->setAccessibleName(note.text);
    m_body->setAccessibleDescription(QCoreApplication::translate("NotesPanel", "Note by %1, %2").arg(author, when));
}

void NoteCard::setEditing(bool editing)
{
    setFrameShadow(editing ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(editing ? 2 : 1);
    m_editingMarker->setVisible(editing);
    m_edit->setEnabled(!editing);
}

QList<QWidget *> NoteCard::focusChain() const
{
    return {m_body, m_edit, m_delete};
}
