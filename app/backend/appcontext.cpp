#include "appcontext.h"
