#include "review/fsrs.h"

#include "scoring/stablerandom.h"

#include <algorithm>
#include <cmath>

namespace dojo {

namespace {

constexpr double kStabilityMin = 0.001;
constexpr double kDifficultyMin = 1.0;
constexpr double kDifficultyMax = 10.0;
constexpr qint64 kDayMs = 86400LL * 1000;

// Published bounds of each parameter (py-fsrs LOWER_BOUNDS_PARAMETERS / UPPER_BOUNDS_PARAMETERS).
constexpr FsrsScheduler::Parameters kLower = {
    kStabilityMin, kStabilityMin, kStabilityMin, kStabilityMin, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
    0.001,         0.001,         0.001,         0.0,           0.0, 1.0,   0.0,   0.0,   0.0, 0.1};
constexpr FsrsScheduler::Parameters kUpper = {100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
                                              5.0,   0.25,  0.9,   4.0,   1.0,  6.0, 2.0, 2.0,  0.8, 0.8};

struct FuzzRange {
    double start;
    double end;
    double factor;
};
constexpr FuzzRange kFuzzRanges[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, INFINITY, 0.05}};

// Python's timedelta.days: floor, also for negative spans.
qint64 wholeDays(const QDateTime &from, const QDateTime &to)
{
    const qint64 ms = from.msecsTo(to);
    qint64 days = ms / kDayMs;
    if (ms % kDayMs != 0 && ms < 0)
        --days;
    return days;
}

// Python's round(): halves to even. std::nearbyint does that in the default rounding mode.
double roundHalfEven(double x)
{
    return std::nearbyint(x);
}

int ratingValue(Rating r)
{
    return int(r);
}

} // namespace

FsrsScheduler::FsrsScheduler() : FsrsScheduler(kDefaultParameters, 0.9) {}

FsrsScheduler::FsrsScheduler(const Parameters &parameters, double desiredRetention,
                             QList<qint64> learningStepsSeconds, QList<qint64> relearningStepsSeconds,
                             int maximumIntervalDays)
    : m_desiredRetention(std::clamp(desiredRetention, 0.01, 0.99)),
      m_learningSteps(std::move(learningStepsSeconds)), m_relearningSteps(std::move(relearningStepsSeconds)),
      m_maximumInterval(std::max(1, maximumIntervalDays))
{
    for (int i = 0; i < kParameterCount; ++i)
        m_w[i] = std::clamp(parameters[i], kLower[i], kUpper[i]);
    m_decay = -m_w[20];
    m_factor = std::pow(0.9, 1.0 / m_decay) - 1.0;
}

bool FsrsScheduler::parametersValid(const Parameters &parameters)
{
    for (int i = 0; i < kParameterCount; ++i) {
        if (!(parameters[i] >= kLower[i] && parameters[i] <= kUpper[i]))
            return false;
    }
    return true;
}

void FsrsScheduler::setFuzz(bool enabled, quint64 seed)
{
    m_fuzz = enabled;
    m_fuzzSeed = seed;
}

double FsrsScheduler::retrievability(const FsrsCard &card, const QDateTime &now) const
{
    if (!card.lastReview.isValid() || card.stability <= 0)
        return 0.0;
    const double elapsed = double(std::max<qint64>(0, wholeDays(card.lastReview, now)));
    return std::pow(1.0 + m_factor * elapsed / card.stability, m_decay);
}

int FsrsScheduler::nextIntervalDays(double stability) const
{
    const double interval = stability / m_factor * (std::pow(m_desiredRetention, 1.0 / m_decay) - 1.0);
    return int(std::clamp(roundHalfEven(interval), 1.0, double(m_maximumInterval)));
}

double FsrsScheduler::initialStability(Rating r) const
{
    return std::max(m_w[ratingValue(r) - 1], kStabilityMin);
}

double FsrsScheduler::initialDifficulty(Rating r, bool clamp) const
{
    const double d = m_w[4] - std::exp(m_w[5] * (ratingValue(r) - 1)) + 1.0;
    return clamp ? std::clamp(d, kDifficultyMin, kDifficultyMax) : d;
}

double FsrsScheduler::nextDifficulty(double d, Rating r) const
{
    const double delta = -(m_w[6] * (ratingValue(r) - 3));
    const double damped = d + (10.0 - d) * delta / 9.0; // linear damping
    // Mean reversion towards the initial difficulty of an Easy first answer.
    const double next = m_w[7] * initialDifficulty(Rating::Easy, false) + (1.0 - m_w[7]) * damped;
    return std::clamp(next, kDifficultyMin, kDifficultyMax);
}

double FsrsScheduler::shortTermStability(double s, Rating r) const
{
    double increase = std::exp(m_w[17] * (ratingValue(r) - 3 + m_w[18])) * std::pow(s, -m_w[19]);
    if (r == Rating::Good || r == Rating::Easy)
        increase = std::max(increase, 1.0);
    return std::max(s * increase, kStabilityMin);
}

double FsrsScheduler::nextStability(double d, double s, double retr, Rating r) const
{
    double next = 0;
    if (r == Rating::Again) {
        const double longTerm = m_w[11] * std::pow(d, -m_w[12]) * (std::pow(s + 1.0, m_w[13]) - 1.0) *
                                std::exp((1.0 - retr) * m_w[14]);
        const double shortTerm = s / std::exp(m_w[17] * m_w[18]);
        next = std::min(longTerm, shortTerm);
    } else {
        const double hardPenalty = r == Rating::Hard ? m_w[15] : 1.0;
        const double easyBonus = r == Rating::Easy ? m_w[16] : 1.0;
        next = s * (1.0 + std::exp(m_w[8]) * (11.0 - d) * std::pow(s, -m_w[9]) *
                              (std::exp((1.0 - retr) * m_w[10]) - 1.0) * hardPenalty * easyBonus);
    }
    return std::max(next, kStabilityMin);
}

