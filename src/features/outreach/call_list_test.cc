#include "features/outreach/call_list.h"

#include <gtest/gtest.h>

namespace omzien::outreach {
namespace {

constexpr Seconds kStart = 1'800'000'000;

ContactState contact(std::int64_t id, Seconds added) {
  ContactState s;
  s.row.contact = {.id = id, .initiative_name = "Contact " + std::to_string(id), .phone = "06 12345678", .created_at = added};
  s.pipeline = assess_pipeline({.added_at = added}, kStart);
  return s;
}

ContactState called(std::int64_t id, Seconds added, CallOutcome outcome, Seconds at) {
  ContactState s = contact(id, added);
  s.row.last_outcome = outcome;
  s.row.first_called_at = at;
  s.row.last_called_at = at;
  return s;
}

std::vector<std::int64_t> ids(const std::vector<CallListEntry>& list) {
  std::vector<std::int64_t> out;
  for (const auto& e : list) out.push_back(e.state->contact().id);
  return out;
}

TEST(CallList, CallBacksDueComeFirstThenNeverCalledThenNotReachedOldestFirst) {
  std::vector<ContactState> states;
  states.push_back(called(1, kStart, CallOutcome::NoAnswer, kStart + 500));
  states.push_back(contact(2, kStart + 20));
  states.push_back(called(3, kStart, CallOutcome::Voicemail, kStart + 100));
  states.push_back(contact(4, kStart + 10));
  ContactState back = called(5, kStart + 30, CallOutcome::Reached, kStart + 50);
  back.row.contact.call_back_on = "2027-03-01";
  states.push_back(back);
  auto list = order_call_list(states, "2027-03-01");
  EXPECT_EQ(ids(list), (std::vector<std::int64_t>{5, 4, 2, 3, 1}));
  EXPECT_EQ(list[0].reason, CallReason::CallBackDue);
  EXPECT_EQ(list[1].reason, CallReason::NeverCalled);
  EXPECT_EQ(list[3].reason, CallReason::NotReachedYet);
}

TEST(CallList, ACallBackDateKeepsAContactAwayUntilThatDay) {
  ContactState s = called(1, kStart, CallOutcome::NoAnswer, kStart);
  s.row.contact.call_back_on = "2027-03-05";
  EXPECT_FALSE(call_reason(s, "2027-03-04"));
  EXPECT_EQ(call_reason(s, "2027-03-05"), CallReason::CallBackDue);
  EXPECT_EQ(call_reason(s, "2027-03-09"), CallReason::CallBackDue) << "a missed day stays due";
  EXPECT_EQ(count_later_call_backs({s}, "2027-03-04"), 1);
}

TEST(CallList, ReachedWrongNumbersNoPhoneNoAndJoinedLeaveTheList) {
  EXPECT_FALSE(call_reason(called(1, kStart, CallOutcome::Reached, kStart), "2027-01-01"));
  EXPECT_FALSE(call_reason(called(2, kStart, CallOutcome::WrongNumber, kStart), "2027-01-01"));
  ContactState no_phone = contact(3, kStart);
  no_phone.row.contact.phone.clear();
  EXPECT_FALSE(call_reason(no_phone, "2027-01-01"));
  ContactState declined = contact(4, kStart);
  declined.row.contact.answer = Answer::Declines;
  EXPECT_FALSE(call_reason(declined, "2027-01-01"));
  ContactState joined = contact(5, kStart);
  joined.pipeline = assess_pipeline({.added_at = kStart, .has_profile = true}, kStart);
  EXPECT_FALSE(call_reason(joined, "2027-01-01"));
}

TEST(CallList, DatesAreReadAsADateFieldOrAsTyped) {
  EXPECT_EQ(parse_date("2027-03-05"), "2027-03-05");
  EXPECT_EQ(parse_date("5-3-2027"), "2027-03-05");
  EXPECT_EQ(parse_date("05/03/2027"), "2027-03-05");
  EXPECT_EQ(parse_date("29-2-2028"), "2028-02-29");
  EXPECT_FALSE(parse_date("29-2-2027"));
  EXPECT_FALSE(parse_date("32-1-2027"));
  EXPECT_FALSE(parse_date("morgen"));
  EXPECT_FALSE(parse_date(""));
  EXPECT_EQ(format_date("2027-03-05"), "5 maart 2027");
}

TEST(CallList, TodayIsTheDateInAmsterdam) {
  // 2026-12-31 23:30 UTC is already 1 January in Amsterdam (CET, UTC+1).
  EXPECT_EQ(amsterdam_date(1798759800), "2027-01-01");
  // 2027-07-01 22:30 UTC is 2 July 00:30 in summer time (UTC+2).
  EXPECT_EQ(amsterdam_date(1814481000), "2027-07-02");
}

}  // namespace
}  // namespace omzien::outreach
