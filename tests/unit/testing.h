/* testing.h: what every cmocka test file includes first. */
#ifndef PRESSE_TESTING_H
#define PRESSE_TESTING_H
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "presse.h"

/* Length of a string literal or C string, for (text, n) calls. */
#define S(lit) (lit), strlen(lit)
#endif
