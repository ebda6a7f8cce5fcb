#include "features/outreach/pipeline.h"

#include <algorithm>

#include "features/outreach/texts.h"

namespace omzien::outreach {
namespace {

constexpr std::array<std::string_view, kStageCount> kStageIds = {
    "nog-niet-benaderd", "gemaild", "gebeld", "geantwoord", "profiel-aangemaakt", "profiel-compleet", "actief"};

}  // namespace

Pipeline assess_pipeline(const PipelineFacts& facts, Seconds now) {
  Pipeline p;
  auto mark = [&](Stage stage, std::optional<Seconds> at) { p.reached_at[static_cast<int>(stage)] = at; };
  mark(Stage::NotApproached, facts.added_at);
  if (facts.first_mailed_at) mark(Stage::Mailed, facts.first_mailed_at);
  if (facts.first_called_at) mark(Stage::Called, facts.first_called_at);
  if (facts.answer != Answer::None) mark(Stage::Answered, facts.answered_at.value_or(facts.added_at));
  if (facts.has_profile) {
    Seconds made = facts.profile_at.value_or(facts.added_at);
    mark(Stage::ProfileCreated, made);
    // A complete profile whose moment we did not see counts from its creation.
    if (facts.profile_complete) mark(Stage::ProfileComplete, std::max(made, facts.complete_at.value_or(made)));
    if (facts.last_activity_at && now - *facts.last_activity_at <= kActiveWindow)
      mark(Stage::Active, facts.last_activity_at);
  }
  for (Stage stage : kStages)
    if (p.reached(stage)) p.stage = stage;
  return p;
}

std::string_view stage_id(Stage stage) { return kStageIds[static_cast<int>(stage)]; }

std::optional<Stage> parse_stage(std::string_view id) {
  for (Stage stage : kStages)
    if (stage_id(stage) == id) return stage;
  return std::nullopt;
}

std::string_view stage_label(Stage stage) { return texts::kStageLabels[static_cast<int>(stage)]; }

std::string_view outcome_id(CallOutcome outcome) {
  switch (outcome) {
    case CallOutcome::Reached: return "bereikt";
    case CallOutcome::Voicemail: return "voicemail";
    case CallOutcome::NoAnswer: return "geen-gehoor";
    case CallOutcome::WrongNumber: return "verkeerd-nummer";
  }
  return "bereikt";
}

std::optional<CallOutcome> parse_outcome(std::string_view id) {
  for (CallOutcome o : {CallOutcome::Reached, CallOutcome::Voicemail, CallOutcome::NoAnswer, CallOutcome::WrongNumber})
    if (outcome_id(o) == id) return o;
  return std::nullopt;
}

std::string_view outcome_label(CallOutcome outcome) { return texts::kOutcomeLabels[static_cast<int>(outcome)]; }

std::string_view answer_id(Answer answer) {
  switch (answer) {
    case Answer::None: return "";
    case Answer::WantsToJoin: return "wil-meedoen";
    case Answer::Doubts: return "twijfelt";
    case Answer::Declines: return "wil-niet";
  }
  return "";
}

std::optional<Answer> parse_answer(std::string_view id) {
  for (Answer a : {Answer::None, Answer::WantsToJoin, Answer::Doubts, Answer::Declines})
    if (answer_id(a) == id) return a;
  return std::nullopt;
}

std::string_view answer_label(Answer answer) { return texts::kAnswerLabels[static_cast<int>(answer)]; }

}  // namespace omzien::outreach
