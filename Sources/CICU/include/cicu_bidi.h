#ifndef CICU_BIDI_H
#define CICU_BIDI_H

#include <stdint.h>

typedef struct cicu_bidi cicu_bidi;

enum {
    CICU_BIDI_LTR = 0,
    CICU_BIDI_RTL = 1,
    CICU_BIDI_MIXED = 2,
    CICU_BIDI_NEUTRAL = 3,
};

/// Paragraph level meaning "detect from the first strong character" (ICU's UBIDI_DEFAULT_LTR).
#define CICU_BIDI_DEFAULT_LTR 0xfe
#define CICU_BIDI_DEFAULT_RTL 0xff

/* Options for cicu_bidi_write_reordered (ICU's UBIDI_* write options). */
#define CICU_BIDI_KEEP_BASE_COMBINING 1
#define CICU_BIDI_DO_MIRRORING 2
#define CICU_BIDI_INSERT_LRM_FOR_NUMERIC 4
#define CICU_BIDI_REMOVE_BIDI_CONTROLS 8
#define CICU_BIDI_OUTPUT_REVERSE 16

cicu_bidi *cicu_bidi_open(int32_t *status);
void cicu_bidi_close(cicu_bidi *bidi);
/// Runs the bidi algorithm over one paragraph; the text must outlive the object's use of it.
void cicu_bidi_set_paragraph(cicu_bidi *bidi, const uint16_t *text, int32_t length, uint8_t level, int32_t *status);
int32_t cicu_bidi_direction(const cicu_bidi *bidi);
uint8_t cicu_bidi_paragraph_level(const cicu_bidi *bidi);
uint8_t cicu_bidi_level_at(const cicu_bidi *bidi, int32_t offset);
int32_t cicu_bidi_count_runs(cicu_bidi *bidi, int32_t *status);
/// Visual run `index`: writes its logical start and length and returns its direction.
int32_t cicu_bidi_visual_run(cicu_bidi *bidi, int32_t index, int32_t *logical_start, int32_t *length);
/// Writes the paragraph in visual order; returns the length (which may exceed `capacity`).
int32_t cicu_bidi_write_reordered(cicu_bidi *bidi, uint16_t *dest, int32_t capacity, uint16_t options, int32_t *status);
/// The direction of the first strong character of `text` (LTR, RTL or NEUTRAL).
int32_t cicu_bidi_base_direction(const uint16_t *text, int32_t length);

#endif
