#include "commands.h"

#include <QTextStream>

namespace dojo::cli {

// Not implemented yet: owned by the issue that delivers this command.
int validateCommand(const QStringList &)
{
    QTextStream(stderr) << "servicedojo validate: not available in this build yet\n";
    return 2;
}

} // namespace dojo::cli
