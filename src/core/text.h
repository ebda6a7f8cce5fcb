// Text helpers for Dutch: trimming, folding (café = cafe), slugs, sort keys, e-mail checks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omzien {

// Without leading and trailing whitespace (ASCII and non-breaking space).
std::string trim(std::string_view text);
std::string to_lower_ascii(std::string_view text);
// Case and diacritics folded with ICU: "Coöperatie Café" -> "cooperatie cafe".
std::string fold(std::string_view text);
// Unicode NFC; invalid UTF-8 is replaced so stored text is always valid.
std::string normalize_nfc(std::string_view text);
// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);
// The code point starting at byte `offset` of `text` and its length in bytes (at least 1); an
// invalid byte reads as U+FFFD of length 1.
std::pair<char32_t, std::size_t> next_code_point(std::string_view text, std::size_t offset);
// Code points of `text`; invalid bytes become U+FFFD.
std::u32string utf8_to_u32(std::string_view text);
// Appends `code_point` encoded as UTF-8; a surrogate or a value beyond U+10FFFF becomes U+FFFD.
void append_utf8(std::string& out, char32_t code_point);
// Number of Unicode code points (what a person counts as characters).
std::size_t utf8_length(std::string_view text);
// At most `max_chars` code points, cut at a code point boundary, "…" appended when cut.
std::string utf8_shorten(std::string_view text, std::size_t max_chars);
// "Repair Café 't Hoekje!" -> "repair-cafe-t-hoekje".
std::string slugify(std::string_view text);
// A byte string that sorts names the Dutch way: "'t Buurthuis" under B, "IJsselstein" under I,
// case and accents secondary.
std::string dutch_sort_key(std::string_view text);
// Trimmed and lower-cased address; use for storing and comparing e-mail addresses.
std::string normalize_email(std::string_view email);
// A plausible e-mail address: one @, a dot in the domain, no spaces or control characters.
bool is_valid_email(std::string_view email);
// True when the text holds CR, LF or another control character (except tab).
bool has_control_characters(std::string_view text);
// Splits on `separator`, keeping empty parts.
std::vector<std::string> split(std::string_view text, char separator);
// True for http:// and https:// URLs with a host; anything else (javascript:, data:) is refused.
bool is_http_url(std::string_view url);
// Percent-encodes for use in a URL query value.
std::string url_encode(std::string_view text);
// Decodes percent-encoding; '+' becomes a space when `plus_as_space`.
std::string url_decode(std::string_view text, bool plus_as_space = true);

}  // namespace omzien
