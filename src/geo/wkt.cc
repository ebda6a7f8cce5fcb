// A deliberately small WKT reader: one grammar, checked byte by byte before any number is
// converted, because the text comes from a remote service (and is fuzzed: fuzz/pdok_fuzzer.cc).
#include "geo/wkt.h"

#include <charconv>
#include <cmath>

namespace omzien::geo {
namespace {

constexpr std::size_t kMaxLength = 128;
constexpr std::size_t kMaxDigits = 20;

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ == text_.size(); }
  std::size_t skip_spaces() {
    std::size_t skipped = 0;
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_, ++skipped;
    return skipped;
  }
  bool take(char wanted) {
    if (pos_ < text_.size() && text_[pos_] == wanted) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool take_word_ignoring_case(std::string_view word) {
    if (text_.size() - pos_ < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      char c = text_[pos_ + i];
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (c != word[i]) return false;
    }
    pos_ += word.size();
    return true;
  }
  // [+-]? (digits [. digits*] | . digits), at most kMaxDigits digits.
  std::optional<double> number() {
    std::size_t start = pos_;
    if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
    std::size_t digits = count_digits();
    if (take('.')) digits += count_digits();
    if (digits == 0 || digits > kMaxDigits) return std::nullopt;
    std::string_view token = text_.substr(start, pos_ - start);
    if (token.front() == '+') token.remove_prefix(1);  // from_chars takes no '+'
    double value = 0;
    auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error != std::errc() || end != token.data() + token.size() || !std::isfinite(value)) return std::nullopt;
    return value;
  }

 private:
  std::size_t count_digits() {
    std::size_t count = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_, ++count;
    return count;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

std::optional<LatLon> parse_wkt_point(std::string_view text) {
  if (text.size() > kMaxLength) return std::nullopt;
  Reader reader(text);
  reader.skip_spaces();
  if (!reader.take_word_ignoring_case("POINT")) return std::nullopt;
  reader.skip_spaces();
  if (!reader.take('(')) return std::nullopt;
  reader.skip_spaces();
  auto lon = reader.number();
  if (!lon || reader.skip_spaces() == 0) return std::nullopt;
  auto lat = reader.number();
  if (!lat) return std::nullopt;
  reader.skip_spaces();
  if (!reader.take(')')) return std::nullopt;
  reader.skip_spaces();
  if (!reader.at_end()) return std::nullopt;
  if (*lon < -180.0 || *lon > 180.0 || *lat < -90.0 || *lat > 90.0) return std::nullopt;
  return LatLon{*lat, *lon};
}

}  // namespace omzien::geo
