#include "features/initiatives/photo.h"

#include <filesystem>
#include <fstream>
#include <mutex>
#include <vips/vips8>

#include "core/crypto.h"
#include "core/log.h"

namespace omzien::initiatives {
namespace {

namespace fs = std::filesystem;
using vips::VImage;

constexpr std::string_view kLargeSuffix = "-1200.jpg";
constexpr std::string_view kSmallSuffix = "-400.jpg";
constexpr std::size_t kBaseLength = 32;

// Broken uploads make libvips warn on stderr from its worker threads; they are expected here,
// so they go to our log at debug level instead.
void log_vips_message(const gchar*, GLogLevelFlags, const gchar* message, gpointer) {
  log_debug("libvips: {}", message ? message : "");
}

// libvips starts once per process. Only the JPEG, PNG and WebP loaders are ever asked for (we
// check the magic bytes first), and untrusted loaders (ImageMagick, PDF, ...) are blocked too.
bool start_vips() {
  static std::once_flag once;
  static bool started = false;
  std::call_once(once, [] {
    if (VIPS_INIT("omzien") != 0) {
      log_error("libvips did not start: {}", vips_error_buffer());
      vips_error_clear();
      return;
    }
    vips_block_untrusted_set(TRUE);
    vips_cache_set_max(0);  // every upload is new; the operation cache would only hold memory
    g_log_set_handler("VIPS", static_cast<GLogLevelFlags>(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE), log_vips_message,
                      nullptr);
    started = true;
  });
  return started;
}

// Owns one reference to a VipsBlob.
struct BlobRef {
  VipsBlob* blob = nullptr;
  ~BlobRef() {
    if (blob) vips_area_unref(VIPS_AREA(blob));
  }
  std::string bytes() const {
    std::size_t length = 0;
    const void* data = vips_blob_get(blob, &length);
    return std::string(static_cast<const char*>(data), length);
  }
};

bool loader_matches(ImageType type, std::string_view loader) {
  switch (type) {
    case ImageType::Jpeg:
      return loader.find("Jpeg") != std::string_view::npos;
    case ImageType::Png:
      return loader.find("Png") != std::string_view::npos;
    case ImageType::Webp:
      return loader.find("Webp") != std::string_view::npos;
    case ImageType::Unknown:
      break;
  }
  return false;
}

// sRGB, 8 bits, no transparency (JPEG has none: logos get a white background).
VImage normalise(VImage image) {
  if (image.interpretation() != VIPS_INTERPRETATION_sRGB) image = image.colourspace(VIPS_INTERPRETATION_sRGB);
  if (image.has_alpha()) image = image.flatten(VImage::option()->set("background", std::vector<double>{255, 255, 255}));
  if (image.format() != VIPS_FORMAT_UCHAR) image = image.cast(VIPS_FORMAT_UCHAR);
  return image;
}

// `strip` leaves out EXIF (with GPS), XMP, IPTC and the ICC profile: people often do not know
// their phone writes where a photo was taken, and a home address must never leak this way.
std::string encode_jpeg(const VImage& image) {
  BlobRef out{image.jpegsave_buffer(
      VImage::option()->set("Q", 80)->set("strip", true)->set("optimize_coding", true)->set("interlace", true))};
  return out.bytes();
}

// Fits within `width` wide and 1.5 times as high; never enlarged.
vips::VOption* fit_options(int width) {
  return VImage::option()->set("height", width * 3 / 2)->set("size", VIPS_SIZE_DOWN);
}

std::string file_name(std::string_view base, PhotoSize size) {
  return std::string(base) + std::string(size == PhotoSize::Large ? kLargeSuffix : kSmallSuffix);
}

bool is_base_name(std::string_view base) {
  if (base.size() != kBaseLength) return false;
  for (char c : base)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

// Writes beside the target and renames, so a reader never sees half a file.
Result<void> write_file_atomically(const fs::path& target, const std::string& bytes) {
  std::error_code ec;
  if (fs::exists(target, ec)) return {};  // same hash, same content
  fs::path temporary = target.parent_path() / (".tmp-" + random_token(12));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      fs::remove(temporary, ec);
      return internal_error("could not write photo file");
    }
  }
  fs::rename(temporary, target, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return internal_error("could not move photo file into place");
  }
  return {};
}

}  // namespace

ImageType sniff_image_type(std::string_view b) {
  auto starts = [&](std::string_view magic, std::size_t at = 0) {
    return b.size() >= at + magic.size() && b.substr(at, magic.size()) == magic;
  };
  if (starts("\xFF\xD8\xFF")) return ImageType::Jpeg;
  if (starts("\x89PNG\r\n\x1A\n")) return ImageType::Png;
  if (starts("RIFF") && starts("WEBP", 8)) return ImageType::Webp;
  return ImageType::Unknown;
}

