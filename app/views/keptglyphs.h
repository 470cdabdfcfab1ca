// SPDX-License-Identifier: MIT
#pragma once

class QGraphicsItem;
class QTextDocument;

// Text laid out once and painted often keeps its shaped glyphs.
//
// Why: a text block's layout (QTextLayout) throws its shaped glyphs away once laid out, and every
// paint then shapes its lines again (HarfBuzz): half of painting an explanation page, and the
// chart's title and legend names (rich-text items) shaped at every redraw of its picture — 6 %
// of a parameter step. Told to keep them, a block shapes once per layout. A block laid out anew
// (new text) needs telling again.
namespace KeptGlyphs {

// Every block of `document` as it is now.
void keep(QTextDocument* document);
// The document of every QGraphicsTextItem in `root`'s subtree (a chart: its title and legend).
void keepIn(QGraphicsItem* root);

}  // namespace KeptGlyphs
