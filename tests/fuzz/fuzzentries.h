// The entry points of the libFuzzer targets, shared with tst_fuzzregressions (which feeds every saved
// crashing input to the same function). Each takes raw bytes, checks them like the loader checks a file
// (size limit, UTF-8, not blank) and runs the real parser on them; a finding is a crash, a sanitizer
// report or a hang, never a diagnostic: bad input must only ever produce messages.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace dojo::fuzz {

// One parser run on one input.
using Entry = void (*)(QByteArrayView input);

// Reads the bundled zh-CN course once (course.yaml and lessons), so that quizzes, scenarios and lessons
// are checked against a real manifest, real lesson files and real heading anchors. `courseDir` is
// content/zh-CN. Call before any entry.
void setUp(const QString &courseDir);

// lessons/<id>.md: front matter + Markdown, through the loader, then MarkdownRenderer and LessonPage.
void lesson(QByteArrayView input);
// quizzes/<id>.yaml
void quiz(QByteArrayView input);
// scenarios/<id>.yaml (including the graph checks)
void scenario(QByteArrayView input);
// course.yaml
void manifest(QByteArrayView input);
// A whole content folder: the input is split at NUL bytes into files, each "<path>\n<content>" with the
// path relative to the content root (e.g. "zh-CN/lessons/a.md"); loadContentLibrary() then validates it.
void validator(QByteArrayView input);

// "lesson", "quiz", "scenario", "manifest", "validator" → the entry; nullptr for anything else.
Entry entry(const QString &name);
QStringList entryNames();

} // namespace dojo::fuzz
