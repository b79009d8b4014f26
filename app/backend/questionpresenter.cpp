// Placeholder: being written.
#include "questionpresenter.h"
