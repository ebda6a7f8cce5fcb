#include "core/text.h"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>

namespace omzien {
namespace {

bool is_space_byte(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

icu::UnicodeString from_utf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Removes diacritics: decompose, drop the combining marks, recompose.
std::string strip_marks_and_lower(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return to_lower_ascii(text);
  icu::UnicodeString decomposed = nfd->normalize(from_utf8(text), status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  icu::UnicodeString composed = nfc->normalize(kept, status);
  composed.foldCase();
  if (U_FAILURE(status)) return to_lower_ascii(text);
  return to_utf8(composed);
}

}  // namespace

std::string trim(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  auto nbsp_at = [&](std::size_t i) {
    return i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
           static_cast<unsigned char>(text[i + 1]) == 0xA0;
  };
  while (begin < end) {
    if (is_space_byte(text[begin])) ++begin;
    else if (nbsp_at(begin)) begin += 2;
    else break;
  }
  while (end > begin) {
    if (is_space_byte(text[end - 1])) --end;
    else if (end >= 2 && nbsp_at(end - 2)) end -= 2;
    else break;
  }
  return std::string(text.substr(begin, end - begin));
}

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string fold(std::string_view text) { return strip_marks_and_lower(text); }

std::pair<char32_t, std::size_t> next_code_point(std::string_view text, std::size_t i) {
  auto byte = static_cast<unsigned char>(text[i]);
  std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return {U'\uFFFD', 1};
  char32_t c = length == 1 ? byte : length == 2 ? (byte & 0x1F) : length == 3 ? (byte & 0x0F) : (byte & 0x07);
  for (std::size_t k = 1; k < length; ++k) {
    auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return {U'\uFFFD', 1};
    c = (c << 6) | (next & 0x3F);
  }
  return {c, length};
}

std::u32string utf8_to_u32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto [c, length] = next_code_point(text, i);
    out.push_back(c);
    i += length;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = U'\uFFFD';
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_valid_utf8(std::string_view text) {
  int32_t i = 0, length = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string normalize_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString out = nfc->normalize(from_utf8(text), status);  // invalid bytes become U+FFFD
  if (U_FAILURE(status)) return std::string(text);
  return to_utf8(out);
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

std::string utf8_shorten(std::string_view text, std::size_t max_chars) {
  if (utf8_length(text) <= max_chars) return std::string(text);
  std::size_t count = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (count == max_chars) break;
      ++count;
    }
  }
  return trim(text.substr(0, i)) + "…";
}

std::string slugify(std::string_view text) {
  std::string folded = fold(text);
  std::string out;
  bool dash = false;
  for (unsigned char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(c);
      dash = false;
    } else if (c != '\'' && c < 0x80) {
      dash = true;
    } else if (c >= 0x80) {
      dash = true;  // letters ICU could not fold to ASCII (rare): a separator
    }
  }
  if (out.size() > 80) out.resize(80);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string dutch_sort_key(std::string_view text) {
  std::string name = trim(text);
  // Dutch lists ignore the article clitics: 't Buurthuis sorts under B, 's-Graveland under G.
  std::string lower = to_lower_ascii(name.substr(0, std::min<std::size_t>(name.size(), 6)));
  for (std::string_view prefix : {"'t ", "’t ", "'s-", "'s "}) {
    if (lower.rfind(prefix, 0) == 0) {
      name = trim(std::string_view(name).substr(prefix.size()));
      break;
    }
  }
  static std::mutex mutex;
  static std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("nl", "NL"), status));
    if (U_FAILURE(status)) c.reset();
    return c;
  }();
  if (!collator) return fold(name);
  std::lock_guard lock(mutex);
  icu::UnicodeString unicode = from_utf8(name);
  uint8_t buffer[512];
  int32_t size = collator->getSortKey(unicode, buffer, sizeof buffer);
  if (size > static_cast<int32_t>(sizeof buffer)) size = sizeof buffer;
  // Sort keys end with a 0 byte; drop it so the key stores cleanly as text-free bytes.
  return std::string(reinterpret_cast<char*>(buffer), size > 0 ? size - 1 : 0);
}

std::string normalize_email(std::string_view email) { return to_lower_ascii(trim(email)); }

bool is_valid_email(std::string_view email) {
  if (email.size() < 3 || email.size() > 254) return false;
  auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos)
    return false;
  std::string_view domain = email.substr(at + 1);
  auto dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size()) return false;
  if (domain.find("..") != std::string_view::npos || domain.front() == '-') return false;
  for (unsigned char c : email) {
    if (c <= ' ' || c == 0x7F || c == ',' || c == ';' || c == '<' || c == '>' || c == '"' ||
        c == '(' || c == ')' || c == '[' || c == ']' || c == '\\')
      return false;
  }
  return is_valid_utf8(email);
}

bool has_control_characters(std::string_view text) {
  for (unsigned char c : text)
    if ((c < 0x20 && c != '\t') || c == 0x7F) return true;
  return false;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    auto pos = text.find(separator, start);
    if (pos == std::string_view::npos) {
      parts.emplace_back(text.substr(start));
      return parts;
    }
    parts.emplace_back(text.substr(start, pos - start));
    start = pos + 1;
  }
}

bool is_http_url(std::string_view url) {
  std::string lower = to_lower_ascii(url.substr(0, 8));
  std::size_t host_start;
  if (lower.rfind("https://", 0) == 0) host_start = 8;
  else if (lower.rfind("http://", 0) == 0) host_start = 7;
  else return false;
  if (url.size() <= host_start || url.size() > 2000) return false;
  for (unsigned char c : url)
    if (c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') return false;
  char first = url[host_start];
  return first != '/' && first != '.' && first != ':' && first != '@';
}

std::string url_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string url_decode(std::string_view text, bool plus_as_space) {
  auto hex_value = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+' && plus_as_space) {
      out += ' ';
    } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace omzien
