// FSRS-6 spaced-repetition scheduling for the review queue: when a question or scenario decision a
// trainee got wrong comes back, from how well they remembered it each time.
//
// A port of the published algorithm as py-fsrs 6.x implements it (open-spaced-repetition/py-fsrs,
// fsrs/scheduler.py): the 21 default parameters, desired retention 0.9, learning steps 1 min and 10 min,
// relearning step 10 min, maximum interval 36500 days. Differences, all deliberate:
//   - fuzz is OFF by default, so a schedule is reproducible; when enabled it is seeded (setFuzz) and
//     the random draw depends only on the seed, the card and the review time, and is uniform over
//     py-fsrs's fuzz range (drawn with floor like ts-fsrs/fsrs-rs, where py-fsrs rounds);
//   - a card starts in State::New (py-fsrs starts in Learning with no stability); its first review
//     works exactly like py-fsrs's first Learning review;
//   - reps and lapses are counted (a lapse is Again on a card in Review), as in Anki.
// Times are converted to UTC; whole "days since the last review" are floored as Python's
// timedelta.days does.
#pragma once

#include <QDateTime>
#include <QList>

#include <array>

namespace dojo {

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct FsrsCard {
    double stability = 0;  // days until retrievability falls to 90 %; 0 for a new card
    double difficulty = 0; // 1 (easy) – 10 (hard); 0 for a new card
    QDateTime due;         // invalid for a new card: due now
    QDateTime lastReview;  // invalid until the first review
    int reps = 0;
    int lapses = 0;
    enum class State { New = 0, Learning = 1, Review = 2, Relearning = 3 } state = State::New;
    int step = 0; // index into the (re)learning steps while Learning/Relearning, 0 otherwise

    friend bool operator==(const FsrsCard &, const FsrsCard &) = default;
};

struct FsrsReviewLog {
    Rating rating = Rating::Good;
    QDateTime reviewedAt; // UTC
    FsrsCard::State stateBefore = FsrsCard::State::New;
    int elapsedDays = 0;         // whole days since the previous review (0 for the first)
    qint64 scheduledSeconds = 0; // the interval now scheduled
    int reviewDurationMs = -1;   // how long the trainee took, -1 if unknown
};

struct FsrsReview {
    FsrsCard card;
    FsrsReviewLog log;
};

class FsrsScheduler {
public:
    static constexpr int kParameterCount = 21;
    using Parameters = std::array<double, kParameterCount>;
    // FSRS-6 defaults (py-fsrs 6.x DEFAULT_PARAMETERS).
    static constexpr Parameters kDefaultParameters = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                                      0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                                      1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    FsrsScheduler(); // defaults throughout
    // Learning steps in seconds; parameters outside the published bounds are clamped into them.
    FsrsScheduler(const Parameters &parameters, double desiredRetention,
                  QList<qint64> learningStepsSeconds = {60, 600},
                  QList<qint64> relearningStepsSeconds = {600}, int maximumIntervalDays = 36500);

    // Fuzz spreads review-state intervals of 3 days or more a little (±15 % … ±5 %, as py-fsrs) so
    // cards learnt together do not stay together. Off by default.
    void setFuzz(bool enabled, quint64 seed = 0);
    bool fuzzEnabled() const { return m_fuzz; }

    const Parameters &parameters() const { return m_w; }
    double desiredRetention() const { return m_desiredRetention; }
    int maximumIntervalDays() const { return m_maximumInterval; }

    // The card after answering with `rating` at `now`, and the log line of that review.
    FsrsReview review(const FsrsCard &card, Rating rating, const QDateTime &now,
                      int reviewDurationMs = -1) const;

    // Probability of recalling the card at `now` (0 for a card never reviewed).
    double retrievability(const FsrsCard &card, const QDateTime &now) const;

    // The review-state interval in whole days for a stability (1 … maximum interval).
    int nextIntervalDays(double stability) const;

    // Within the published bounds?
    static bool parametersValid(const Parameters &parameters);

private:
    double initialStability(Rating r) const;
    double initialDifficulty(Rating r, bool clamp) const;
    double nextDifficulty(double d, Rating r) const;
    double shortTermStability(double s, Rating r) const;
    double nextStability(double d, double s, double retrievability, Rating r) const;
    int fuzzed(int intervalDays, const FsrsCard &card, const QDateTime &now) const;

    Parameters m_w;
    double m_desiredRetention = 0.9;
    QList<qint64> m_learningSteps;
    QList<qint64> m_relearningSteps;
    int m_maximumInterval = 36500;
    bool m_fuzz = false;
    quint64 m_fuzzSeed = 0;
    double m_decay = 0;
    double m_factor = 0;
};

} // namespace dojo
