#include "features/survey/model.h"

namespace omzien::survey {

std::string_view status_id(Status status) {
  switch (status) {
    case Status::Draft: return "concept";
    case Status::Open: return "open";
    case Status::Closed: return "gesloten";
  }
  return "concept";
}

Status parse_status(std::string_view id) {
  if (id == "open") return Status::Open;
  if (id == "gesloten") return Status::Closed;
  return Status::Draft;
}

std::string_view kind_id(Kind kind) {
  switch (kind) {
    case Kind::OneChoice: return "een";
    case Kind::SeveralChoices: return "meer";
    case Kind::Scale: return "schaal";
    case Kind::Open: return "open";
  }
  return "open";
}

std::optional<Kind> parse_kind(std::string_view id) {
  for (Kind kind : kKinds)
    if (kind_id(kind) == id) return kind;
  return std::nullopt;
}

bool is_choice(Kind kind) { return kind == Kind::OneChoice || kind == Kind::SeveralChoices; }

}  // namespace omzien::survey
