#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/crypto.h"
#include "core/log.h"
#include "core/text.h"

namespace omzien::http {
namespace fs = std::filesystem;

std::string content_type_for(std::string_view filename) {
  auto dot = filename.rfind('.');
  std::string extension = dot == std::string_view::npos ? "" : to_lower_ascii(filename.substr(dot + 1));
  static const std::map<std::string, std::string, std::less<>> kTypes = {
      {"css", "text/css; charset=utf-8"},   {"js", "text/javascript; charset=utf-8"},
      {"png", "image/png"},                 {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},               {"webp", "image/webp"},
      {"svg", "image/svg+xml"},             {"ico", "image/x-icon"},
      {"woff2", "font/woff2"},              {"woff", "font/woff"},
      {"json", "application/json"},         {"txt", "text/plain; charset=utf-8"},
      {"webmanifest", "application/manifest+json"}, {"map", "application/json"}};
  auto it = kTypes.find(extension);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

StaticFiles::StaticFiles(std::string root) : root_(std::move(root)) {
  std::error_code ec;
  if (!fs::is_directory(root_, ec)) {
    log_warning("static folder {} not found; no CSS or JS will be served", root_);
    return;
  }
  for (auto it = fs::recursive_directory_iterator(root_, ec); !ec && it != fs::recursive_directory_iterator(); ++it) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    std::string relative = fs::relative(it->path(), root_).generic_string();
    files_[relative] = File{fs::absolute(it->path()).string(), hash_token(content.str()).substr(0, 12),
                            content_type_for(relative)};
  }
}

std::string StaticFiles::url(std::string_view relative_path) const {
  auto it = files_.find(relative_path);
  if (it == files_.end()) return "/static/0/" + std::string(relative_path);
  return "/static/" + it->second.hash + "/" + std::string(relative_path);
}

std::optional<Response> StaticFiles::serve(const Request& request) const {
  constexpr std::string_view kPrefix = "/static/";
  if (request.path.rfind(kPrefix, 0) != 0) return std::nullopt;
  std::string_view rest = std::string_view(request.path).substr(kPrefix.size());
  auto slash = rest.find('/');
  if (slash == std::string_view::npos) return Response::text(404, "Niet gevonden.");
  std::string_view hash = rest.substr(0, slash);
  auto it = files_.find(rest.substr(slash + 1));
  if (it == files_.end()) return Response::text(404, "Niet gevonden.");
  const File& file = it->second;
  Response response;
  std::string etag = "\"" + file.hash + "\"";
  response.set_header("ETag", etag);
  response.set_header("Cache-Control", hash == file.hash ? "public, max-age=31536000, immutable"
                                                         : "public, max-age=300, must-revalidate");
  response.content_type = file.content_type;
  if (request.header("If-None-Match") == etag) {
    response.status = 304;
    return response;
  }
  response.file_path = file.absolute_path;
  return response;
}

}  // namespace omzien::http
