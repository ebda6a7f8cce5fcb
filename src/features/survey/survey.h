// The needs survey (behoeftepeiling): staff write a short survey, send it to the beheerders of
// all or some initiatives (one personal link per initiative, no login needed), and read the
// results as charts, a table and a CSV file. Other features read the counts with summaries().
#pragma once

#include "core/feature.h"
#include "features/survey/summary.h"

namespace omzien::survey {

Feature feature();

}  // namespace omzien::survey
