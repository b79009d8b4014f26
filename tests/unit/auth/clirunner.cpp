// `servicedojo <command> …` without the GUI: the tests run the CLI commands as a real process (so
// that standard input, output and the exit status are the real ones).
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return dojo::cli::run(app.arguments().mid(1));
}
