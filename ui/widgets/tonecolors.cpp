#include "ui/widgets/tonecolors.h"

#include <QtMath>

#include <algorithm>

namespace ToneColors {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : qPow((channel + 0.055) / 1.055, 2.4);
}

// Lightness steps used when nudging a text colour; 50 steps cover the whole range.
constexpr double kLightnessStep = 0.02;

// Light theme: a pale tint to fill, a deep shade to write with, a middle tone to outline.
constexpr double kLightFill = 0.91;
constexpr double kLightText = 0.24;
constexpr double kLightBorder = 0.42;
// Dark theme: the same, mirrored.
constexpr double kDarkFill = 0.22;
constexpr double kDarkText = 0.86;
constexpr double kDarkBorder = 0.62;

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette, QPalette::ColorRole role)
{
    // Luminance rather than HSL lightness: a saturated blue looks darker than its lightness says.
    return relativeLuminance(palette.color(QPalette::Active, role)) < 0.18;
}

QColor withContrast(const QColor &text, const QColor &background, double minimum)
{
    if (contrastRatio(text, background) >= minimum)
        return text;
    const bool darken = relativeLuminance(background) >= 0.18;
    QColor hsl = text.toHsl();
    float hue = 0, saturation = 0, lightness = 0, alpha = 1;
    hsl.getHslF(&hue, &saturation, &lightness, &alpha);
    double l = lightness;
    while (darken ? l > 0.0 : l < 1.0) {
        l = darken ? std::max(0.0, l - kLightnessStep) : std::min(1.0, l + kLightnessStep);
        const QColor candidate = QColor::fromHslF(std::max(0.0f, hue), saturation, float(l), 1.0f);
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    // Even black or white is not enough (the background is mid-grey): take the better one.
    const QColor black(Qt::black), white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

Swatch swatch(int hue, double saturation, const QPalette &palette, QPalette::ColorRole backgroundRole)
{
    const bool dark = isDark(palette, backgroundRole);
    const float h = float(((hue % 360) + 360) % 360) / 360.0f;
    const float s = float(std::clamp(saturation, 0.0, 1.0));
    Swatch result;
    if (dark) {
        result.fill = QColor::fromHslF(h, s * 0.55f, float(kDarkFill));
        result.text = QColor::fromHslF(h, s * 0.70f, float(kDarkText));
        result.border = QColor::fromHslF(h, s * 0.60f, float(kDarkBorder));
    } else {
        result.fill = QColor::fromHslF(h, s * 0.75f, float(kLightFill));
        result.text = QColor::fromHslF(h, s, float(kLightText));
        result.border = QColor::fromHslF(h, s * 0.80f, float(kLightBorder));
    }
    result.fill = result.fill.toRgb();
    result.text = withContrast(result.text, result.fill).toRgb();
    result.border = result.border.toRgb();
    return result;
}

} // namespace ToneColors
