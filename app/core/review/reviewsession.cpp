// Placeholder: being written.
#include "reviewsession.h"
