#include "auth/secrethasher.h"

#include <QLoggingCategory>

#include <sodium.h>

#include <mutex>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace dojo {

namespace {
bool sodiumReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    if (!ready)
        qCCritical(lcAuth) << "libsodium could not be initialised";
    return ready;
}
} // namespace

std::optional<QString> SecretHasher::hash(const QString &secret)
{
    if (!sodiumReady())
        return std::nullopt;
    QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return std::nullopt;
    return QString::fromLatin1(out);
}

bool SecretHasher::verify(const QString &encodedHash, const QString &secret)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray utf8 = secret.toUtf8();
    const int rc = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()));
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return rc == 0;
}

bool SecretHasher::needsRehash(const QString &encodedHash)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
           != 0;
}

} // namespace dojo
