// Placeholder: being written.
#include "searchcontroller.h"
