// How typed text is compared with the texts a trainer wrote: fill-in answers, and the phrases of a free
// reply's required elements and forbidden rules. One normalisation for both sides, so "ＡＢＣ", "abc" and
// " a b c " compare the way a trainee expects. Rules and examples: docs/scoring.md, "Text matching".
#pragma once

#include <QString>

namespace dojo {

// NFKC (full-width letters, digits, punctuation and the ideographic space become their ordinary forms),
// case-folded, white space trimmed and collapsed to one space, and a space dropped where either side is
// a character of a script written without spaces (Chinese, Japanese, Thai…): "快捷 短语" == "快捷短语".
QString normalizedForMatch(const QString &text);

// normalizedForMatch() and then every trailing punctuation mark removed ("。", ".", "！", "~"…): the
// form fill-in answers are compared in.
QString normalizedAnswer(const QString &text);

// Whether `normalizedPhrase` occurs in `normalizedText` (both from normalizedForMatch()). Chinese and
// other scripts without spaces match anywhere; where the phrase starts or ends with a letter or digit
// of a spaced script (English…), the neighbouring character must not be one, so "no" is not found in
// "know" while "refund" is found in "我要refund".
bool containsPhrase(const QString &normalizedText, const QString &normalizedPhrase);

// What a reply's length is measured in: user-perceived characters (grapheme clusters) of the text with
// white space trimmed and collapsed. One Chinese character, one Latin letter, one emoji each count 1.
int characterCount(const QString &text);

// Whether a code point belongs to a script written without spaces between words.
bool isUnspacedScript(char32_t codePoint);

} // namespace dojo
