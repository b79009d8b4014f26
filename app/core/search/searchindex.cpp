// Placeholder: being written.
#include "searchindex.h"
