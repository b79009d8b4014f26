// Shared by the benchmark programs: our own options (taken out of argv before Google Benchmark sees
// it), latency percentiles, and evicting files from the page cache for "cold" measurements.
#pragma once

#include <benchmark/benchmark.h>

#include <QDirIterator>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace dojo::bench {

// Removes "--name VALUE" or "--name=VALUE" from argv and returns VALUE (empty when absent).
inline QString takeOption(int &argc, char **argv, const char *name)
{
    const std::size_t len = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        QString value;
        int used = 0;
        if (std::strcmp(argv[i], name) == 0 && i + 1 < argc) {
            value = QString::fromLocal8Bit(argv[i + 1]);
            used = 2;
        } else if (std::strncmp(argv[i], name, len) == 0 && argv[i][len] == '=') {
            value = QString::fromLocal8Bit(argv[i] + len + 1);
            used = 1;
        }
        if (used) {
            for (int j = i; j + used <= argc; ++j)
                argv[j] = argv[j + used];
            argc -= used;
            return value;
        }
    }
    return {};
}

inline bool takeFlag(int &argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) {
            for (int j = i; j < argc; ++j)
                argv[j] = argv[j + 1];
            --argc;
            return true;
        }
    }
    return false;
}

// Nearest-rank percentile of samples in milliseconds (p in 0..100).
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1)];
}

// Puts p50/p95/p99 and the sample count of per-operation latencies (ms) on the benchmark's counters.
inline void reportLatencies(benchmark::State &state, const std::vector<double> &ms)
{
    state.counters["p50_ms"] = percentile(ms, 50);
    state.counters["p95_ms"] = percentile(ms, 95);
    state.counters["p99_ms"] = percentile(ms, 99);
    state.counters["max_ms"] = ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end());
    state.counters["samples"] = double(ms.size());
}

// Drops every file under dir from the page cache (written back first). Works without root: the kernel
// drops clean pages on POSIX_FADV_DONTNEED. Returns how many files were dropped.
inline int evictFromPageCache(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray path = QFile::encodeName(it.next());
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        if (::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0)
            ++n;
        ::close(fd);
    }
    return n;
}

} // namespace dojo::bench
