#ifndef CICU_NORMALIZE_H
#define CICU_NORMALIZE_H

#include <stdint.h>

enum { CICU_NFC = 0, CICU_NFD = 1, CICU_NFKC = 2, CICU_NFKD = 3, CICU_NFKC_CASEFOLD = 4 };

/// Normalises `source` into `dest`; returns the result length (which may exceed `capacity`).
/// The normaliser instances are ICU singletons: nothing to open or close.
int32_t cicu_normalize(int32_t form, const uint16_t *source, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *status);
/// Length of the prefix of `source` that is already normalised in `form`.
int32_t cicu_normalized_prefix_length(int32_t form, const uint16_t *source, int32_t length, int32_t *status);
/// Full Unicode case folding; returns the result length.
int32_t cicu_fold_case(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

#endif
