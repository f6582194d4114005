#ifndef CICU_UCHAR_H
#define CICU_UCHAR_H

#include <stdint.h>

/// ICU's UCharCategory (general category) of a code point.
int32_t cicu_char_category(uint32_t code_point);
/// ICU's UScriptCode of a code point (Arabic = 2, Latin = 25, Common = 0, Inherited = 1).
int32_t cicu_char_script(uint32_t code_point);
/// 1 when the code point has the binary property `property` (ICU's UProperty value).
int32_t cicu_char_has_property(uint32_t code_point, int32_t property);
/// ICU's canonical combining class.
int32_t cicu_char_combining_class(uint32_t code_point);
/// The code point's numeric digit value (0–9 for any decimal digit), or -1.
int32_t cicu_char_digit_value(uint32_t code_point);

#endif
