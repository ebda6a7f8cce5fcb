// Static files (CSS, JS, images, fonts) under /static/<content-hash>/<path>.
// The hash in the URL changes when the file changes, so browsers may keep a file for a year.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "http/request.h"
#include "http/response.h"

namespace omzien::http {

class StaticFiles {
 public:
  // Reads every file under `root` once, to hash it. Missing root: no files (logged).
  explicit StaticFiles(std::string root);

  // "/static/3f9a1c2b7d/css/omzien.css" for "css/omzien.css"; the plain path when unknown.
  std::string url(std::string_view relative_path) const;
  // Answers GET/HEAD of /static/...: 200 with a year of caching when the hash matches the file,
  // a short cache otherwise (a relative reference from a hashed CSS file), 304 on If-None-Match,
  // 404 when there is no such file. nullopt when the path is not under /static/.
  std::optional<Response> serve(const Request& request) const;
  std::size_t file_count() const { return files_.size(); }

 private:
  struct File {
    std::string absolute_path;
    std::string hash;
    std::string content_type;
  };
  std::string root_;
  std::map<std::string, File, std::less<>> files_;
};

// The MIME type for a file name's extension.
std::string content_type_for(std::string_view filename);

}  // namespace omzien::http
