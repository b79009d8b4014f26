// Placeholder: being written.
#include "quizsession.h"
