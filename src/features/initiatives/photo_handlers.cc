#include "features/initiatives/photo_handlers.h"

#include "app/app.h"
#include "core/log.h"
#include "features/initiatives/photo.h"
#include "features/initiatives/photo_store.h"
#include "features/initiatives/texts.h"
#include "web/page.h"

namespace omzien::initiatives {
namespace {

std::string problem_message(PhotoProblem problem) {
  switch (problem) {
    case PhotoProblem::TooLarge:
      return texts::kPhotoTooLarge;
    case PhotoProblem::TooManyPixels:
      return texts::kPhotoTooManyPixels;
    case PhotoProblem::NotAnImage:
      return texts::kPhotoNotAnImage;
    case PhotoProblem::Broken:
      return texts::kPhotoBroken;
    case PhotoProblem::None:
      break;
  }
  return {};
}

}  // namespace

std::string uploads_dir(const App& app) { return app.config.data_dir + "/uploads"; }

http::Response serve_photo(App& app, const http::Request& request) {
  const std::string& name = request.route.at("name");
  auto file = photo_file_for(uploads_dir(app), name);
  if (!file) return web::error_page(app, request, 404);
  http::Response response;
  response.content_type = "image/jpeg";
  std::string etag = "\"" + name + "\"";
  response.set_header("ETag", etag);
  response.set_header("Cache-Control", "public, max-age=31536000, immutable");
  if (request.header("If-None-Match") == etag) {
    response.status = 304;
    return response;
  }
  response.file_path = *file;
  return response;
}

PhotoChoice receive_photo(App& app, const http::Request& request) {
  if (const http::UploadedFile* upload = request.file("photo")) {
    PhotoOutcome outcome = reencode_photo(upload->data);
    if (outcome.problem != PhotoProblem::None)
      return {.kind = PhotoChoice::Kind::Keep, .base = "", .error = problem_message(outcome.problem)};
    auto stored = store_photo(uploads_dir(app), outcome.photo);
    if (!stored) {
      log_error("photo not stored: {}", stored.error().detail);
      return {.kind = PhotoChoice::Kind::Keep, .base = "", .error = texts::kPhotoNotSaved};
    }
    return {.kind = PhotoChoice::Kind::Replace, .base = *stored, .error = ""};
  }
  // A photo that came with an earlier try of this form, which had other mistakes: no need to
  // pick it again on a phone. Only names of files we stored ourselves are accepted.
  const std::string& pending = request.form.get("pending_photo");
  if (!pending.empty() && photo_exists(uploads_dir(app), pending))
    return {.kind = PhotoChoice::Kind::Replace, .base = pending, .error = ""};
  if (request.form.get("remove_photo") == "ja") return {.kind = PhotoChoice::Kind::Remove, .base = "", .error = ""};
  return {};
}

void forget_photo_if_unused(App& app, const std::string& base) {
  if (base.empty()) return;
  bool used = app.db->read([&](db::Connection& c) { return photo_in_use(c, base); });
  if (!used) delete_photo_files(uploads_dir(app), base);
}

}  // namespace omzien::initiatives
