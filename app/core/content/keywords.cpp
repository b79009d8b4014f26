#include "content/keywords.h"

namespace dojo {

namespace {
template <typename Enum, size_t N> struct KeywordTable {
    struct Entry {
        Enum value;
        const char *word;
    };
    Entry entries[N];

    QString word(Enum v) const
    {
        for (const Entry &e : entries) {
            if (e.value == v)
                return QString::fromLatin1(e.word);
        }
        return {};
    }
    std::optional<Enum> value(const QString &w) const
    {
        for (const Entry &e : entries) {
            if (w == QLatin1String(e.word))
                return e.value;
        }
        return std::nullopt;
    }
    QStringList words() const
    {
        QStringList out;
        for (const Entry &e : entries)
            out.append(QString::fromLatin1(e.word));
        return out;
    }
};

constexpr KeywordTable<QuestionType, 6> kQuestionTypes{{{QuestionType::Single, "single"},
                                                        {QuestionType::Multiple, "multiple"},
                                                        {QuestionType::TrueFalse, "truefalse"},
                                                        {QuestionType::Fill, "fill"},
                                                        {QuestionType::Ordering, "ordering"},
                                                        {QuestionType::Matching, "matching"}}};
constexpr KeywordTable<Channel, 3> kChannels{
    {{Channel::Chat, "chat"}, {Channel::Phone, "phone"}, {Channel::FaceToFace, "face-to-face"}}};
constexpr KeywordTable<Outcome, 3> kOutcomes{
    {{Outcome::Resolved, "resolved"}, {Outcome::Escalated, "escalated"}, {Outcome::Lost, "lost"}}};
} // namespace

QString questionTypeKeyword(QuestionType type)
{
    return kQuestionTypes.word(type);
}
std::optional<QuestionType> questionTypeFromKeyword(const QString &word)
{
    return kQuestionTypes.value(word);
}
QStringList questionTypeKeywords()
{
    return kQuestionTypes.words();
}

QString channelKeyword(Channel channel)
{
    return kChannels.word(channel);
}
std::optional<Channel> channelFromKeyword(const QString &word)
{
    return kChannels.value(word);
}
QStringList channelKeywords()
{
    return kChannels.words();
}

QString outcomeKeyword(Outcome outcome)
{
    return kOutcomes.word(outcome);
}
std::optional<Outcome> outcomeFromKeyword(const QString &word)
{
    return kOutcomes.value(word);
}
QStringList outcomeKeywords()
{
    return kOutcomes.words();
}

} // namespace dojo
