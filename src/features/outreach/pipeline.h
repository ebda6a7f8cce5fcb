// The pipeline of one contact in the address file: from "nog niet benaderd" to "actief", with
// the date each step was reached. Pure rules over facts gathered elsewhere (funnel.h), so they
// are tested without a database. Steps the platform sees (mail sent, claim, profile complete,
// login) come from data; call outcomes and answers are entered by hand.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/clock.h"

namespace omzien::outreach {

// In pipeline order; a later stage counts as further along.
enum class Stage { NotApproached, Mailed, Called, Answered, ProfileCreated, ProfileComplete, Active };
inline constexpr int kStageCount = 7;
inline constexpr std::array<Stage, kStageCount> kStages = {Stage::NotApproached,  Stage::Mailed,
                                                           Stage::Called,         Stage::Answered,
                                                           Stage::ProfileCreated, Stage::ProfileComplete,
                                                           Stage::Active};

enum class CallOutcome { Reached, Voicemail, NoAnswer, WrongNumber };
enum class Answer { None, WantsToJoin, Doubts, Declines };

// A profile counts as active while a beheerder logged in or it changed within this window.
inline constexpr Seconds kActiveWindow = 90 * 86400;
// A profile counts as complete from this completeness percentage (initiatives/completeness.h):
// the five required answers plus at least four of the seven optional parts.
inline constexpr int kCompletePercent = 75;

struct PipelineFacts {
  Seconds added_at = 0;
  std::optional<Seconds> first_mailed_at = {};  // first invitation queued to the outbox
  std::optional<Seconds> first_called_at = {};
  Answer answer = Answer::None;
  std::optional<Seconds> answered_at = {};
  bool has_profile = false;  // a linked profile that its own people run (claimed or made by them)
  std::optional<Seconds> profile_at = {};
  bool profile_complete = false;
  std::optional<Seconds> complete_at = {};  // first seen complete; may be unknown
  std::optional<Seconds> last_activity_at = {};  // newest beheerder login or profile change
};

struct Pipeline {
  Stage stage = Stage::NotApproached;  // the furthest stage reached
  // When each stage was reached (index: the Stage); nullopt when not reached.
  std::array<std::optional<Seconds>, kStageCount> reached_at = {};

  bool reached(Stage s) const { return reached_at[static_cast<int>(s)].has_value(); }
  std::optional<Seconds> at(Stage s) const { return reached_at[static_cast<int>(s)]; }
};

// The pipeline the facts describe at `now`. Steps may be skipped (a contact who made a profile
// without ever being mailed); "actief" only while the latest activity is within kActiveWindow.
Pipeline assess_pipeline(const PipelineFacts& facts, Seconds now);

// Ids for URLs, forms and files ("nog-niet-benaderd", "gemaild", ...), and back.
std::string_view stage_id(Stage stage);
std::optional<Stage> parse_stage(std::string_view id);
// Dutch labels for people ("Nog niet benaderd", ...).
std::string_view stage_label(Stage stage);

std::string_view outcome_id(CallOutcome outcome);  // "bereikt", "voicemail", "geen-gehoor", "verkeerd-nummer"
std::optional<CallOutcome> parse_outcome(std::string_view id);
std::string_view outcome_label(CallOutcome outcome);

std::string_view answer_id(Answer answer);  // "", "wil-meedoen", "twijfelt", "wil-niet"
std::optional<Answer> parse_answer(std::string_view id);
std::string_view answer_label(Answer answer);

}  // namespace omzien::outreach
