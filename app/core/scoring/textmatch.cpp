#include "scoring/textmatch.h"

#include <QTextBoundaryFinder>

namespace dojo {

namespace {

char32_t codePointAt(QStringView s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        return 0;
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    return c.unicode();
}

char32_t codePointBefore(QStringView s, qsizetype i)
{
    if (i <= 0 || i > s.size())
        return 0;
    const QChar c = s.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && s.at(i - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(s.at(i - 2), c);
    return c.unicode();
}

// A letter or digit of a script that separates words with spaces: the only characters a phrase
// boundary cares about.
bool isSpacedWordChar(char32_t cp)
{
    return cp != 0 && QChar::isLetterOrNumber(cp) && !isUnspacedScript(cp);
}

bool isTrailingPunctuation(char32_t cp)
{
    return QChar::isPunct(cp) || QChar::isSpace(cp) || cp == U'~';
}

} // namespace

bool isUnspacedScript(char32_t cp)
{
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF))
        return true; // CJK symbols and punctuation, half/full-width forms
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

QString normalizedForMatch(const QString &text)
{
    // NFKC_Casefold order: NFKC, fold, NFKC again (folding can undo normalisation for a few letters).
    const QString folded = text.normalized(QString::NormalizationForm_KC)
                               .toCaseFolded()
                               .normalized(QString::NormalizationForm_KC)
                               .simplified();
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (folded.at(i) == u' ' &&
            (isUnspacedScript(codePointBefore(folded, i)) || isUnspacedScript(codePointAt(folded, i + 1))))
            continue;
        out += folded.at(i);
    }
    return out;
}

QString normalizedAnswer(const QString &text)
{
    QString s = normalizedForMatch(text);
    while (!s.isEmpty()) {
        const char32_t last = codePointBefore(s, s.size());
        if (!isTrailingPunctuation(last))
            break;
        s.chop(QChar::requiresSurrogates(last) ? 2 : 1);
    }
    return s;
}

bool containsPhrase(const QString &normalizedText, const QString &normalizedPhrase)
{
    if (normalizedPhrase.isEmpty())
        return false;
    const bool checkStart = isSpacedWordChar(codePointAt(normalizedPhrase, 0));
    const bool checkEnd = isSpacedWordChar(codePointBefore(normalizedPhrase, normalizedPhrase.size()));
    for (qsizetype at = normalizedText.indexOf(normalizedPhrase); at >= 0;
         at = normalizedText.indexOf(normalizedPhrase, at + 1)) {
        if (checkStart && isSpacedWordChar(codePointBefore(normalizedText, at)))
            continue;
        if (checkEnd && isSpacedWordChar(codePointAt(normalizedText, at + normalizedPhrase.size())))
            continue;
        return true;
    }
    return false;
}

int characterCount(const QString &text)
{
    const QString s = text.simplified();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, s);
    int n = 0;
    while (graphemes.toNextBoundary() > 0)
        ++n;
    return n;
}

} // namespace dojo
