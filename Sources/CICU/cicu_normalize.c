#include "cicu_normalize.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static const UNormalizer2 *instance(int32_t form, UErrorCode *code) {
    switch (form) {
    case CICU_NFD: return unorm2_getNFDInstance(code);
    case CICU_NFKC: return unorm2_getNFKCInstance(code);
    case CICU_NFKD: return unorm2_getNFKDInstance(code);
    case CICU_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(code);
    default: return unorm2_getNFCInstance(code);
    }
}

int32_t cicu_normalize(int32_t form, const uint16_t *source, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = instance(form, &code);
    int32_t result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_normalize(n, (const UChar *)source, length, (UChar *)dest, capacity, &code);
    }
    *status = code;
    return result;
}

int32_t cicu_normalized_prefix_length(int32_t form, const uint16_t *source, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = instance(form, &code);
    int32_t result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_spanQuickCheckYes(n, (const UChar *)source, length, &code);
    }
    *status = code;
    return result;
}

int32_t cicu_fold_case(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = u_strFoldCase((UChar *)dest, capacity, (const UChar *)source, length, U_FOLD_CASE_DEFAULT, &code);
    *status = code;
    return result;
}
