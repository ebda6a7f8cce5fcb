// Where contacts stand: the rows of the address file joined (in C++, through the initiatives
// and accounts headers) with what their linked profile shows, and their pipeline. What the
// platform sees is read from its source each time, never copied: claimed, complete, last login.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "db/db.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/pipeline.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

// The linked profile as the pipeline needs it.
struct ProfileFacts {
  std::int64_t id = 0;
  std::string name;
  std::string slug;
  bool claimed = false;  // run by its own people
  bool hidden = false;
  int percent = 0;       // completeness
  std::optional<Seconds> created_at;  // when its own people started running it (claim or creation)
  std::optional<Seconds> last_activity_at;
};
// nullopt when the profile does not exist (any more).
std::optional<ProfileFacts> profile_facts(db::Connection& c, std::int64_t initiative_id);

struct ContactState {
  ContactRow row;
  std::optional<ProfileFacts> profile;
  Pipeline pipeline;
  bool opted_out = false;
  const Contact& contact() const { return row.contact; }
};

// The pipeline's facts for one row and its profile.
PipelineFacts pipeline_facts(const ContactRow& row, const std::optional<ProfileFacts>& profile);

// Every contact matching `query` with its profile and pipeline, oldest first.
std::vector<ContactState> load_contact_states(App& app, db::Connection& c, const ContactQuery& query);
std::vector<ContactState> load_contact_states(App& app, const ContactQuery& query);
// One contact; nullopt when there is none.
std::optional<ContactState> load_contact_state(App& app, std::int64_t contact_id);

}  // namespace omzien::outreach
