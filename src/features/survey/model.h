// A needs survey (behoeftepeiling) as the rest of the feature sees it: the survey, its
// questions, an invited initiative and what it answered.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"

namespace omzien::survey {

enum class Status { Draft, Open, Closed };
std::string_view status_id(Status status);  // "concept", "open", "gesloten"
Status parse_status(std::string_view id);

enum class Kind { OneChoice, SeveralChoices, Scale, Open };
inline constexpr Kind kKinds[] = {Kind::OneChoice, Kind::SeveralChoices, Kind::Scale, Kind::Open};
std::string_view kind_id(Kind kind);  // "een", "meer", "schaal", "open"
std::optional<Kind> parse_kind(std::string_view id);
bool is_choice(Kind kind);

inline constexpr int kDefaultScaleMax = 5;
inline constexpr int kMaxOptions = 12;
inline constexpr std::size_t kMaxOpenAnswer = 2000;  // characters

struct Question {
  std::int64_t id = 0;
  std::int64_t survey_id = 0;
  int position = 0;
  Kind kind = Kind::OneChoice;
  std::string text = {};
  std::vector<std::string> options = {};  // choice kinds only
  int scale_max = kDefaultScaleMax;  // scale: 1 to scale_max
};

struct Survey {
  std::int64_t id = 0;
  std::string title = {};
  std::string intro = {};
  Status status = Status::Draft;
  std::string filter_municipality = {};  // CBS code, or "" for every municipality
  std::string filter_theme = {};         // theme id, or "" for every theme
  std::optional<std::int64_t> created_by = {};
  Seconds created_at = 0;
  std::optional<Seconds> sent_at = {};
  std::optional<Seconds> closed_at = {};
  std::optional<Seconds> last_batch_at = {};
};

struct Invitation {
  std::int64_t id = 0;
  std::int64_t survey_id = 0;
  std::optional<std::int64_t> initiative_id = {};
  std::string initiative_name = {};
  std::string municipality_code = {};
  int addresses = 0;
  Seconds created_at = 0;
  std::optional<Seconds> mailed_at = {};
  std::optional<Seconds> answered_at = {};
  std::optional<Seconds> changed_at = {};
};

// What one initiative answered: per question id, the values (chosen option numbers as text,
// the scale number, or the open text). A question left empty has no entry.
using Answers = std::map<std::int64_t, std::vector<std::string>>;

}  // namespace omzien::survey
