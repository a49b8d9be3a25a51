#include "ui/widgets/themedicon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace {

class ThemedIconEngine final : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    QIconEngine *clone() const override { return new ThemedIconEngine(*this); }
    QString key() const override { return QStringLiteral("LeptonThemedIcon"); }
    bool isNull() override { return m_svg.isEmpty(); }
    QString iconName() override { return m_path; }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QColor color = ThemedIcon::colorFor(mode);
        QSvgRenderer renderer(ThemedIcon::colorized(m_svg, color));
        renderer.setAspectRatioMode(Qt::KeepAspectRatio);
        painter->save();
        painter->setOpacity(painter->opacity() * color.alphaF());
        renderer.render(painter, rect);
        painter->restore();
    }

    // `size` is in device pixels: QIcon asks for the logical size times the device pixel
    // ratio and sets the ratio on what it gets.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return render(size, mode, state, scale);
    }

private:
    QPixmap render(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
    {
        if (size.isEmpty() || m_svg.isEmpty())
            return {};
        const QColor color = ThemedIcon::colorFor(mode);
        const QString cacheKey = QStringLiteral("lepton-icon:%1:%2x%3@%4:%5")
                                     .arg(m_path)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(scale)
                                     .arg(color.rgba(), 8, 16, QLatin1Char('0'));
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

    QString m_path;
    QByteArray m_svg;
};

} // namespace

QIcon ThemedIcon::icon(const QString &name)
{
    return QIcon(new ThemedIconEngine(resourcePath(name)));
}

QIcon ThemedIcon::fromTheme(const QString &themeName, const QString &name)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return icon(name);
}

QString ThemedIcon::resourcePath(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QByteArray ThemedIcon::colorized(const QByteArray &svg, const QColor &color)
{
    QByteArray out = svg;
    return out.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
}

QColor ThemedIcon::colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active: break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}
