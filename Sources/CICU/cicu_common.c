#include "cicu_common.h"

#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <stdio.h>

int32_t cicu_failed(int32_t status) { return U_FAILURE((UErrorCode)status) ? 1 : 0; }

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

const char *cicu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    if (text[0] == 0) {
        UVersionInfo info;
        u_getVersion(info);
        u_versionToString(info, text);
    }
    return text;
}
