#include "commands.h"

#include <QTextStream>

namespace dojo::cli {

// Not implemented yet: owned by the issue that delivers this command.
int usersCommand(const QStringList &)
{
    QTextStream(stderr) << "servicedojo users: not available in this build yet\n";
    return 2;
}

} // namespace dojo::cli
