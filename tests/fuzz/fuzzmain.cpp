// One libFuzzer target; DOJO_FUZZ_ENTRY names the entry of fuzzentries.h it drives.
#include "fuzzentries.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The bundled course, overridable for a course elsewhere.
    const char *course = std::getenv("DOJO_FUZZ_COURSE");
    dojo::fuzz::setUp(QString::fromLocal8Bit(course ? course : DOJO_FUZZ_COURSE_DIR));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const dojo::fuzz::Entry run = dojo::fuzz::entry(QStringLiteral(DOJO_FUZZ_ENTRY));
    if (!run)
        std::abort();
    run(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
