// Placeholder: being written.
#include "homecontroller.h"
