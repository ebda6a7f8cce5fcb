// The form of an invitation campaign: what was typed (kept when wrong), its checks with a Dutch
// message per field, and the Campaign it becomes.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/view.h"
#include "features/accounts/account.h"
#include "features/outreach/campaign_store.h"
#include "http/request.h"

namespace omzien::outreach {

inline constexpr std::size_t kMaxSubjectLength = 200;
inline constexpr std::size_t kMaxBodyLength = 10000;

struct CampaignForm {
  std::string name = {};
  std::string subject = {};
  std::string body = {};
  std::string reminder_days = "0";
  std::string reminder_subject = {};
  std::string reminder_body = {};
  std::string filter_stage = {};
  std::string filter_municipality = {};
  std::string filter_linking_pin = {};
  std::string per_minute = "10";
  std::map<std::string, std::string> errors = {};

  static CampaignForm from_request(const http::Request& request);
  static CampaignForm from_campaign(const Campaign& campaign);

  // Checks every field: texts present and not too long, {link} in each mail, no unknown
  // placeholders, numbers in range, a known selection. True when there are no errors.
  bool validate(const std::vector<accounts::Account>& linking_pins);
  // The texts and selection onto `campaign` (keeps its id, status and dates).
  void apply_to(Campaign& campaign) const;
  // The fields, errors and choices for the form template.
  View to_view(const std::vector<accounts::Account>& linking_pins) const;
};

}  // namespace omzien::outreach
