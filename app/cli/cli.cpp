#include "commands.h"

#include <QTextStream>

#include <functional>

namespace dojo::cli {

namespace {
struct CommandEntry {
    const char *name;
    std::function<int(const QStringList &)> run;
};

const CommandEntry kCommands[] = {
    {"validate", validateCommand},
    {"users", usersCommand},
    {"backup", backupCommand},
    {"export", exportCommand},
    {"assign", assignCommand},
};
} // namespace

bool isCommand(const QString &name)
{
    for (const CommandEntry &c : kCommands) {
        if (name == QLatin1String(c.name))
            return true;
    }
    return false;
}

int run(const QStringList &args)
{
    for (const CommandEntry &c : kCommands) {
        if (!args.isEmpty() && args.first() == QLatin1String(c.name))
            return c.run(args.mid(1));
    }
    QTextStream(stderr) << "servicedojo: unknown command\n";
    return 2;
}

} // namespace dojo::cli
