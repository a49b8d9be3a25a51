#pragma once

#include <QColor>
#include <QPalette>

// Colours for badges and banners, derived from the palette in use so that they work in
// light and dark themes alike. Every text colour is checked against the fill it is drawn
// on and pushed towards black or white until it meets the WCAG contrast minimum, so a
// tone can never make its own words illegible.
namespace ToneColors {

// WCAG 2 minimum for normal text (AA).
constexpr double MinimumTextContrast = 4.5;

struct Swatch
{
    QColor fill;    // the badge's or banner's background
    QColor text;    // words on `fill`, at least MinimumTextContrast against it
    QColor border;  // the outline that gives the shape against the surrounding background
};

// WCAG 2 relative luminance (0 black .. 1 white) of an sRGB colour.
double relativeLuminance(const QColor &color);
// WCAG 2 contrast ratio between two colours, 1 .. 21.
double contrastRatio(const QColor &a, const QColor &b);
// True when the palette's `role` colour is dark, i.e. a dark theme.
bool isDark(const QPalette &palette, QPalette::ColorRole role = QPalette::Window);
// `text`, moved in lightness away from `background` (towards black on light backgrounds,
// towards white on dark ones) until the contrast is at least `minimum`.
QColor withContrast(const QColor &text, const QColor &background, double minimum = MinimumTextContrast);
// A fill, text and border of the given hue (degrees 0..359) and saturation (0..1; 0 gives
// a neutral grey), light on light backgrounds and dark on dark ones.
Swatch swatch(int hue, double saturation, const QPalette &palette,
              QPalette::ColorRole backgroundRole = QPalette::Window);

} // namespace ToneColors
