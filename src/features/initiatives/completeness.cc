#include "features/initiatives/completeness.h"

#include "features/initiatives/texts.h"

namespace omzien::initiatives {
namespace {

// Name, municipality, themes, sentence and contact address: a profile cannot exist without them.
constexpr int kRequiredAnswers = 5;

}  // namespace

Completeness assess_completeness(const Initiative& i) {
  Completeness c;
  c.items = {
      {"photo", texts::kCompletePhoto, texts::kCompletePhotoWhy, !i.photo.empty()},
      {"description", texts::kCompleteDescription, texts::kCompleteDescriptionWhy, !i.description.empty()},
      {"target_groups", texts::kCompleteTargetGroups, texts::kCompleteTargetGroupsWhy, !i.target_groups.empty()},
      {"opening_times", texts::kCompleteOpeningTimes, texts::kCompleteOpeningTimesWhy, !i.opening_times.empty()},
      {"place", texts::kCompletePlace, texts::kCompletePlaceWhy, !i.place.empty() || !i.address.empty()},
      {"website", texts::kCompleteWebsite, texts::kCompleteWebsiteWhy, !i.website.empty() || !i.social_links.empty()},
      {"offers", texts::kCompleteOffersNeeds, texts::kCompleteOffersNeedsWhy, !i.offers.empty() || !i.needs.empty()},
  };
  int done = kRequiredAnswers;
  for (const auto& item : c.items) done += item.done ? 1 : 0;
  c.percent = done * 100 / (kRequiredAnswers + static_cast<int>(c.items.size()));
  return c;
}

View completeness_view(const Completeness& completeness, std::string_view edit_path) {
  View missing = View::list();
  for (const auto& item : completeness.items) {
    if (item.done) continue;
    missing.push(View()
                     .set("label", item.label)
                     .set("reason", item.reason)
                     .set("link", std::string(edit_path) + "#" + item.field));
  }
  View v;
  v.set("percent", completeness.percent);
  v.set("complete", missing.empty_list());
  v.set("missing", missing);
  return v;
}

}  // namespace omzien::initiatives
