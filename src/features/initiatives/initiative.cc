#include "features/initiatives/initiative.h"

namespace omzien::initiatives {

std::string_view precision_name(LocationPrecision precision) {
  switch (precision) {
    case LocationPrecision::Exact: return "exact";
    case LocationPrecision::Neighbourhood: return "neighbourhood";
    case LocationPrecision::Municipality: return "municipality";
  }
  return "neighbourhood";
}

std::optional<LocationPrecision> parse_precision(std::string_view name) {
  if (name == "exact") return LocationPrecision::Exact;
  if (name == "neighbourhood") return LocationPrecision::Neighbourhood;
  if (name == "municipality") return LocationPrecision::Municipality;
  return std::nullopt;
}

}  // namespace omzien::initiatives
