#ifndef CICU_REGEX_H
#define CICU_REGEX_H

#include <stdint.h>

typedef struct cicu_regex cicu_regex;

/* Flags (ICU's URegexpFlag values). */
#define CICU_REGEX_CASE_INSENSITIVE 2
#define CICU_REGEX_COMMENTS 4
#define CICU_REGEX_DOTALL 32
#define CICU_REGEX_MULTILINE 8
#define CICU_REGEX_UWORD 256

/// Compiles an ICU regular expression; on a syntax error `error_line`/`error_offset` say where.
cicu_regex *cicu_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                            int32_t *error_line, int32_t *error_offset, int32_t *status);
cicu_regex *cicu_regex_clone(const cicu_regex *regex, int32_t *status);
void cicu_regex_close(cicu_regex *regex);
/// Sets the subject; the buffer must outlive the matching.
void cicu_regex_set_text(cicu_regex *regex, const uint16_t *text, int32_t length, int32_t *status);
/// Limits matching to [start, limit); with transparent bounds look-around sees past the region.
void cicu_regex_set_region(cicu_regex *regex, int32_t start, int32_t limit, int32_t transparent, int32_t *status);
/// Finds the next match; returns 1 when found.
int32_t cicu_regex_find_next(cicu_regex *regex, int32_t *status);
/// Finds the first match at or after `start` (resets the matcher); returns 1 when found.
int32_t cicu_regex_find_from(cicu_regex *regex, int32_t start, int32_t *status);
/// Returns 1 when the pattern matches a prefix of the region starting at its start.
int32_t cicu_regex_looking_at(cicu_regex *regex, int32_t *status);
/// Returns 1 when the pattern matches the whole region.
int32_t cicu_regex_matches(cicu_regex *regex, int32_t *status);
int32_t cicu_regex_start(cicu_regex *regex, int32_t group, int32_t *status);
int32_t cicu_regex_end(cicu_regex *regex, int32_t group, int32_t *status);
int32_t cicu_regex_group_count(cicu_regex *regex, int32_t *status);

#endif
