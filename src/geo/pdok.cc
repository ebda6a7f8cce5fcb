// PDOK over libcurl: one easy handle per request (requests come from several server threads), a
// hard total timeout, no redirects, a cap on the body, and the proxy skipped for loopback so tests
// reach their fake PDOK. Queries are home addresses, so they are never logged (ARCHITECTURE.md).
#include "geo/pdok.h"

#include <curl/curl.h>

#include <algorithm>
#include <memory>

#include "core/curl_ready.h"
#include "core/text.h"

namespace omzien::geo {
namespace {

constexpr std::size_t kMaxBodyBytes = 1 << 20;
constexpr std::size_t kMaxQueryBytes = 200;
constexpr std::string_view kFields =
    "id,weergavenaam,type,centroide_ll,gemeentecode,gemeentenaam,woonplaatsnaam,postcode,huisnummer,huisletter,"
    "huisnummertoevoeging,huis_nlt,straatnaam";

struct Body {
  std::string text;
  bool too_large = false;
};

std::size_t write_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<Body*>(user);
  std::size_t length = size * count;
  if (body->text.size() + length > kMaxBodyBytes) {
    body->too_large = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  body->text.append(data, length);
  return length;
}

// Solr reads + - ( ) : " * ? and friends as syntax; a user's "Hei- en Boeicop" or "(Utrecht)"
// must not turn into a query error that looks like PDOK being down. Keeps letters (also UTF-8),
// digits, spaces, apostrophes, commas and periods.
std::string plain_query(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (out.size() >= kMaxQueryBytes && (c & 0xC0) != 0x80) break;  // never in the middle of a character
    bool keep = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
                c == ',' || c == '.';
    if (keep) {
      out.push_back(static_cast<char>(c));
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string_view type_filter(LookupKind kind) {
  switch (kind) {
    case LookupKind::Address:
      return "type:adres";
    case LookupKind::Postcode:
      return "type:postcode";
    case LookupKind::Woonplaats:
      return "type:woonplaats";
    case LookupKind::AnyPlace:
      return "type:(gemeente OR woonplaats OR wijk OR buurt OR weg OR postcode OR adres)";
  }
  return "type:adres";
}

std::string rows_parameter(int rows) { return "&rows=" + std::to_string(std::clamp(rows, 1, 50)); }

}  // namespace

PdokClient::PdokClient(PdokOptions options)
    : options_(std::move(options)), cache_(options_.cache_entries, options_.cache_lifetime) {
  while (!options_.base_url.empty() && options_.base_url.back() == '/') options_.base_url.pop_back();
}

Result<std::vector<GeocodeHit>> PdokClient::search(std::string_view text, LookupKind kind) {
  std::string query = plain_query(text);
  if (query.empty()) return Error{ErrorKind::Invalid, "empty geocoding query"};
  return fetch("/free?q=" + url_encode(query) + "&fq=" + url_encode(type_filter(kind)) + "&fl=" + url_encode(kFields) +
               rows_parameter(options_.rows));
}

Result<std::vector<GeocodeHit>> PdokClient::suggest(std::string_view text, LookupKind kind) {
  std::string query = plain_query(text);
  if (query.empty()) return Error{ErrorKind::Invalid, "empty geocoding query"};
  return fetch("/suggest?q=" + url_encode(query) + "&fq=" + url_encode(type_filter(kind)) +
               "&fl=" + url_encode(kFields) + rows_parameter(options_.rows));
}

Result<std::vector<GeocodeHit>> PdokClient::find_address(std::string_view postcode, const HouseNumber& house_number) {
  auto normalized = normalize_postcode(postcode);
  if (!normalized || house_number.number <= 0) return Error{ErrorKind::Invalid, "malformed postcode or house number"};
  std::string path = "/free?q=" + url_encode(*normalized + " " + format_house_number(house_number)) +
                     "&fq=" + url_encode("type:adres") + "&fq=" + url_encode("postcode:" + *normalized) +
                     "&fq=" + url_encode("huisnummer:" + std::to_string(house_number.number));
  if (!house_number.letter.empty()) path += "&fq=" + url_encode("huisletter:" + house_number.letter);
  return fetch(path + "&fl=" + url_encode(kFields) + rows_parameter(options_.rows));
}

Result<std::vector<GeocodeHit>> PdokClient::fetch(const std::string& path_and_query) {
  if (options_.base_url.empty()) return Error{ErrorKind::Unavailable, "no PDOK url configured"};
  std::string url = options_.base_url + path_and_query;
  if (auto cached = cache_.find(url)) return std::move(*cached);

  (void)ensure_curl_ready();
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) return Error{ErrorKind::Unavailable, "libcurl could not start"};
  CURL* handle = curl.get();
  Body body;
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(
      curl_slist_append(nullptr, "Accept: application/json"), &curl_slist_free_all);
  long timeout_ms = static_cast<long>(std::max<std::chrono::milliseconds::rep>(1, options_.timeout.count()));
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, timeout_ms);
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_NOPROXY, "localhost,127.0.0.1,::1");
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(handle, CURLOPT_USERAGENT, "Omzien (bewonersinitiatieven provincie Utrecht)");
  curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, write_body);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &body);

  CURLcode code = curl_easy_perform(handle);
  if (body.too_large) return Error{ErrorKind::Unavailable, "PDOK answer larger than 1 MiB"};
  if (code != CURLE_OK)
    return Error{ErrorKind::Unavailable, std::string("PDOK request failed: ") + curl_easy_strerror(code)};
  long status = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
  if (status != 200) return Error{ErrorKind::Unavailable, "PDOK answered HTTP " + std::to_string(status)};

  auto hits = parse_pdok_response(body.text, static_cast<std::size_t>(std::clamp(options_.rows, 1, 50)));
  if (!hits) return hits.error();
  cache_.store(url, hits.value());
  return hits;
}

}  // namespace omzien::geo
