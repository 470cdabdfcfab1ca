// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

// Numbers as the user reads them: in the UI language's locale (0,25 in Russian), with a real
// minus sign, and tiny or huge values as m·10ⁿ rather than 0,000 or 1e-18.
namespace NumberFormat {

// Fixed decimals, e.g. slider values and the written-out sum ("−0.30").
QString fixed(double value, int decimals, const QLocale& locale = QLocale());
// A whole number in subscript digits, for symbols like x₁₂.
QString subscript(int n);

// About `significant` significant digits; scientific with a superscript exponent when the value
// is below 1e-3 or at least 1e5 in magnitude. ∞ for infinities.
QString readable(double value, int significant = 4, const QLocale& locale = QLocale());

// The shortest text with up to `significant` significant digits and no trailing zeros
// ("1", "0.25", "−1.758"); for ranges and limits.
QString compact(double value, int significant = 4, const QLocale& locale = QLocale());

}  // namespace NumberFormat
