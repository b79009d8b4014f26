// Every locale must have exactly the ids of the reference locale: modules, rubric dimensions, landmines,
// lessons, quizzes and their questions, scenarios and their nodes and endings, phrasebook files and
// phrases. Items left out for errors count as present (their errors are reported already), and the
// children of an item are compared only when it loaded in both locales. Internal.
#pragma once

#include "content/model.h"

#include <QMap>
#include <QSet>

namespace dojo::content {

QList<Diagnostic> compareLocales(const QMap<QString, Course> &locales, const QString &reference);

} // namespace dojo::content
