#include "features/events/event.h"

namespace omzien::events {

std::string_view mode_name(Mode mode) {
  switch (mode) {
    case Mode::Offline: return "offline";
    case Mode::Online: return "online";
    case Mode::Hybrid: return "hybrid";
  }
  return "offline";
}

std::optional<Mode> parse_mode(std::string_view name) {
  if (name == "offline") return Mode::Offline;
  if (name == "online") return Mode::Online;
  if (name == "hybrid") return Mode::Hybrid;
  return std::nullopt;
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::Scheduled: return "scheduled";
    case Status::Postponed: return "postponed";
    case Status::Rescheduled: return "rescheduled";
    case Status::Cancelled: return "cancelled";
  }
  return "scheduled";
}

std::optional<Status> parse_status(std::string_view name) {
  if (name == "scheduled") return Status::Scheduled;
  if (name == "postponed") return Status::Postponed;
  if (name == "rescheduled") return Status::Rescheduled;
  if (name == "cancelled") return Status::Cancelled;
  return std::nullopt;
}

}  // namespace omzien::events
