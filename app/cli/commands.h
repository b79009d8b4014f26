// Command-line entry points of `servicedojo <command> ...`. Each returns the process exit code:
// 0 success, 1 the command ran and found problems / failed, 2 usage error.
#pragma once

#include <QStringList>

namespace dojo::cli {

// Returns true when `name` is a command handled here (not a GUI option).
bool isCommand(const QString &name);
// Runs the command named by args[0]; args are the arguments after the program name.
int run(const QStringList &args);

int validateCommand(const QStringList &args); // validate_command.cpp
int usersCommand(const QStringList &args);    // users_command.cpp
int backupCommand(const QStringList &args);   // backup_command.cpp
int exportCommand(const QStringList &args);   // export_command.cpp
int assignCommand(const QStringList &args);   // assign_command.cpp

} // namespace dojo::cli
