#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// What one replica of a resource shape ("gpu.a10") costs per hour, as the user set it: Lepton's
// API has no price (shapes carry CPU, memory and accelerators only), so prices come from the
// user and live in the store with the ledger (a team store shares them).
//
// The amount is kept in millionths of the currency's unit, so that the figure typed is the
// figure stored (no binary fraction), whichever backend keeps it.
struct ShapePrice
{
    Q_DECLARE_TR_FUNCTIONS(ShapePrice)

public:
    static constexpr qint64 MicrosPerUnit = 1000000;
    static constexpr const char *DefaultCurrency = "USD";

    QString shape;
    qint64 micros = 0;  // per replica and hour, in millionths of `currency`
    QString currency;   // ISO 4217 code, upper case ("USD", "EUR")
    QString setBy;
    QDateTime setAt;    // UTC, millisecond precision once stored

    double perHour() const { return double(micros) / MicrosPerUnit; }

    // Empty when the price can be stored; else why not (for the user).
    QString validationError() const;

    // "2.5", "0.000001", "12": a decimal number with at most six digits after the point, not
    // negative; nullopt for anything else (a comma, an exponent, a sign, more digits).
    static std::optional<qint64> parseMicros(const QString &text);
    // The amount back as the shortest decimal text ("2.5", "12").
    static QString formatMicros(qint64 micros);
    // A three-letter code, upper-cased; nullopt when `text` is not three letters.
    static std::optional<QString> normalizeCurrency(const QString &text);

    bool operator==(const ShapePrice &other) const = default;
};

Q_DECLARE_METATYPE(ShapePrice)
