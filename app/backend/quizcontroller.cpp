// Placeholder: being written.
#include "quizcontroller.h"
