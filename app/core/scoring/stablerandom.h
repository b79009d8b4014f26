// Random numbers and hashes that must give the same results on every machine and in every future
// version: a quiz attempt resumed after an update must show the same order, and a fuzzed review
// interval must be reproducible from its seed. std::mt19937 distributions, QRandomGenerator::bounded()
// and qHash() (seeded per process) promise none of that, so the few lines are written out here.
#pragma once

#include <QString>

namespace dojo {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, passes BigCrush, and fully specified.
class StableRandom {
public:
    explicit StableRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n) for n > 0, without modulo bias.
    quint64 below(quint64 n)
    {
        const quint64 threshold = (0 - n) % n;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }

private:
    quint64 m_state;
};

// FNV-1a over the UTF-8 bytes: a stable 64-bit hash of a string.
inline quint64 stableHash(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char byte : text.toUtf8()) {
        h ^= quint8(byte);
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace dojo
