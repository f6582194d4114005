#include "cicu_textkey.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

int32_t cicu_nfc_has_boundary_before(uint32_t code_point) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) return 0;
    return unorm2_hasBoundaryBefore(nfc, (UChar32)code_point) ? 1 : 0;
}

uint32_t cicu_fold_case_simple(uint32_t code_point) {
    return (uint32_t)u_foldCase((UChar32)code_point, U_FOLD_CASE_DEFAULT);
}
