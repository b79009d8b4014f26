// Test content folders: copying trees, and building one case of the broken-file corpus
// (tests/data/content-errors, see its README.md) into a temporary folder.
#pragma once

#include <QString>
#include <QStringList>

namespace dojo::test {

QString contentErrorsDir();   // tests/data/content-errors
QString sampleCourseDir();    // tests/data/sample-course
QStringList errorCaseNames(); // every case folder of the corpus, sorted

bool copyTree(const QString &from, const QString &to);

// Builds case `name` in `target`: the corpus base copied, the case's setup.txt applied, the case's
// files laid over it. Returns an empty string on success, else what went wrong.
QString buildErrorCase(const QString &name, const QString &target);

// The expected.txt lines of a case.
QStringList expectedLines(const QString &name);

QString readText(const QString &path);

} // namespace dojo::test
