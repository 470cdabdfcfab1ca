// SPDX-License-Identifier: MIT
#include "app/views/numberformat.h"

#include <cmath>

namespace NumberFormat {

namespace {

QString withMinusSign(QString text, const QLocale& locale)
{
    text.replace(locale.negativeSign(), QStringLiteral("−"));
    return text;
}

QString superscript(int exponent)
{
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString text = exponent < 0 ? QStringLiteral("⁻") : QString();
    for (const QChar c : QString::number(std::abs(exponent)))
        text += digits.at(c.digitValue());
    return text;
}

}  // namespace

QString fixed(double value, int decimals, const QLocale& locale)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    if (value == 0.0)
        value = std::fabs(value);  // no "−0.00"
    QString text = locale.toString(value, 'f', decimals);
    // A negative value that rounds to zero reads as 0.
    if (text.startsWith(locale.negativeSign()) && locale.toDouble(text) == 0.0)
        text.remove(0, locale.negativeSign().size());
    return withMinusSign(text, locale);
}

QString readable(double value, int significant, const QLocale& locale)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (std::isinf(value) || value == 0.0)
        return fixed(value, 0, locale);
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e-3 && magnitude < 1e5) {
        const int integerDigits = magnitude >= 1 ? static_cast<int>(std::floor(std::log10(magnitude))) + 1 : 1;
        int decimals = std::max(significant - integerDigits, 0);
        if (magnitude < 1)
            decimals = std::max(significant - 1 - static_cast<int>(std::floor(std::log10(magnitude))), 0);
        QString text = locale.toString(value, 'f', std::min(decimals, 10));
        return withMinusSign(text, locale);
    }
    int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    double mantissa = value / std::pow(10.0, exponent);
    if (std::fabs(mantissa) >= 10.0) {  // rounding of the logarithm
        mantissa /= 10.0;
        ++exponent;
    }
    QString text = locale.toString(mantissa, 'f', std::max(significant - 1, 0));
    return withMinusSign(text, locale) + QStringLiteral("·10") + superscript(exponent);
}

QString compact(double value, int significant, const QLocale& locale)
{
    if (std::isinf(value) || std::isnan(value))
        return readable(value, significant, locale);
    QString text = locale.toString(value, 'g', significant);
    return withMinusSign(text, locale);
}

QString subscript(int n)
{
    QString text;
    for (const QChar c : QString::number(n))
        text += QChar(0x2080 + c.digitValue());
    return text;
}

}  // namespace NumberFormat
