// Photos and logos of initiatives: recognised by their content (never by name or the browser's
// word), re-encoded with libvips to two sizes of JPEG that carry no metadata at all (no GPS, no
// camera serial), kept under DATA/uploads/ by content hash, and served at /fotos/<name>.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace omzien::initiatives {

inline constexpr std::size_t kMaxPhotoBytes = 10 * 1024 * 1024;
inline constexpr long kMaxPhotoPixels = 50'000'000;  // decompression bombs stay out
inline constexpr int kLargePhotoWidth = 1200;        // profile page, Open Graph
inline constexpr int kSmallPhotoWidth = 400;         // lists, logo in JSON-LD

enum class PhotoSize { Large, Small };
enum class ImageType { Unknown, Jpeg, Png, Webp };
enum class PhotoProblem { None, TooLarge, TooManyPixels, NotAnImage, Broken };

// The type by its first bytes (magic numbers); Unknown for anything but JPEG, PNG and WebP.
ImageType sniff_image_type(std::string_view bytes);

struct ReencodedPhoto {
  std::string large;  // JPEG, at most 1200 px wide
  std::string small;  // JPEG, at most 400 px wide
};
struct PhotoOutcome {
  PhotoProblem problem = PhotoProblem::None;  // None: `photo` holds the result
  ReencodedPhoto photo;
};
// Checks an upload and re-encodes it: upright per its EXIF orientation, never enlarged, sRGB,
// transparency on white, JPEG quality 80, and every metadata field (EXIF, GPS, XMP, IPTC, ICC)
// left out. Safe to call from several threads.
PhotoOutcome reencode_photo(std::string_view bytes);

// Writes both sizes to `uploads_dir` (made when missing) and returns the base name they share,
// taken from the content hash; storing the same photo twice gives the same name.
Result<std::string> store_photo(const std::string& uploads_dir, const ReencodedPhoto& photo);
// Removes both files of `base` (no error when they are gone already).
void delete_photo_files(const std::string& uploads_dir, std::string_view base);
// True when `base` is a base name we could have made (32 lower-case hex digits) and its files exist.
bool photo_exists(const std::string& uploads_dir, std::string_view base);

// "/fotos/<base>-1200.jpg": the public path of one size.
std::string photo_path(std::string_view base, PhotoSize size);
// The file on disk for a name under /fotos/ ("<base>-400.jpg"), or nullopt when the name is not
// exactly one we make (so "../", other extensions and encoded tricks never reach the disk).
std::optional<std::string> photo_file_for(const std::string& uploads_dir, std::string_view file_name);

// What libvips sees in an image, for tests and checks: its size, its loader and the names of its
// metadata fields ("exif-ifd3-GPSLatitude", "xmp-data", "icc-profile-data", ...).
struct ImageFacts {
  int width = 0;
  int height = 0;
  std::string loader;
  std::vector<std::string> metadata;
};
std::optional<ImageFacts> inspect_image(std::string_view bytes);

}  // namespace omzien::initiatives
