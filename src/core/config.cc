#include "core/config.h"

#include <toml.hpp>

#include <set>

extern char** environ;

namespace omzien {
namespace {

template <typename T>
void take(const toml::value& table, const char* key, T& target) {
  if (table.contains(key)) target = toml::find<T>(table, key);
}

}  // namespace

Result<void> read_config_file(const std::string& path, Config& config) {
  try {
    const toml::value root = toml::parse(path);
    static const std::set<std::string> known = {
        "data", "listen", "base_url", "static_dir", "site_name", "threads", "max_connections",
        "request_timeout_seconds", "shutdown_grace_seconds", "max_body_bytes", "map_tile_url",
        "map_tile_attribution", "pdok_url", "open_data_licence", "open_data_licence_url",
        "contact_email", "trust_proxy_headers", "smtp"};
    for (const auto& [key, value] : root.as_table()) {
      if (!known.count(key)) return Error{ErrorKind::Invalid, "unknown setting in config: " + key};
    }
    take(root, "data", config.data_dir);
    take(root, "listen", config.listen);
    take(root, "base_url", config.base_url);
    take(root, "static_dir", config.static_dir);
    take(root, "site_name", config.site_name);
    take(root, "threads", config.threads);
    take(root, "max_connections", config.max_connections);
    take(root, "request_timeout_seconds", config.request_timeout_seconds);
    take(root, "shutdown_grace_seconds", config.shutdown_grace_seconds);
    take(root, "max_body_bytes", config.max_body_bytes);
    take(root, "map_tile_url", config.map_tile_url);
    take(root, "map_tile_attribution", config.map_tile_attribution);
    take(root, "pdok_url", config.pdok_url);
    take(root, "open_data_licence", config.open_data_licence);
    take(root, "open_data_licence_url", config.open_data_licence_url);
    take(root, "contact_email", config.contact_email);
    take(root, "trust_proxy_headers", config.trust_proxy_headers);
    if (root.contains("smtp")) {
      const auto& smtp = toml::find(root, "smtp");
      take(smtp, "url", config.smtp.url);
      take(smtp, "user", config.smtp.user);
      take(smtp, "password", config.smtp.password);
      take(smtp, "from", config.smtp.from);
      take(smtp, "timeout_seconds", config.smtp.timeout_seconds);
      take(smtp, "require_tls", config.smtp.require_tls);
    }
  } catch (const std::exception& e) {
    return Error{ErrorKind::Invalid, std::string("config file: ") + e.what()};
  }
  return {};
}

void apply_environment(const std::map<std::string, std::string>& env, Config& config) {
  auto text = [&](const char* name, std::string& target) {
    if (auto it = env.find(name); it != env.end() && !it->second.empty()) target = it->second;
  };
  auto number = [&](const char* name, auto& target) {
    if (auto it = env.find(name); it != env.end() && !it->second.empty()) {
      try {
        target = static_cast<std::remove_reference_t<decltype(target)>>(std::stoll(it->second));
      } catch (...) {
      }
    }
  };
  text("OMZIEN_DATA", config.data_dir);
  text("OMZIEN_LISTEN", config.listen);
  text("OMZIEN_BASE_URL", config.base_url);
  text("OMZIEN_STATIC_DIR", config.static_dir);
  text("OMZIEN_SITE_NAME", config.site_name);
  text("OMZIEN_SMTP_URL", config.smtp.url);
  text("OMZIEN_SMTP_USER", config.smtp.user);
  text("OMZIEN_SMTP_PASSWORD", config.smtp.password);
  text("OMZIEN_SMTP_FROM", config.smtp.from);
  text("OMZIEN_MAP_TILE_URL", config.map_tile_url);
  text("OMZIEN_MAP_TILE_ATTRIBUTION", config.map_tile_attribution);
  text("OMZIEN_PDOK_URL", config.pdok_url);
  text("OMZIEN_CONTACT_EMAIL", config.contact_email);
  if (auto it = env.find("OMZIEN_TRUST_PROXY_HEADERS"); it != env.end()) config.trust_proxy_headers = it->second == "1" || it->second == "true";
  number("OMZIEN_THREADS", config.threads);
  number("OMZIEN_MAX_CONNECTIONS", config.max_connections);
  number("OMZIEN_REQUEST_TIMEOUT", config.request_timeout_seconds);
  number("OMZIEN_SMTP_TIMEOUT", config.smtp.timeout_seconds);
}

std::map<std::string, std::string> process_environment() {
  std::map<std::string, std::string> env;
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string_view line(*entry);
    auto eq = line.find('=');
    if (eq != std::string_view::npos && line.rfind("OMZIEN_", 0) == 0)
      env.emplace(std::string(line.substr(0, eq)), std::string(line.substr(eq + 1)));
  }
  return env;
}

Result<void> validate_config(const Config& config) {
  if (config.base_url.rfind("http://", 0) != 0 && config.base_url.rfind("https://", 0) != 0)
    return Error{ErrorKind::Invalid, "base_url must start with http:// or https://"};
  if (!config.base_url.empty() && config.base_url.back() == '/')
    return Error{ErrorKind::Invalid, "base_url must not end with /"};
  if (config.listen.find(':') == std::string::npos)
    return Error{ErrorKind::Invalid, "listen must be HOST:PORT"};
  if (config.max_connections < 1) return Error{ErrorKind::Invalid, "max_connections must be >= 1"};
  if (!config.smtp.url.empty() && config.smtp.url.rfind("smtp://", 0) != 0 &&
      config.smtp.url.rfind("smtps://", 0) != 0)
    return Error{ErrorKind::Invalid, "smtp url must start with smtp:// or smtps://"};
  return {};
}

}  // namespace omzien
