// Photos over HTTP: serving stored photos, and reading the photo field of the profile form.
#pragma once

#include <string>

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

// GET /fotos/<name>: a stored photo as image/jpeg, cached for a year (a changed photo gets a new
// name); 404 for any name we did not make.
http::Response serve_photo(App& app, const http::Request& request);

// What the submitted profile form wants done with the photo.
struct PhotoChoice {
  enum class Kind { Keep, Replace, Remove };
  Kind kind = Kind::Keep;
  std::string base;   // Replace: the new photo, already stored
  std::string error;  // a Dutch message for the photo field; empty when all is well
};
// Reads the "photo" file (checked, re-encoded and stored), or else a photo received with an
// earlier try of the same form ("pending_photo"), or else the "remove_photo" box.
PhotoChoice receive_photo(App& app, const http::Request& request);

// Removes the files of `base` once no profile shows it any more (a removed photo is really gone).
void forget_photo_if_unused(App& app, const std::string& base);

// DATA/uploads
std::string uploads_dir(const App& app);

}  // namespace omzien::initiatives
