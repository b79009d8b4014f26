// Placeholder: being written.
#include "assignmentstore.h"
