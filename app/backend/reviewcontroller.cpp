// Placeholder: being written.
#include "reviewcontroller.h"
