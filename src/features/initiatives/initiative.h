// An initiative's profile ("bewonersinitiatief"): what it is, where, and how to reach it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"

namespace omzien::initiatives {

// How precisely the location may be shown. Many initiatives run from someone's home.
enum class LocationPrecision { Exact, Neighbourhood, Municipality };
enum class Status { Published, Hidden };

struct Initiative {
  std::int64_t id = 0;
  std::string slug;
  std::string external_id;       // the id in the file it was imported from ("A001"); may be empty
  std::string name;
  std::string municipality_code;  // CBS code, or geo::kProvinceCode for "hele provincie"
  std::string sentence;           // one sentence, at most 160 characters
  std::string description;        // Markdown
  std::vector<std::string> themes;         // theme ids
  std::vector<std::string> target_groups;  // target group ids
  std::string place;              // woonplaats or neighbourhood
  std::string address;            // private unless precision is Exact
  std::string postcode;
  std::optional<double> lat;      // the exact point; never public unless precision is Exact
  std::optional<double> lon;
  LocationPrecision location_precision = LocationPrecision::Neighbourhood;
  std::string phase;              // "", "startend", "gevestigd"
  std::optional<int> founded;
  std::string legal_form;         // "", "stichting", "vereniging", "informeel"
  std::string website;
  std::vector<std::string> social_links;
  std::string contact_email;
  bool email_public = true;
  std::string phone;
  bool phone_public = false;
  std::string opening_times;
  std::vector<std::string> offers;  // what we offer other initiatives
  std::vector<std::string> needs;   // what we need
  std::string photo;                // stored photo's base name; empty: none
  Status status = Status::Published;
  bool claimed = true;              // false: imported, not yet run by anyone
  bool affiliated = false;          // "aangesloten bij de beweging"
  Seconds created_at = 0;
  Seconds updated_at = 0;
};

std::string_view precision_name(LocationPrecision precision);  // "exact", "neighbourhood", "municipality"
std::optional<LocationPrecision> parse_precision(std::string_view name);

}  // namespace omzien::initiatives
