// The texts of invitation mails and who a campaign goes to, without a database.
#include "features/outreach/campaign.h"

#include <gtest/gtest.h>

namespace omzien::outreach {
namespace {

TEST(CampaignText, PlaceholdersAreFilledInForEachContact) {
  Contact c{.initiative_name = "Repair Café", .person_name = "Jan", .municipality_code = "GM0355"};
  MailValues values = values_for(c, "https://omzien.example/meedoen?t=abc");
  EXPECT_EQ(fill_placeholders("Beste {naam}, zet {Initiatief} uit {gemeente} erop: {link}", values),
            "Beste Jan, zet Repair Café uit Zeist erop: https://omzien.example/meedoen?t=abc");
  EXPECT_EQ(fill_placeholders("{ naam } en {onbekend} en {", values), "Jan en {onbekend} en {");
}

TEST(CampaignText, MissingNamesGetAFriendlyWord) {
  MailValues values = values_for(Contact{.email = "x@y.nl"}, "L");
  EXPECT_EQ(fill_placeholders("Beste {naam}, over {initiatief}", values), "Beste initiatiefnemer, over je initiatief");
}

TEST(CampaignText, UnknownPlaceholdersAreFoundOnce) {
  EXPECT_EQ(unknown_placeholders("{adres} {naam} {ADRES} {adres} {link}"), (std::vector<std::string>{"{adres}", "{ADRES}"}));
  EXPECT_TRUE(unknown_placeholders("Geen accolades").empty());
}

TEST(CampaignText, TheHtmlPartGetsParagraphsLinksAndAButtonForALinkOnItsOwn) {
  View v = text_paragraphs("Hallo,\nregel twee\n\nhttps://omzien.example/meedoen?t=x\n\nZie https://omzien.example en javascript:alert(1)");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_FALSE(v.items()[0].find("button")->flag());
  EXPECT_EQ(v.items()[0].find("lines")->size(), 2u);
  EXPECT_TRUE(v.items()[1].find("button")->flag());
  const View& words = *v.items()[2].find("lines")->items()[0].find("segments");
  int links = 0;
  for (const auto& w : words.items()) links += w.find("is_link")->flag() ? 1 : 0;
  EXPECT_EQ(links, 1) << "only http(s) becomes a link";
}

ContactState state(std::int64_t id, std::string email, std::string municipality, bool opted_out = false) {
  ContactState s;
  s.row.contact = {.id = id, .email = std::move(email), .municipality_code = std::move(municipality)};
  s.pipeline = assess_pipeline({.added_at = 1}, 1);
  s.opted_out = opted_out;
  return s;
}

TEST(CampaignSelection, OptedOutAndAddresslessContactsAreShownButNotMailed) {
  std::vector<ContactState> states = {state(1, "a@x.nl", "GM0355"), state(2, "b@x.nl", "GM0355", true),
                                      state(3, "", "GM0355"), state(4, "d@x.nl", "GM0344")};
  Campaign zeist{.filter_municipality = "GM0355"};
  auto recipients = select_recipients(states, zeist);
  ASSERT_EQ(recipients.size(), 3u);
  EXPECT_EQ(recipients[1].delivery, Delivery::OptedOut);
  EXPECT_EQ(recipients[2].delivery, Delivery::NoEmail);
  EXPECT_EQ(count_receiving(recipients), 1);
}

TEST(CampaignSelection, ThoseWhoJoinedOrSaidNoAreNeverInASelection) {
  ContactState joined = state(1, "a@x.nl", "");
  joined.pipeline = assess_pipeline({.added_at = 1, .has_profile = true, .profile_at = 1}, 1);
  ContactState declined = state(2, "b@x.nl", "");
  declined.row.contact.answer = Answer::Declines;
  for (std::string_view selection : kSelections) {
    Campaign c{.filter_stage = std::string(selection)};
    EXPECT_FALSE(in_selection(joined, c)) << selection;
    EXPECT_FALSE(in_selection(declined, c)) << selection;
  }
  ContactState doubting = state(3, "c@x.nl", "");
  doubting.row.contact.answer = Answer::Doubts;
  EXPECT_TRUE(in_selection(doubting, Campaign{.filter_stage = "twijfelt"}));
  EXPECT_FALSE(in_selection(doubting, Campaign{.filter_stage = "wil-meedoen"}));
  ContactState pinned = state(4, "d@x.nl", "");
  pinned.row.contact.linking_pin_id = 7;
  EXPECT_TRUE(in_selection(pinned, Campaign{.filter_linking_pin = "7"}));
  EXPECT_FALSE(in_selection(pinned, Campaign{.filter_linking_pin = "geen"}));
  EXPECT_TRUE(in_selection(state(5, "e@x.nl", ""), Campaign{.filter_linking_pin = "geen"}));
}

}  // namespace
}  // namespace omzien::outreach
