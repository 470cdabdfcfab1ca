// SPDX-License-Identifier: MIT
#include "app/widgets/cacheditemdelegate.h"

#include "app/views/blit.h"

#include <QAbstractItemView>
#include <QPaintEngine>
#include <QPainter>

void CachedItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem look = option;
    initStyleOption(&look, index);
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const bool plain = view != nullptr && painter->paintEngine() != nullptr && painter->paintEngine()->type() == QPaintEngine::Raster &&
                       painter->transform().type() <= QTransform::TxTranslate && look.icon.isNull() &&
                       look.backgroundBrush.style() == Qt::NoBrush && !view->alternatingRowColors() && !option.rect.isEmpty();
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* viewport = view->viewport();
    const QColor base = viewport->palette().color(viewport->backgroundRole());
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QString key = QStringLiteral("%1|%2|%3|%4x%5@%6|%7|%8|%9|%10")
                            .arg(look.text, look.font.key())
                            .arg(int(look.state))
                            .arg(option.rect.width())
                            .arg(option.rect.height())
                            .arg(ratio)
                            .arg(look.palette.cacheKey())
                            .arg(base.rgba())
                            .arg(int(look.features) | int(look.checkState) << 16)
                            .arg(int(look.displayAlignment) | int(look.textElideMode) << 16);
    QPixmap* picture = m_rows.object(key);
    if (picture == nullptr) {
        auto* drawn = new QPixmap(option.rect.size() * ratio);
        drawn->setDevicePixelRatio(ratio);
        drawn->fill(base);
        {
            QPainter picturePainter(drawn);
            picturePainter.setRenderHints(painter->renderHints());
            picturePainter.setFont(painter->font());
            QStyleOptionViewItem moved = option;
            moved.rect = QRect(QPoint(0, 0), option.rect.size());
            QStyledItemDelegate::paint(&picturePainter, moved, index);
        }
        ++m_draws;
        const qsizetype bytes = qsizetype(drawn->width()) * drawn->height() * drawn->depth() / 8;
        picture = drawn;
        if (!m_rows.insert(key, drawn, bytes)) {  // larger than the whole cache: drawn as usual
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
    }
    Blit::draw(painter, option.rect.topLeft(), *picture);
}
