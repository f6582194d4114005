#ifndef CICU_COMMON_H
#define CICU_COMMON_H

#include <stdint.h>

/* Status codes are ICU's UErrorCode values, passed as int32_t so no ICU type leaks into Swift.
   Zero is success, negative values are warnings, positive values are failures. */

/// Returns non-zero when `status` is an ICU failure code.
int32_t cicu_failed(int32_t status);

/// Returns ICU's symbolic name for `status` ("U_ILLEGAL_ARGUMENT_ERROR"), static storage.
const char *cicu_error_name(int32_t status);

/// The ICU version the shim was linked against, as "72.1"; static storage.
const char *cicu_version(void);

#endif
