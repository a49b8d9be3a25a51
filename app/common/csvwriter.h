#pragma once

#include <QString>
#include <QStringList>

// CSV as RFC 4180 writes it: a field is quoted when it holds a comma, a quote, a line break
// or spaces at its edges (quotes doubled inside), and every record ends in CRLF. The notes
// export and `lepton-console-cli paused --csv` write their rows through it.
namespace CsvWriter {

QString field(const QString &value);
QString record(const QStringList &fields);

} // namespace CsvWriter
