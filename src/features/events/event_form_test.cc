#include "features/events/event_form.h"

#include <gtest/gtest.h>

#include "core/amsterdam_time.h"
#include "features/events/texts.h"

namespace omzien::events {
namespace {

const std::vector<initiatives::Term> kThemes = {{"voedsel", "Voedsel", 1, false}, {"oud", "Oud thema", 2, true}};
const std::vector<OrganiserChoice> kOrganisers = {{kFoundationValue, texts::kFoundationName}, {"7", "Repair Café Zeist"}};
// Saturday 28 November 2026, 12:00 in Amsterdam.
const Seconds kNow = from_amsterdam({2026, 11, 28, 12, 0, 0})->utc;

EventForm valid() {
  EventForm form;
  form.title = "Buurtsessie";
  form.description = "Kennismaken.";
  form.organiser = kFoundationValue;
  form.date = "2026-12-05";
  form.start_time = "19:30";
  form.end_time = "21:30";
  form.mode = "offline";
  form.venue_name = "Buurthuis";
  form.address = "Slotlaan 1";
  form.postcode = "3701ga";
  form.place = "Zeist";
  form.municipality_code = "GM0355";
  return form;
}

TEST(EventForm, AValidSessionBecomesAnEventInAmsterdamTime) {
  EventForm form = valid();
  ASSERT_TRUE(form.validate(kThemes, kOrganisers, kNow)) << form.errors.begin()->second;
  Event e;
  form.apply_to(e);
  EXPECT_EQ(format_utc_iso(e.starts_at), "2026-12-05T18:30:00Z");
  EXPECT_EQ(format_utc_iso(e.ends_at), "2026-12-05T20:30:00Z");
  EXPECT_EQ(e.postcode, "3701 GA");
  EXPECT_FALSE(e.organiser_initiative_id);
  EXPECT_TRUE(e.online_url.empty());
  EXPECT_FALSE(e.capacity);
}

TEST(EventForm, KeepsWhatWasTypedWhenTheEndIsBeforeTheStart) {
  EventForm form = valid();
  form.end_time = "19:00";
  EXPECT_FALSE(form.validate(kThemes, kOrganisers, kNow));
  EXPECT_EQ(form.errors.at("end_time"), texts::kEndBeforeStart);
  EXPECT_EQ(form.title, "Buurtsessie");
  EXPECT_EQ(form.end_time, "19:00");
}

TEST(EventForm, RefusesAMomentInThePastButLetsAnOrganiserFixATypoAfterTheStart) {
  EventForm form = valid();
  form.date = "2026-11-28";
  form.start_time = "11:00";
  form.end_time = "13:00";
  EXPECT_FALSE(form.validate(kThemes, kOrganisers, kNow));
  EXPECT_EQ(form.errors.at("date"), texts::kDateInPast);
  Seconds saved_start = from_amsterdam({2026, 11, 28, 11, 0, 0})->utc;
  EXPECT_TRUE(form.validate(kThemes, kOrganisers, kNow, saved_start)) << "the start did not move";
}

TEST(EventForm, AVideoLinkMustBeHttpsAndIsOnlyKeptForOnlineSessions) {
  EventForm form = valid();
  form.mode = "online";
  form.online_url = "http://meet.voorbeeld.nl/x";
  EXPECT_FALSE(form.validate(kThemes, kOrganisers, kNow));
  EXPECT_EQ(form.errors.at("online_url"), texts::kVideoLinkNotHttps);
  form.online_url = "javascript:alert(1)";
  EXPECT_FALSE(form.validate(kThemes, kOrganisers, kNow));
  form.online_url = "https://meet.voorbeeld.nl/x";
  EXPECT_TRUE(form.validate(kThemes, kOrganisers, kNow));
  Event e;
  form.apply_to(e);
  EXPECT_EQ(e.mode, Mode::Online);
  EXPECT_TRUE(e.venue_name.empty()) << "an online session has no venue";
  form.mode = "offline";
  ASSERT_TRUE(form.validate(kThemes, kOrganisers, kNow));
  form.apply_to(e);
  EXPECT_TRUE(e.online_url.empty()) << "an offline session keeps no video link";
}

TEST(EventForm, ChecksOrganiserThemesCapacityAndDeadline) {
  EventForm form = valid();
  form.organiser = "8";
  form.themes = {"oud"};
  form.capacity = "0";
  form.deadline_date = "2026-12-06";
  form.deadline_time = "10:00";
  EXPECT_FALSE(form.validate(kThemes, kOrganisers, kNow));
  EXPECT_EQ(form.errors.at("organiser"), texts::kOrganiserRequired);
  EXPECT_EQ(form.errors.at("themes"), texts::kThemeUnknown) << "a retired theme cannot be chosen";
  EXPECT_EQ(form.errors.at("capacity"), texts::kCapacityInvalid);
  EXPECT_EQ(form.errors.at("deadline_date"), texts::kDeadlineAfterStart);
  form = valid();
  form.organiser = "7";
  form.capacity = "30";
  form.deadline_date = "2026-12-04";
  form.deadline_time = "17:00";
  ASSERT_TRUE(form.validate(kThemes, kOrganisers, kNow));
  Event e;
  form.apply_to(e);
  EXPECT_EQ(e.organiser_initiative_id, 7);
  EXPECT_EQ(e.capacity, 30);
  EXPECT_EQ(format_utc_iso(*e.registration_deadline), "2026-12-04T16:00:00Z");
}

TEST(EventForm, TheFormOfASavedEventShowsItsOwnValues) {
  EventForm form = valid();
  ASSERT_TRUE(form.validate(kThemes, kOrganisers, kNow));
  Event e;
  form.apply_to(e);
  EventForm again = EventForm::from_event(e);
  EXPECT_EQ(again.date, "2026-12-05");
  EXPECT_EQ(again.start_time, "19:30");
  EXPECT_EQ(again.end_time, "21:30");
  EXPECT_EQ(again.organiser, kFoundationValue);
  EXPECT_TRUE(again.validate(kThemes, kOrganisers, kNow, e.starts_at));
}

}  // namespace
}  // namespace omzien::events
