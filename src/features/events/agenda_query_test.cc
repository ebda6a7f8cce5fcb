#include "features/events/agenda_query.h"

#include <gtest/gtest.h>

#include "features/events/event_view.h"

namespace omzien::events {
namespace {

Event make(std::int64_t id, std::string municipality, Mode mode, std::vector<std::string> themes) {
  Event e;
  e.id = id;
  e.municipality_code = std::move(municipality);
  e.mode = mode;
  e.themes = std::move(themes);
  return e;
}

const std::vector<Event> kEvents = {
    make(1, "GM0355", Mode::Offline, {"voedsel"}),
    make(2, "GM0355", Mode::Online, {"voedsel", "ouderen"}),
    make(3, "GM0344", Mode::Hybrid, {"ouderen"}),
    make(4, "GM0344", Mode::Offline, {}),
};

http::Params params(std::vector<std::pair<std::string, std::string>> pairs) {
  http::Params p;
  for (auto& [name, value] : pairs) p.add(name, value);
  return p;
}

std::vector<std::int64_t> ids(const AgendaPage& page) {
  std::vector<std::int64_t> out;
  for (const auto& e : page.entries) out.push_back(e.id);
  return out;
}

TEST(EventAgenda, FiltersWithOrWithinAKindAndAndAcrossKinds) {
  auto q = AgendaQuery::from_params(params({{"thema", "voedsel"}, {"thema", "ouderen"}, {"gemeente", "GM0355"}}));
  EXPECT_EQ(ids(filter_agenda(kEvents, q)), (std::vector<std::int64_t>{1, 2}));
  q = AgendaQuery::from_params(params({{"vorm", "online"}}));
  EXPECT_EQ(ids(filter_agenda(kEvents, q)), (std::vector<std::int64_t>{2, 3})) << "hybrid counts as online";
  q = AgendaQuery::from_params(params({{"vorm", "op-locatie"}}));
  EXPECT_EQ(ids(filter_agenda(kEvents, q)), (std::vector<std::int64_t>{1, 3, 4})) << "and as on location";
  q = AgendaQuery::from_params(params({{"vorm", "<script>"}}));
  EXPECT_EQ(q.form, "") << "an unknown form is ignored";
}

TEST(EventAgenda, CountsEachValueAgainstTheOtherFilters) {
  auto q = AgendaQuery::from_params(params({{"gemeente", "GM0344"}}));
  auto page = filter_agenda(kEvents, q);
  EXPECT_EQ(page.total, 2);
  EXPECT_EQ(page.counts["thema"]["ouderen"], 1);
  EXPECT_EQ(page.counts["thema"].count("voedsel"), 0u);
  EXPECT_EQ(page.counts["gemeente"]["GM0355"], 2) << "the municipality counts ignore the municipality filter";
  EXPECT_EQ(page.counts["vorm"]["online"], 1);
  EXPECT_EQ(page.counts["vorm"]["op-locatie"], 2);
}

TEST(EventAgenda, PagesAndLinksKeepTheFilters) {
  AgendaQuery q = AgendaQuery::from_params(params({{"thema", "voedsel"}, {"gemeente", "GM0355"}, {"vorm", "online"}, {"pagina", "2"}}));
  EXPECT_EQ(q.to_query_string(), "thema=voedsel&gemeente=GM0355&vorm=online&pagina=2");
  EXPECT_EQ(q.to_query_string(1), "thema=voedsel&gemeente=GM0355&vorm=online");
  q.per_page = 3;
  q = AgendaQuery::from_params(params({{"pagina", "2"}}));
  q.per_page = 3;
  EXPECT_EQ(ids(filter_agenda(kEvents, q)), (std::vector<std::int64_t>{4}));
  EXPECT_EQ(AgendaQuery::from_params(params({{"pagina", "-5"}})).page, 1);
}

TEST(EventView, RegistrationOpensAndClosesAtTheRightMoments) {
  Event e;
  e.starts_at = 10000;
  e.ends_at = 12000;
  e.registration_deadline = 9000;
  EXPECT_EQ(registration_state(e, 8000), RegistrationState::Open);
  EXPECT_EQ(registration_state(e, 9000), RegistrationState::Closed);
  EXPECT_EQ(registration_state(e, 10000), RegistrationState::Started);
  e.capacity = 2;
  e.registered_count = 2;
  EXPECT_EQ(registration_state(e, 8000), RegistrationState::WaitingList);
  e.waiting_list = false;
  EXPECT_EQ(registration_state(e, 8000), RegistrationState::Full);
  e.status = Status::Postponed;
  EXPECT_EQ(registration_state(e, 8000), RegistrationState::Postponed);
  e.status = Status::Cancelled;
  EXPECT_EQ(registration_state(e, 8000), RegistrationState::Cancelled);
  EXPECT_EQ(places_left(e), 0);
}

TEST(EventView, OnlyRegisteredPeopleSeeAPrivateAddressOrTheVideoLink) {
  Event e;
  e.mode = Mode::Hybrid;
  e.venue_name = "Bij Ria";
  e.address = "Dorpsstraat 7";
  e.postcode = "3701 GA";
  e.place = "Zeist";
  e.address_private = true;
  e.online_url = "https://meet.voorbeeld.nl/geheim";
  EXPECT_EQ(where_label(e, Audience::Public), "Bij Ria, Zeist (en online)");
  EXPECT_EQ(where_label(e, Audience::Registered), "Bij Ria, Dorpsstraat 7, 3701 GA Zeist (en online)");
  e.mode = Mode::Online;
  EXPECT_EQ(where_label(e, Audience::Public), "Online");
}

}  // namespace
}  // namespace omzien::events
