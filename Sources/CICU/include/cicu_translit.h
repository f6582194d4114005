#ifndef CICU_TRANSLIT_H
#define CICU_TRANSLIT_H

#include <stdint.h>

typedef struct cicu_translit cicu_translit;

enum { CICU_TRANSLIT_FORWARD = 0, CICU_TRANSLIT_REVERSE = 1 };

/// Opens a system transliterator by id ("Arabic-Latin", "Any-NFC"); NULL on failure.
cicu_translit *cicu_translit_open(const uint16_t *id, int32_t id_length, int32_t direction, int32_t *status);
/// Compiles a rule-based transliterator; on a syntax error `error_line`/`error_offset` say where.
cicu_translit *cicu_translit_open_rules(const uint16_t *id, int32_t id_length,
                                        const uint16_t *rules, int32_t rules_length,
                                        int32_t direction, int32_t *error_line, int32_t *error_offset,
                                        int32_t *status);
void cicu_translit_close(cicu_translit *translit);
/// Transforms `buffer[0..<*length]` in place; `capacity` bounds the result. When the result does
/// not fit, status is U_BUFFER_OVERFLOW_ERROR and *length is the needed size.
void cicu_translit_transform(const cicu_translit *translit, uint16_t *buffer, int32_t *length,
                             int32_t capacity, int32_t *status);

#endif
