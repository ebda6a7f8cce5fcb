// Settings of one running platform: from a config file, then environment variables,
// then command-line flags (each later source wins).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/result.h"

namespace omzien {

struct SmtpConfig {
  std::string url;       // smtp://host:587 (STARTTLS when offered) or smtps://host:465; empty: write files
  std::string user;      // optional
  std::string password;  // optional; keep it out of the repository
  std::string from = "Omzien <noreply@localhost>";
  int timeout_seconds = 30;
  bool require_tls = false;  // refuse to send without TLS (production)
};

struct Config {
  std::string data_dir = "var";
  std::string listen = "127.0.0.1:8080";
  std::string base_url = "http://localhost:8080";  // used for every link in mails, never the Host header
  std::string static_dir;                          // empty: the static/ folder beside the program
  std::string site_name = "Omzien";
  SmtpConfig smtp;
  int threads = 0;                     // 0: one per core
  int max_connections = 512;           // Beast has no cap of its own
  int request_timeout_seconds = 30;    // whole request, so slow senders cannot hold a connection
  int shutdown_grace_seconds = 10;     // in-flight requests get this long after SIGTERM
  std::size_t max_body_bytes = 12 * 1024 * 1024;  // photos up to 10 MB plus the form
  std::string map_tile_url = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png";
  std::string map_tile_attribution =
      "Kaartgegevens &copy; <a href=\"https://www.kadaster.nl\">Kadaster</a>";
  std::string pdok_url = "https://api.pdok.nl/bzk/locatieserver/search/v3_1";
  std::string open_data_licence = "CC BY 4.0";
  std::string open_data_licence_url = "https://creativecommons.org/licenses/by/4.0/deed.nl";
  std::string contact_email = "info@omzien.example";
  // Behind nginx every request comes from 127.0.0.1; then take the visitor's address (for rate
  // limits, in memory only) from X-Real-IP, which nginx sets. Never enable without a proxy.
  bool trust_proxy_headers = false;

  bool base_url_is_https() const { return base_url.rfind("https://", 0) == 0; }
};

// Reads `path` (TOML). Unknown keys are an error, so a typo is not silently ignored.
Result<void> read_config_file(const std::string& path, Config& config);
// Applies OMZIEN_DATA, OMZIEN_LISTEN, OMZIEN_BASE_URL, OMZIEN_SMTP_URL, OMZIEN_SMTP_USER,
// OMZIEN_SMTP_PASSWORD, OMZIEN_SMTP_FROM, OMZIEN_STATIC_DIR, OMZIEN_MAX_CONNECTIONS, ... from `env`.
void apply_environment(const std::map<std::string, std::string>& env, Config& config);
// The process environment as a map.
std::map<std::string, std::string> process_environment();
// Checks values that would make the server misbehave (a base URL without scheme, port 0 ...).
Result<void> validate_config(const Config& config);

}  // namespace omzien
