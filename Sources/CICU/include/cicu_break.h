#ifndef CICU_BREAK_H
#define CICU_BREAK_H

#include <stdint.h>

typedef struct cicu_break cicu_break;

enum {
    CICU_BREAK_CHARACTER = 0,
    CICU_BREAK_WORD = 1,
    CICU_BREAK_LINE = 2,
    CICU_BREAK_SENTENCE = 3,
};

/// ICU's "no more boundaries" value.
#define CICU_BREAK_DONE (-1)

/// Opens a break iterator of `kind` for `locale` ("ar", "en@ss=standard"); NULL on failure.
cicu_break *cicu_break_open(int32_t kind, const char *locale, int32_t *status);
/// Clones an iterator; the clone has no text shared with the original's caller.
cicu_break *cicu_break_clone(const cicu_break *iterator, int32_t *status);
void cicu_break_close(cicu_break *iterator);
/// Points the iterator at `length` UTF-16 units; the buffer must outlive its use.
void cicu_break_set_text(cicu_break *iterator, const uint16_t *text, int32_t length, int32_t *status);
int32_t cicu_break_first(cicu_break *iterator);
int32_t cicu_break_next(cicu_break *iterator);
int32_t cicu_break_following(cicu_break *iterator, int32_t offset);
int32_t cicu_break_preceding(cicu_break *iterator, int32_t offset);
/// The rule status of the boundary last returned (word iterators: 0 none, 100 number, 200 letter...).
int32_t cicu_break_rule_status(cicu_break *iterator);
/// Fills `out` with up to `capacity` next boundaries (and their rule status in `statuses` when
/// not NULL); returns how many were written, 0 at the end. One call per batch keeps the Swift to C
/// crossing off the hot path.
int32_t cicu_break_next_batch(cicu_break *iterator, int32_t *out, int32_t *statuses, int32_t capacity);

#endif
