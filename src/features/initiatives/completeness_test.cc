// Completeness: advice for beheerders, never a blocker.
#include "features/initiatives/completeness.h"

#include <gtest/gtest.h>

#include "features/initiatives/texts.h"

namespace omzien::initiatives {
namespace {

Initiative just_the_required_answers() {
  Initiative i;
  i.name = "Repair Café Zeist";
  i.municipality_code = "GM0355";
  i.themes = {"duurzaamheid-energie"};
  i.sentence = "Elke zaterdag repareren we samen kapotte spullen.";
  i.contact_email = "info@voorbeeld.nl";
  return i;
}

TEST(Completeness, ANewProfileIsAlreadyWellUnderWayAndSaysWhatHelpsMost) {
  auto c = assess_completeness(just_the_required_answers());
  EXPECT_EQ(c.percent, 41);  // 5 of 12
  ASSERT_FALSE(c.items.empty());
  EXPECT_EQ(c.items.front().field, "photo");
  EXPECT_EQ(c.items.front().reason, std::string(texts::kCompletePhotoWhy));
  for (const auto& item : c.items) EXPECT_FALSE(item.done) << item.field;
}

TEST(Completeness, EachAdditionCountsAndAFullProfileIsComplete) {
  Initiative i = just_the_required_answers();
  i.photo = std::string(32, 'a');
  auto with_photo = assess_completeness(i);
  EXPECT_GT(with_photo.percent, 41);
  i.description = "Meer over ons.";
  i.target_groups = {"iedereen"};
  i.opening_times = "Zaterdag 10-13 uur";
  i.place = "Zeist-West";
  i.social_links = {"https://www.instagram.com/repaircafe"};
  i.needs = {"Vrijwilligers die kunnen solderen"};
  auto full = assess_completeness(i);
  EXPECT_EQ(full.percent, 100);
  View view = completeness_view(full, "/initiatieven/repair-cafe-zeist/bewerken");
  EXPECT_TRUE(view.find("complete")->flag());
  EXPECT_TRUE(view.find("missing")->empty_list());
}

TEST(Completeness, EveryMissingPartLinksToItsFieldOnTheEditForm) {
  View view = completeness_view(assess_completeness(just_the_required_answers()), "/initiatieven/x/bewerken");
  const View* missing = view.find("missing");
  ASSERT_TRUE(missing);
  ASSERT_EQ(missing->size(), 7u);
  EXPECT_EQ(missing->items()[0].find("link")->text(), "/initiatieven/x/bewerken#photo");
  EXPECT_FALSE(view.find("complete")->flag());
}

}  // namespace
}  // namespace omzien::initiatives
