#include "cicu_break.h"

#include <unicode/ubrk.h>

struct cicu_break;  /* never defined: the handle is ICU's UBreakIterator in disguise */

static UBreakIterator *unwrap(cicu_break *iterator) { return (UBreakIterator *)iterator; }

cicu_break *cicu_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &code);
    *status = code;
    return U_FAILURE(code) ? NULL : (cicu_break *)iterator;
}

cicu_break *cicu_break_clone(const cicu_break *iterator, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *copy = ubrk_clone((const UBreakIterator *)iterator, &code);
    *status = code;
    return U_FAILURE(code) ? NULL : (cicu_break *)copy;
}

void cicu_break_close(cicu_break *iterator) { ubrk_close(unwrap(iterator)); }

void cicu_break_set_text(cicu_break *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText(unwrap(iterator), (const UChar *)text, length, &code);
    *status = code;
}

int32_t cicu_break_first(cicu_break *iterator) { return ubrk_first(unwrap(iterator)); }
int32_t cicu_break_next(cicu_break *iterator) { return ubrk_next(unwrap(iterator)); }
int32_t cicu_break_following(cicu_break *iterator, int32_t offset) { return ubrk_following(unwrap(iterator), offset); }
int32_t cicu_break_preceding(cicu_break *iterator, int32_t offset) { return ubrk_preceding(unwrap(iterator), offset); }
int32_t cicu_break_rule_status(cicu_break *iterator) { return ubrk_getRuleStatus(unwrap(iterator)); }

int32_t cicu_break_next_batch(cicu_break *iterator, int32_t *out, int32_t *statuses, int32_t capacity) {
    UBreakIterator *bi = unwrap(iterator);
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(bi);
        if (boundary == UBRK_DONE) break;
        out[count] = boundary;
        if (statuses) statuses[count] = ubrk_getRuleStatus(bi);
        count++;
    }
    return count;
}
