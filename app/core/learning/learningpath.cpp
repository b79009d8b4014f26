// Placeholder: being written.
#include "learningpath.h"
