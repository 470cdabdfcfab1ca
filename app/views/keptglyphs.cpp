// SPDX-License-Identifier: MIT
#include "app/views/keptglyphs.h"

#include <QGraphicsTextItem>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace KeptGlyphs {

void keep(QTextDocument* document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        if (QTextLayout* layout = block.layout(); layout && !layout->cacheEnabled())
            layout->setCacheEnabled(true);
}

void keepIn(QGraphicsItem* root)
{
    if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(root))
        keep(text->document());
    for (QGraphicsItem* child : root->childItems())
        keepIn(child);
}

}  // namespace KeptGlyphs
