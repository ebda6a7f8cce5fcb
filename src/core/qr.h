// QR codes as SVG (libqrencode): TOTP set-up, printed profiles, event flyers.
#pragma once

#include <string>
#include <string_view>

namespace omzien {

// An <svg> element showing `text` as a QR code (error correction M, 4-module quiet zone),
// scaled by its viewBox; `label` becomes its accessible name. Empty string if encoding fails.
std::string qr_svg(std::string_view text, std::string_view label);

}  // namespace omzien
