#include "cicu_bidi.h"

#include <unicode/ubidi.h>

struct cicu_bidi;

static UBiDi *unwrap(cicu_bidi *bidi) { return (UBiDi *)bidi; }
static const UBiDi *unwrap_const(const cicu_bidi *bidi) { return (const UBiDi *)bidi; }

cicu_bidi *cicu_bidi_open(int32_t *status) {
    *status = U_ZERO_ERROR;
    UBiDi *bidi = ubidi_open();
    if (!bidi) *status = U_MEMORY_ALLOCATION_ERROR;
    return (cicu_bidi *)bidi;
}

void cicu_bidi_close(cicu_bidi *bidi) { ubidi_close(unwrap(bidi)); }

void cicu_bidi_set_paragraph(cicu_bidi *bidi, const uint16_t *text, int32_t length, uint8_t level, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubidi_setPara(unwrap(bidi), (const UChar *)text, length, (UBiDiLevel)level, NULL, &code);
    *status = code;
}

int32_t cicu_bidi_direction(const cicu_bidi *bidi) { return (int32_t)ubidi_getDirection(unwrap_const(bidi)); }
uint8_t cicu_bidi_paragraph_level(const cicu_bidi *bidi) { return ubidi_getParaLevel(unwrap_const(bidi)); }
uint8_t cicu_bidi_level_at(const cicu_bidi *bidi, int32_t offset) { return ubidi_getLevelAt(unwrap_const(bidi), offset); }

int32_t cicu_bidi_count_runs(cicu_bidi *bidi, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t count = ubidi_countRuns(unwrap(bidi), &code);
    *status = code;
    return count;
}

int32_t cicu_bidi_visual_run(cicu_bidi *bidi, int32_t index, int32_t *logical_start, int32_t *length) {
    return (int32_t)ubidi_getVisualRun(unwrap(bidi), index, logical_start, length);
}

int32_t cicu_bidi_write_reordered(cicu_bidi *bidi, uint16_t *dest, int32_t capacity, uint16_t options, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = ubidi_writeReordered(unwrap(bidi), (UChar *)dest, capacity, options, &code);
    *status = code;
    return length;
}

int32_t cicu_bidi_base_direction(const uint16_t *text, int32_t length) {
    return (int32_t)ubidi_getBaseDirection((const UChar *)text, length);
}