int FsrsScheduler::fuzzed(int intervalDays, const FsrsCard &card, const QDateTime &now) const
{
    if (intervalDays < 2.5)
        return intervalDays;
    double delta = 1.0;
    for (const FuzzRange &range : kFuzzRanges)
        delta += range.factor * std::max(std::min(double(intervalDays), range.end) - range.start, 0.0);
    int minIvl = int(roundHalfEven(intervalDays - delta));
    int maxIvl = int(roundHalfEven(intervalDays + delta));
    minIvl = std::max(2, minIvl);
    maxIvl = std::min(maxIvl, m_maximumInterval);
    minIvl = std::min(minIvl, maxIvl);
    // The draw depends on the seed, the review time and the card's history only: reproducible.
    StableRandom rng(m_fuzzSeed ^ quint64(now.toMSecsSinceEpoch()) ^ (quint64(card.reps) << 48));
    // Uniform over minIvl … maxIvl. Floored as ts-fsrs and fsrs-rs do: py-fsrs rounds here, which can
    // overshoot maxIvl by a day and halves the chance of minIvl.
    const int drawn = minIvl + int(std::floor(rng.unit() * (maxIvl - minIvl + 1)));
    return std::min(drawn, m_maximumInterval);
}

FsrsReview FsrsScheduler::review(const FsrsCard &card, Rating rating, const QDateTime &nowAnyZone,
                                 int reviewDurationMs) const
{
    const QDateTime now = nowAnyZone.toUTC();
    FsrsCard c = card;
    const bool reviewedBefore = card.lastReview.isValid() && card.state != FsrsCard::State::New;
    const qint64 daysSince = reviewedBefore ? wholeDays(card.lastReview, now) : 0;
    const bool sameDay = reviewedBefore && daysSince < 1;
    qint64 intervalMs = 0;
    const auto days = [this](double stability) { return qint64(nextIntervalDays(stability)) * kDayMs; };

    // Stability and difficulty.
    if (!reviewedBefore || card.stability <= 0 || card.difficulty <= 0) {
        c.stability = initialStability(rating);
        c.difficulty = initialDifficulty(rating, true);
    } else {
        c.stability = sameDay
                          ? shortTermStability(card.stability, rating)
                          : nextStability(card.difficulty, card.stability, retrievability(card, now), rating);
        c.difficulty = nextDifficulty(card.difficulty, rating);
    }

    // Next state and interval.
    const auto stepThrough = [&](const QList<qint64> &steps, FsrsCard::State stepState) {
        const qsizetype n = steps.size();
        if (n == 0 || (c.step >= n && rating != Rating::Again)) {
            c.state = FsrsCard::State::Review;
            c.step = 0;
            intervalMs = days(c.stability);
            return;
        }
        c.state = stepState;
        switch (rating) {
        case Rating::Again:
            c.step = 0;
            intervalMs = steps[0] * 1000;
            break;
        case Rating::Hard: // the step stays
            if (c.step == 0 && n == 1)
                intervalMs = qint64(std::llround(steps[0] * 1500.0));
            else if (c.step == 0)
                intervalMs = qint64(std::llround((steps[0] + steps[1]) * 500.0));
            else
                intervalMs = steps[c.step] * 1000;
            break;
        case Rating::Good:
            if (c.step + 1 >= n) {
                c.state = FsrsCard::State::Review;
                c.step = 0;
                intervalMs = days(c.stability);
            } else {
                ++c.step;
                intervalMs = steps[c.step] * 1000;
            }
            break;
        case Rating::Easy:
            c.state = FsrsCard::State::Review;
            c.step = 0;
            intervalMs = days(c.stability);
            break;
        }
    };

    switch (card.state) {
    case FsrsCard::State::New:
        c.step = 0;
        stepThrough(m_learningSteps, FsrsCard::State::Learning);
        break;
    case FsrsCard::State::Learning:
        stepThrough(m_learningSteps, FsrsCard::State::Learning);
        break;
    case FsrsCard::State::Relearning:
        stepThrough(m_relearningSteps, FsrsCard::State::Relearning);
        break;
    case FsrsCard::State::Review:
        if (rating == Rating::Again) {
            ++c.lapses;
            if (m_relearningSteps.isEmpty()) {
                intervalMs = days(c.stability);
            } else {
                c.state = FsrsCard::State::Relearning;
                c.step = 0;
                intervalMs = m_relearningSteps[0] * 1000;
            }
        } else {
            intervalMs = days(c.stability);
        }
        break;
    }

    if (m_fuzz && c.state == FsrsCard::State::Review)
        intervalMs = qint64(fuzzed(int(intervalMs / kDayMs), card, now)) * kDayMs;

    c.due = now.addMSecs(intervalMs);
    c.lastReview = now;
    ++c.reps;

    FsrsReviewLog log;
    log.rating = rating;
    log.reviewedAt = now;
    log.stateBefore = card.state;
    log.elapsedDays = int(std::max<qint64>(0, daysSince));
    log.scheduledSeconds = intervalMs / 1000;
    log.reviewDurationMs = reviewDurationMs;
    return {c, log};
}

} // namespace dojo
