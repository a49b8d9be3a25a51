#pragma once

#include <QByteArray>
#include <QColor>
#include <QIcon>
#include <QString>

// The console's monochrome action icons (resources/icons/*.svg, drawn in currentColor)
// painted in the palette's text colour, so they follow a light or a dark theme; icons from
// the desktop's icon theme are preferred when it has them.
//
// The icons are rendered from the SVG at the exact pixel size asked for (crisp at any device
// pixel ratio), and read the application palette when they are painted: a theme change while
// the console runs recolours them without building them again. The disabled state uses the
// palette's disabled text colour, the selected state its highlighted-text colour.
class ThemedIcon
{
public:
    // ":/icons/<name>.svg" in the palette's colour.
    static QIcon icon(const QString &name);
    // The desktop theme's `themeName` (e.g. "media-playback-pause") when the theme has it,
    // icon(name) otherwise.
    static QIcon fromTheme(const QString &themeName, const QString &name);
    static QString resourcePath(const QString &name);

    // The SVG with every currentColor replaced by `color`.
    static QByteArray colorized(const QByteArray &svg, const QColor &color);
    // The colour an icon gets in `mode`, from the application palette.
    static QColor colorFor(QIcon::Mode mode);
};
