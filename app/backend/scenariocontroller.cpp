// Placeholder: being written.
#include "scenariocontroller.h"
