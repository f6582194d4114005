#include "cicu_regex.h"

#include <unicode/uregex.h>

struct cicu_regex;

static URegularExpression *unwrap(cicu_regex *regex) { return (URegularExpression *)regex; }

cicu_regex *cicu_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                            int32_t *error_line, int32_t *error_offset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parse_error = {0};
    URegularExpression *regex = uregex_open((const UChar *)pattern, length, flags, &parse_error, &code);
    *status = code;
    if (error_line) *error_line = parse_error.line;
    if (error_offset) *error_offset = parse_error.offset;
    return U_FAILURE(code) ? NULL : (cicu_regex *)regex;
}

cicu_regex *cicu_regex_clone(const cicu_regex *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    URegularExpression *copy = uregex_clone((const URegularExpression *)regex, &code);
    *status = code;
    return U_FAILURE(code) ? NULL : (cicu_regex *)copy;
}

void cicu_regex_close(cicu_regex *regex) { uregex_close(unwrap(regex)); }

void cicu_regex_set_text(cicu_regex *regex, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_setText(unwrap(regex), (const UChar *)text, length, &code);
    *status = code;
}

void cicu_regex_set_region(cicu_regex *regex, int32_t start, int32_t limit, int32_t transparent, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_setRegion(unwrap(regex), start, limit, &code);
    if (U_SUCCESS(code)) uregex_useTransparentBounds(unwrap(regex), transparent ? 1 : 0, &code);
    if (U_SUCCESS(code)) uregex_useAnchoringBounds(unwrap(regex), transparent ? 0 : 1, &code);
    *status = code;
}

int32_t cicu_regex_find_next(cicu_regex *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_findNext(unwrap(regex), &code);
    *status = code;
    return found ? 1 : 0;
}

int32_t cicu_regex_find_from(cicu_regex *regex, int32_t start, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_find(unwrap(regex), start, &code);
    *status = code;
    return found ? 1 : 0;
}

int32_t cicu_regex_looking_at(cicu_regex *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_lookingAt(unwrap(regex), -1, &code);
    *status = code;
    return found ? 1 : 0;
}

int32_t cicu_regex_matches(cicu_regex *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_matches(unwrap(regex), -1, &code);
    *status = code;
    return found ? 1 : 0;
}

int32_t cicu_regex_start(cicu_regex *regex, int32_t group, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t value = uregex_start(unwrap(regex), group, &code);
    *status = code;
    return value;
}

int32_t cicu_regex_end(cicu_regex *regex, int32_t group, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t value = uregex_end(unwrap(regex), group, &code);
    *status = code;
    return value;
}

int32_t cicu_regex_group_count(cicu_regex *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t value = uregex_groupCount(unwrap(regex), &code);
    *status = code;
    return value;
}
