// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>

#include <functional>

class QColor;
class QImage;
class QPainter;
class QPixmap;

// Draws a picture that the painter maps one to one onto device pixels (its pixel ratio is the
// device's, it lands on whole pixels) — a kept picture of a widget, a control, a chart layer —
// the fast way, pixel for pixel as QPainter would.
//
// Why: a widget's painter has SmoothPixmapTransform on (Qt 6's default), and with it the raster
// engine leaves its fast path for images even when nothing is scaled: every row goes through
// the transformed-texture fetch, and a picture of 96 rows or more is cut into pieces handed to
// Qt's thread pool and waited for. A 14 × 753 scroll bar picture cost 80–105 µs so and 11 µs
// without the hint. Nothing is interpolated when nothing is scaled, so the hint is switched off
// for such a draw (and only then) without changing a pixel. And a paint that exposes several
// rectangles (a neuron step's moved markers) is drawn one rectangle at a time: through a clip of
// several the engine goes row by row and hands 96 rows or more to its thread pool, through one it
// copies — a thread woken and waited for at every neuron step, gone.
namespace Blit {

void draw(QPainter* painter, const QPointF& topLeft, const QPixmap& picture);
void draw(QPainter* painter, const QPointF& topLeft, const QImage& picture);
// The part `source` (in the picture's pixels) of `picture`, drawn into `target`.
void draw(QPainter* painter, const QRectF& target, const QImage& picture, const QRectF& source);

// Runs `draw` once for each rectangle of the region the current paint exposes (the engine's
// system clip), clipped to it, when that region has several; else once. Through a clip of several
// rectangles (a neuron step's moved markers, a frame around an opaque child) the raster engine
// fills and copies row by row, handing 96 rows or more to its thread pool; through one it copies
// or fills whole.
void eachExposedRect(QPainter* painter, const std::function<void()>& draw);

// QPainter::fillRect without antialiasing (pixel for pixel the same), a translucent colour laid
// in bands of fewer than 96 device rows: the engine blends a translucent fill row by row and
// hands 96 rows or more to its thread pool (a tall region band, at every redraw of the chart).
void fill(QPainter* painter, const QRectF& rect, const QColor& colour);

}  // namespace Blit
