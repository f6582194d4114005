#include "cicu_uchar.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

int32_t cicu_char_category(uint32_t code_point) { return (int32_t)u_charType((UChar32)code_point); }

int32_t cicu_char_script(uint32_t code_point) {
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)code_point, &code);
    return U_FAILURE(code) ? -1 : (int32_t)script;
}

int32_t cicu_char_has_property(uint32_t code_point, int32_t property) {
    return u_hasBinaryProperty((UChar32)code_point, (UProperty)property) ? 1 : 0;
}

int32_t cicu_char_combining_class(uint32_t code_point) { return (int32_t)u_getCombiningClass((UChar32)code_point); }
int32_t cicu_char_digit_value(uint32_t code_point) { return u_charDigitValue((UChar32)code_point); }
