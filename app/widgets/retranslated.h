// SPDX-License-Identifier: MIT
#pragma once

#include <QEvent>

// A widget whose texts follow the interface language: retranslate() runs at every language
// change. The translated widgets derive from Retranslated<their Qt base> instead of each
// repeating the same changeEvent; they call retranslate() once themselves when their texts exist.
template <typename Base>
class Retranslated : public Base {
public:
    using Base::Base;

protected:
    // Sets every text of the widget in the current language.
    virtual void retranslate() = 0;

    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        Base::changeEvent(event);
    }
};
