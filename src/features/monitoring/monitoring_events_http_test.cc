// The monitor's event attendance over real HTTP: registrations and check-ins made through the
// organiser's pages show up per event and in total once the event has begun; a coming event does
// not count yet.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "core/csv.h"
#include "features/events/event_http_test.h"

namespace omzien::test {
namespace {

class MonitoringEventsHttpTest : public EventHttpTest {};

TEST_F(MonitoringEventsHttpTest, RegisteredAndCameArePerEventAndInTotal) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Kennismaken in Zeist", 1));
  create_event(pin, session_fields("Later in het jaar", 20));
  ASSERT_EQ(register_for(slug, "Anna", "anna@voorbeeld.nl").status, 303);
  ASSERT_EQ(register_for(slug, "Bram", "bram@voorbeeld.nl").status, 303);
  const std::string check_in = "/bijeenkomsten/" + slug + "/inchecken";
  pin.get(check_in);
  auto anna = registration_of(slug, "anna@voorbeeld.nl")->id;
  ASSERT_EQ(pin.post(check_in, {{"registration_id", std::to_string(anna)}, {"attended", "ja"}}).status, 303);
  ASSERT_EQ(pin.post("/bijeenkomsten/" + slug + "/inloop", {{"name", "Dirk"}}).status, 303);
  std::string day = format_dutch_date(event(slug).starts_at);

  app().clock.advance(2 * 86400);  // the first event is over, the second still to come
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto page = staff.get("/beheer/monitor");
  ASSERT_EQ(page.status, 200);
  // Title, date, registered, came, came without registering.
  EXPECT_TRUE(page_says(page.body, "Kennismaken in Zeist " + day + " 2 2 1")) << page.body;
  EXPECT_TRUE(page_says(page.body, "Samen 2 2 1"));
  EXPECT_FALSE(page_says(page.body, "Later in het jaar")) << "not begun yet";

  auto table = csv::read(staff.get("/beheer/monitor.csv").body);
  auto has_row = [&](const std::vector<std::string>& cells) {
    for (const auto& row : table.rows)
      if (row.cells == cells) return true;
    return false;
  };
  EXPECT_TRUE(has_row({"Bijeenkomsten", "Alle bijeenkomsten samen", "Aangemeld", "2"}));
  EXPECT_TRUE(has_row({"Bijeenkomsten", "Alle bijeenkomsten samen", "Gekomen", "2"}));
  EXPECT_TRUE(has_row({"Bijeenkomsten", "Alle bijeenkomsten samen", "Zonder aanmelding gekomen", "1"}));
  for (const auto& row : table.rows)
    for (const auto& cell : row.cells) {
      EXPECT_EQ(cell.find("Anna"), std::string::npos) << "no names of people";
      EXPECT_EQ(cell.find("Dirk"), std::string::npos) << "no names of people";
    }
}

}  // namespace
}  // namespace omzien::test