PhotoOutcome reencode_photo(std::string_view bytes) {
  if (bytes.size() > kMaxPhotoBytes) return {PhotoProblem::TooLarge, {}};
  ImageType type = sniff_image_type(bytes);
  if (type == ImageType::Unknown) return {PhotoProblem::NotAnImage, {}};
  if (!start_vips()) return {PhotoProblem::Broken, {}};
  try {
    const char* loader = vips_foreign_find_load_buffer(bytes.data(), bytes.size());
    if (!loader || !loader_matches(type, loader)) {
      vips_error_clear();
      return {PhotoProblem::NotAnImage, {}};
    }
    // The header alone tells the size, before any pixel is decoded.
    VImage header = VImage::new_from_buffer(bytes.data(), bytes.size(), "",
                                            VImage::option()->set("access", VIPS_ACCESS_SEQUENTIAL));
    if (static_cast<long>(header.width()) * header.height() > kMaxPhotoPixels) return {PhotoProblem::TooManyPixels, {}};
    // thumbnail_buffer shrinks while loading where the format allows it and turns the photo
    // upright by its EXIF orientation. fail_on=error: a truncated file is an error, not grey.
    BlobRef input{vips_blob_new(nullptr, bytes.data(), bytes.size())};
    VImage large = VImage::thumbnail_buffer(input.blob, kLargePhotoWidth,
                                            fit_options(kLargePhotoWidth)->set("option_string", "fail_on=error"));
    large = normalise(large).copy_memory();  // decoded once; both sizes come from here
    PhotoOutcome outcome;
    outcome.photo.large = encode_jpeg(large);
    outcome.photo.small = encode_jpeg(large.thumbnail_image(kSmallPhotoWidth, fit_options(kSmallPhotoWidth)));
    return outcome;
  } catch (const vips::VError& e) {
    log_debug("photo refused: {}", e.what());
    vips_error_clear();
    return {PhotoProblem::Broken, {}};
  }
}

Result<std::string> store_photo(const std::string& uploads_dir, const ReencodedPhoto& photo) {
  std::error_code ec;
  fs::create_directories(uploads_dir, ec);
  std::string base = hash_token(photo.large).substr(0, kBaseLength);
  if (auto done = write_file_atomically(fs::path(uploads_dir) / file_name(base, PhotoSize::Small), photo.small); !done)
    return done.error();
  if (auto done = write_file_atomically(fs::path(uploads_dir) / file_name(base, PhotoSize::Large), photo.large); !done)
    return done.error();
  return base;
}

void delete_photo_files(const std::string& uploads_dir, std::string_view base) {
  if (!is_base_name(base)) return;
  std::error_code ec;
  fs::remove(fs::path(uploads_dir) / file_name(base, PhotoSize::Large), ec);
  fs::remove(fs::path(uploads_dir) / file_name(base, PhotoSize::Small), ec);
}

bool photo_exists(const std::string& uploads_dir, std::string_view base) {
  if (!is_base_name(base)) return false;
  std::error_code ec;
  return fs::is_regular_file(fs::path(uploads_dir) / file_name(base, PhotoSize::Large), ec) &&
         fs::is_regular_file(fs::path(uploads_dir) / file_name(base, PhotoSize::Small), ec);
}

std::string photo_path(std::string_view base, PhotoSize size) { return "/fotos/" + file_name(base, size); }

std::optional<std::string> photo_file_for(const std::string& uploads_dir, std::string_view name) {
  std::string_view suffix;
  for (std::string_view candidate : {kLargeSuffix, kSmallSuffix})
    if (name.size() == kBaseLength + candidate.size() && name.substr(kBaseLength) == candidate) suffix = candidate;
  if (suffix.empty() || !is_base_name(name.substr(0, kBaseLength))) return std::nullopt;
  fs::path file = fs::path(uploads_dir) / std::string(name);
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  return file.string();
}

std::optional<ImageFacts> inspect_image(std::string_view bytes) {
  if (!start_vips()) return std::nullopt;
  try {
    VImage image = VImage::new_from_buffer(bytes.data(), bytes.size(), "");
    ImageFacts facts;
    facts.width = image.width();
    facts.height = image.height();
    const char* loader = vips_foreign_find_load_buffer(bytes.data(), bytes.size());
    facts.loader = loader ? loader : "";
    gchar** fields = vips_image_get_fields(image.get_image());
    for (gchar** field = fields; field && *field; ++field) {
      std::string_view name(*field);
      if (name.rfind("exif-", 0) == 0 || name.rfind("xmp", 0) == 0 || name.rfind("iptc", 0) == 0 ||
          name.rfind("icc", 0) == 0 || name == "orientation" || name.rfind("gps", 0) == 0)
        facts.metadata.emplace_back(name);
    }
    g_strfreev(fields);
    return facts;
  } catch (const vips::VError&) {
    vips_error_clear();
    return std::nullopt;
  }
}

}  // namespace omzien::initiatives
