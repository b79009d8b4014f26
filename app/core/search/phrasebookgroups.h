// The phrasebook as the knowledge base shows it: every phrase of the course (phrasebook files and
// lesson front matter) grouped by situation, situations in the order of the content format.
#pragma once

#include "content/model.h"

#include <QList>
#include <QString>

namespace dojo {

struct PhrasebookGroup {
    QString situation; // id: greeting, waiting, apology…
    QString title;     // the phrasebook file's title, or a built-in name when the course has no file
    QList<Phrase> phrases;
};

// Groups with at least one phrase, in the content format's situation order (situations the format
// does not know, if any, last in order of appearance). Within a group: phrasebook file entries first,
// then phrases from lessons in course order.
QList<PhrasebookGroup> phrasebookBySituation(const Course &course);

// The title shown for a situation: the title of the course's phrasebook file for it, else a built-in
// translated name (context "dojo::search"), else the id itself.
QString situationTitle(const Course &course, const QString &situation);

} // namespace dojo
