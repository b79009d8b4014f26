// The words the content files use for enumerations (`type: single`, `channel: phone`, …), in both
// directions. Shared by the loader, the summary and anything that writes content.
#pragma once

#include "content/model.h"

#include <optional>

namespace dojo {

QString questionTypeKeyword(QuestionType type);
std::optional<QuestionType> questionTypeFromKeyword(const QString &word);
QStringList questionTypeKeywords();

QString channelKeyword(Channel channel);
std::optional<Channel> channelFromKeyword(const QString &word);
QStringList channelKeywords();

QString outcomeKeyword(Outcome outcome);
std::optional<Outcome> outcomeFromKeyword(const QString &word);
QStringList outcomeKeywords();

inline constexpr QuestionType kAllQuestionTypes[] = {QuestionType::Single,    QuestionType::Multiple,
                                                     QuestionType::TrueFalse, QuestionType::Fill,
                                                     QuestionType::Ordering,  QuestionType::Matching};

} // namespace dojo
