// Argon2id hashing of passwords and PINs (libsodium crypto_pwhash_str, INTERACTIVE limits: about
// 64 MiB and a fraction of a second per hash). The stored string carries the algorithm, the limits and
// the salt, so verify() needs nothing else.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dojo {

class SecretHasher {
public:
    // The encoded "$argon2id$v=19$m=…,t=…,p=…$salt$hash" string; nullopt only when out of memory.
    static std::optional<QString> hash(const QString &secret);
    static bool verify(const QString &encodedHash, const QString &secret);
    // True when the hash was made with other limits than today's (re-hash after a successful sign-in).
    static bool needsRehash(const QString &encodedHash);
};

} // namespace dojo
