// cmark's known pathological inputs (cmark's test/pathological_tests.py, plus cmark-gfm's tables,
// autolinks and strikethrough, plus our own heading anchors and callouts), each generated as the body of
// a lesson at the lesson size limit. Shared by tst_pathological (each must render, or be refused by the
// loader with a message naming the file and line) and dojo_bench_content (how long each takes, against
// the 100 ms budget).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dojo::pathological {

// The front matter of the generated lesson: id "patho" in module "basics", for the small course in
// tests/data/content-errors/base (zh-CN) as zh-CN/lessons/patho.md.
QByteArray frontMatter();

struct Input {
    QByteArray name;
    QByteArray body;  // frontMatter() + body is at most limits::kLessonBytes
    QString refusal;  // empty: the lesson must load and render; else a fragment of the loader's message
};

QList<Input> inputs();

} // namespace dojo::pathological
