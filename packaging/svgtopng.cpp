// Build-time helper: renders the application icon's SVG into the PNG sizes of the hicolor
// icon theme, with Qt's own SVG renderer (no network, no extra packages).
//
//   lepton-svgtopng <icon.svg> <hicolor-dir> <name> <size>...
// writes <hicolor-dir>/<size>x<size>/apps/<name>.png for every size.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s <icon.svg> <hicolor-dir> <name> <size>...\n", argv[0]);
        return 2;
    }
    // Rendering needs no display; the offscreen platform keeps this working on build machines.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "lepton-svgtopng: cannot read %s\n", argv[1]);
        return 1;
    }
    const QDir root(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size <= 0) {
            std::fprintf(stderr, "lepton-svgtopng: not a size: %s\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();

        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        if (!root.mkpath(dir)) {
            std::fprintf(stderr, "lepton-svgtopng: cannot create %s\n", qPrintable(root.filePath(dir)));
            return 1;
        }
        const QString file = root.filePath(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "lepton-svgtopng: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
