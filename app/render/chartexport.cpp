// SPDX-License-Identifier: MIT
#include "app/render/chartexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace ChartExport {

namespace {

QString suffixOf(const QString& path)
{
    return QFileInfo(path).suffix().toLower();
}

QString translated(const char* text)
{
    return QCoreApplication::translate("ChartExport", text);
}

}  // namespace

bool isSupported(const QString& path)
{
    const QString s = suffixOf(path);
    return s == QStringLiteral("png") || s == QStringLiteral("svg") || s == QStringLiteral("pdf");
}

bool save(QWidget* widget, const QString& path, QSize size, QString* error)
{
    if (!isSupported(path)) {
        *error = translated(QT_TRANSLATE_NOOP("ChartExport", "unsupported file type (use .png, .svg or .pdf)"));
        return false;
    }
    if (widget->size() != size)
        widget->resize(size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QString suffix = suffixOf(path);
    bool drawn = true;
    if (suffix == QStringLiteral("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            widget->render(&painter);
        }
        drawn = image.save(&file, "PNG");
    } else if (suffix == QStringLiteral("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QStringLiteral("ActivationLab"));
        QPainter painter(&svg);
        widget->render(&painter);
        drawn = painter.end();
    } else {
        QPdfWriter pdf(&file);
        pdf.setTitle(QStringLiteral("ActivationLab"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        // Points are 1/72 in and the writer is at 96 dpi: scale the pixel drawing to fill the page.
        const double scale = pdf.width() / double(size.width());
        painter.scale(scale, scale);
        widget->render(&painter);
        drawn = painter.end();
    }
    if (!drawn) {
        file.cancelWriting();
        *error = translated(QT_TRANSLATE_NOOP("ChartExport", "the image could not be encoded"));
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace ChartExport
