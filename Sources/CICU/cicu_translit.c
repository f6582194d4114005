#include "cicu_translit.h"

#include <unicode/utrans.h>

struct cicu_translit;

cicu_translit *cicu_translit_open(const uint16_t *id, int32_t id_length, int32_t direction, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, (UTransDirection)direction, NULL, 0, NULL, &code);
    *status = code;
    return U_FAILURE(code) ? NULL : (cicu_translit *)t;
}

cicu_translit *cicu_translit_open_rules(const uint16_t *id, int32_t id_length,
                                        const uint16_t *rules, int32_t rules_length,
                                        int32_t direction, int32_t *error_line, int32_t *error_offset,
                                        int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parse_error = {0};
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, (UTransDirection)direction,
                                      (const UChar *)rules, rules_length, &parse_error, &code);
    *status = code;
    if (error_line) *error_line = parse_error.line;
    if (error_offset) *error_offset = parse_error.offset;
    return U_FAILURE(code) ? NULL : (cicu_translit *)t;
}

void cicu_translit_close(cicu_translit *translit) { utrans_close((UTransliterator *)translit); }

void cicu_translit_transform(const cicu_translit *translit, uint16_t *buffer, int32_t *length,
                             int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)translit, (UChar *)buffer, length, capacity, 0, &limit, &code);
    *status = code;
}
