#ifndef CICU_TEXTKEY_H
#define CICU_TEXTKEY_H

#include <stdint.h>

/// 1 when NFC never combines `code_point` with anything before it, so text can be split there
/// and each piece normalised on its own (ICU's unorm2_hasBoundaryBefore on the NFC instance).
int32_t cicu_nfc_has_boundary_before(uint32_t code_point);
/// Simple (one code point to one code point) Unicode case folding.
uint32_t cicu_fold_case_simple(uint32_t code_point);

#endif
