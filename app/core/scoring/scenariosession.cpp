// Placeholder: being written.
#include "scenariosession.h"
