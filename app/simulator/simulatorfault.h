#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>

// A misbehaviour of the network or the gateway, applied to matching requests instead of
// (or on top of) the normal answer (WorkspaceSimulator::Fault). Faults are tried in the order
// injected; the first match with hits left is used.
struct SimulatorFault
{
    enum class Kind {
        HttpStatus,      // `status` with `body`, `contentType` and `headers`
        MalformedJson,   // 200, application/json, but not valid JSON (`body`, or the real answer cut and garbled)
        TruncatedBody,   // the real answer's headers and half its body, then the connection closes
        WrongShape,      // 200 with valid JSON of the wrong shape (`body`, or: list -> object,
                         // deployment -> state as a number and endpoint as a string)
        SlowDrip,        // the real answer, `chunkSize` bytes every `interval`
        Hang,            // never answers (the connection stays open)
        HugeBody,        // 200, application/json, a valid JSON array of `size` bytes
        CloseConnection, // closes the connection without a byte. Note: QNetworkAccessManager
                         // silently retries a request once when a reused connection closes,
                         // so use times(2) or more to make the client see the failure.
        StreamedBody,    // `status` with `headers` and a chunked body of `size` bytes (`body`
                         // repeated, or filler), written only as fast as the client reads it;
                         // streamedBodyBytes() tells how much of it the client took
    };

    Kind kind = Kind::HttpStatus;
    QByteArray method;       // empty: any method
    QString path;            // a regular expression searched in the path; empty: any path
    int count = 1;           // matching requests it applies to; -1: forever
    int status = 500;
    QByteArray body;
    QByteArray contentType = "text/plain; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 size = 8 * 1024 * 1024;             // HugeBody
    int chunkSize = 64;                        // SlowDrip
    std::chrono::milliseconds interval{50};    // SlowDrip
    // MalformedJson, TruncatedBody, WrongShape and SlowDrip always run the request first
    // (a PATCH is applied, the answer is what breaks). The other kinds stop the request
    // before it reaches the workspace, unless this is set: "the gateway timed out, but
    // the backend did it".
    bool applyRequest = false;

    // Where and how often; chainable: Fault::badGateway().on("GET", "/deployments$").times(2)
    SimulatorFault &on(const QByteArray &method, const QString &pathPattern);
    SimulatorFault &times(int count);
    // Whether the request reaches the workspace before the fault shapes the answer.
    bool runsRequest() const;

    static SimulatorFault httpStatus(int status, const QByteArray &body,
                                     const QByteArray &contentType = "application/json");
    static SimulatorFault badGateway();                         // 502 with nginx's HTML page
    static SimulatorFault rateLimited(int retryAfterSeconds);   // 429 with Retry-After and a JSON body
    static SimulatorFault ofKind(Kind kind);
    // `status` (301, 302, 307, 308) with "Location: <to>" and an empty body.
    static SimulatorFault redirect(int status, const QUrl &to);
    // A chunked body of `size` bytes with `status` (see Kind::StreamedBody).
    static SimulatorFault streamedBody(int status, qint64 size);
};
