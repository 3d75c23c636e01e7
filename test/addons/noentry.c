/* A shared object without duv's entry point (test/js/addons). */
#include <duv.h>

DUV_EXTERN int noentry_answer(void);
DUV_EXTERN int noentry_answer(void) {
  return 42;
}
