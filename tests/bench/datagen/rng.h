// A small deterministic random source for the benchmark data: splitmix64, the same sequence on every
// platform and standard library (std::uniform_int_distribution is not portable across libraries).
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace dojo::bench {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    // Seeded from a base seed and a name, so that each item has its own stream.
    Rng(std::uint64_t seed, const QString &name) : m_state(seed ^ fnv1a(name.toUtf8())) { next(); }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // 0 <= n < bound (bound > 0).
    int below(int bound) { return int(next() % std::uint64_t(bound)); }
    // lo <= n <= hi.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }

    static std::uint64_t fnv1a(const QByteArray &bytes)
    {
        std::uint64_t h = 0xcbf29ce484222325ull;
        for (char c : bytes) {
            h ^= std::uint8_t(c);
            h *= 0x100000001b3ull;
        }
        return h;
    }

private:
    std::uint64_t m_state;
};

} // namespace dojo::bench
