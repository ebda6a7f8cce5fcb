// Calling (staff and LinkingPins, on a phone): the call list, one contact to call, the outcome in
// two taps, and the mails a caller sends while on the phone.
#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/accounts/account_store.h"
#include "features/accounts/login.h"
#include "features/outreach/call_list.h"
#include "features/outreach/campaign.h"
#include "features/outreach/contact_access.h"
#include "features/outreach/handlers.h"
#include "features/outreach/initiative_pins.h"
#include "features/outreach/linking_pins.h"
#include "features/outreach/texts.h"
#include "features/outreach/views.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::outreach {
namespace {

constexpr std::size_t kMaxNoteLength = 2000;
constexpr int kInvitationsPerContactPerDay = 3;
constexpr int kLoginMailsPerContactPerHour = 5;

// The caller's own list: a LinkingPin's contacts, or for staff every contact.
std::vector<ContactState> callable_states(App& app, const Viewer& viewer) {
  ContactQuery query;
  if (!viewer.is_staff()) query.linking_pin_id = viewer.account_id;
  return load_contact_states(app, query);
}

std::string reason_label(const CallListEntry& entry) {
  switch (entry.reason) {
    case CallReason::CallBackDue: return fmt::format(fmt::runtime(texts::kReasonCallBack), format_date(entry.state->contact().call_back_on));
    case CallReason::NeverCalled: return texts::kReasonNeverCalled;
    case CallReason::NotReachedYet:
      return fmt::format(fmt::runtime(texts::kReasonNotReached),
                         format_dutch_date(entry.state->row.last_called_at.value_or(0)));
  }
  return "";
}

// The contact after `contact_id` in the caller's list (or the first one when it is not in it).
std::optional<std::int64_t> next_to_call(App& app, const Viewer& viewer, std::int64_t contact_id) {
  auto states = callable_states(app, viewer);
  auto list = order_call_list(states, amsterdam_date(app.clock.now()));
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].state->contact().id == contact_id && i + 1 < list.size()) return list[i + 1].state->contact().id;
  // Not in the list (any more), or its last: start again from the top.
  for (const auto& entry : list)
    if (entry.state->contact().id != contact_id) return entry.state->contact().id;
  return std::nullopt;
}

struct Outcome {
  CallOutcome outcome = CallOutcome::Reached;
  Answer answer = Answer::None;
};
// "voicemail", "bereikt", "bereikt:wil-meedoen", ...
std::optional<Outcome> parse_button(std::string_view value) {
  auto colon = value.find(':');
  auto outcome = parse_outcome(value.substr(0, colon));
  if (!outcome) return std::nullopt;
  Answer answer = Answer::None;
  if (colon != std::string_view::npos) {
    auto parsed = parse_answer(value.substr(colon + 1));
    if (!parsed || *outcome != CallOutcome::Reached) return std::nullopt;
    answer = *parsed;
  }
  return Outcome{*outcome, answer};
}

View outcome_buttons() {
  View list = View::list();
  auto add = [&](std::string value, std::string_view label, bool main) {
    list.push(View().set("value", std::move(value)).set("label", label).set("main", main));
  };
  add("bereikt:wil-meedoen", texts::kButtonWantsToJoin, true);
  add("bereikt:twijfelt", texts::kButtonDoubts, true);
  add("bereikt:wil-niet", texts::kButtonDeclines, true);
  add("bereikt", texts::kButtonReached, false);
  add("voicemail", texts::kButtonVoicemail, false);
  add("geen-gehoor", texts::kButtonNoAnswer, false);
  add("verkeerd-nummer", texts::kButtonWrongNumber, false);
  return list;
}

http::Response render_card(App& app, const http::Request& request, const ContactState& state,
                           const std::map<std::string, std::string>& errors, const std::string& note,
                           const std::string& call_back, int status) {
  const Contact& contact = state.contact();
  auto pins = app.db->read([](db::Connection& c) { return list_linking_pins(c); });
  auto calls = app.db->read([&](db::Connection& c) { return list_calls(c, contact.id); });
  bool has_account = !contact.email.empty() &&
                     app.db->read([&](db::Connection& c) { return accounts::find_account_by_email(c, contact.email).has_value(); });
  View view;
  view.set("contact", contact_view(state, pin_names(pins))).set("buttons", outcome_buttons());
  View recent = View::list();
  for (std::size_t i = 0; i < calls.size() && i < 5; ++i) recent.push(call_view(calls[i]));
  view.set("calls", recent).set("note", note).set("call_back", call_back).set("today", amsterdam_date(app.clock.now()));
  view.set("can_invite", !contact.email.empty() && !state.opted_out && !state.pipeline.reached(Stage::ProfileCreated));
  view.set("has_account", has_account).set("back", "/bellen/" + std::to_string(contact.id));
  if (auto next = next_to_call(app, request.viewer, contact.id)) view.set("skip_to", "/bellen/" + std::to_string(*next));
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "outreach/call_card", std::move(view),
                          {.title = fmt::format(fmt::runtime(texts::kCallTitle), display_name(contact)), .status = status});
}

}  // namespace

http::Response show_call_list(App& app, const http::Request& request) {
  if (auto denied = web::require_staff_or_linking_pin(app, request)) return *denied;
  auto states = callable_states(app, request.viewer);
  std::string today = amsterdam_date(app.clock.now());
  auto list = order_call_list(states, today);
  auto pins = app.db->read([](db::Connection& c) { return list_linking_pins(c); });
  PinNames names = pin_names(pins);
  View entries = View::list();
  for (const auto& entry : list) {
    View v = contact_view(*entry.state, names);
    v.set("reason", reason_label(entry)).set("call_back_due", entry.reason == CallReason::CallBackDue);
    entries.push(std::move(v));
  }
  View view;
  if (!list.empty()) view.set("next", entries.items().front());
  view.set("entries", entries).set("count", static_cast<int>(list.size())).set("none", list.empty());
  int later = count_later_call_backs(states, today);
  view.set("later", later).set("has_later", later > 0).set("staff", request.viewer.is_staff());
  // Staff see every initiative elsewhere; a LinkingPin sees here the ones given to her directly.
  if (!request.viewer.is_staff()) {
    View initiatives = assigned_initiatives_view(app, request.viewer.account_id);
    view.set("has_initiatives", !initiatives.empty_list()).set("initiatives", std::move(initiatives));
  }
  return web::render_page(app, request, "outreach/call_list", std::move(view), {.title = texts::kCallListTitle});
}

http::Response show_call_card(App& app, const http::Request& request) {
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  return render_card(app, request, std::get<ContactState>(found), {}, "", "", 200);
}

http::Response record_call(App& app, const http::Request& request) {
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const ContactState& state = std::get<ContactState>(found);
  const Contact& contact = state.contact();
  std::string note = trim(request.form.get("note"));
  std::string typed_date = trim(request.form.get("call_back_on"));
  std::string today = amsterdam_date(app.clock.now());
  std::map<std::string, std::string> errors;
  auto outcome = parse_button(request.form.get("outcome"));
  if (!outcome) errors["outcome"] = texts::kChooseOutcome;
  std::string call_back;
  if (!typed_date.empty()) {
    auto date = parse_date(typed_date);
    if (!date) errors["call_back_on"] = texts::kDateInvalid;
    else if (*date < today) errors["call_back_on"] = texts::kDateInPast;
    else call_back = *date;
  }
  if (utf8_length(note) > kMaxNoteLength) errors["note"] = texts::kNoteTooLong;
  if (!errors.empty()) return render_card(app, request, state, errors, note, typed_date, 422);

  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    Call call{.contact_id = contact.id, .caller_id = request.viewer.account_id, .caller_label = request.viewer.display_name(),
              .at = app.clock.now(), .outcome = outcome->outcome, .answer = outcome->answer, .note = note,
              .call_back_on = call_back};
    if (auto r = insert_call(c, call); !r) return r.error();
    if (outcome->answer != Answer::None)
      if (auto r = set_answer(c, contact.id, outcome->answer, app.clock.now()); !r) return r;
    if (auto r = set_call_back(c, contact.id, call_back, app.clock.now()); !r) return r;
    std::string detail = fmt::format(fmt::runtime(texts::kAuditCalled), outcome_label(outcome->outcome));
    if (outcome->answer != Answer::None) detail += " – " + std::string(answer_label(outcome->answer));
    if (!call_back.empty()) detail += fmt::format(fmt::runtime(texts::kAuditCallBack), format_date(call_back));
    return audit::record(c, request_entry(app, request, "contact.call", contact_subject(contact.id), detail));
  });
  if (!done) return web::page_for_error(app, request, done.error());
  std::string saved = fmt::format(fmt::runtime(texts::kCallSaved), outcome_label(outcome->outcome));
  if (request.form.has("next")) return web::redirect_with_flash(app, next_path(request, "/bellen"), saved);
  auto next = next_to_call(app, request.viewer, contact.id);
  return web::redirect_with_flash(app, next ? "/bellen/" + std::to_string(*next) : std::string("/bellen"),
                                  next ? saved + " " + std::string(texts::kNextContact) : saved + " " + std::string(texts::kListDone));
}

http::Response send_invitation(App& app, const http::Request& request) {
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const Contact& contact = std::get<ContactState>(found).contact();
  std::string back = next_path(request, "/beheer/adresbestand/" + std::to_string(contact.id));
  if (!app.rate_limiter.allow("outreach-invite:" + std::to_string(contact.id), kInvitationsPerContactPerDay, 86400))
    return web::redirect_with_flash(app, back, texts::kTooManyInvitations, "error");
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    Campaign texts_to_use = default_campaign(app);
    if (const std::string& choice = request.form.get("text"); !choice.empty()) {
      try {
        if (auto campaign = find_campaign(c, std::stoll(choice))) texts_to_use = *campaign;
      } catch (...) {
      }
    }
    return send_invitation_now(app, c, contact, texts_to_use, request.viewer);
  });
  if (!done && done.error().kind == ErrorKind::Conflict) return web::redirect_with_flash(app, back, texts::kCannotInvite, "error");
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, back, texts::kInvitationSent);
}

http::Response send_login_mail(App& app, const http::Request& request) {
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const Contact& contact = std::get<ContactState>(found).contact();
  std::string back = next_path(request, "/beheer/adresbestand/" + std::to_string(contact.id));
  if (!app.rate_limiter.allow("outreach-login:" + std::to_string(contact.id), kLoginMailsPerContactPerHour, 3600))
    return web::redirect_with_flash(app, back, texts::kTooManyLoginMails, "error");
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (contact.email.empty() || !accounts::find_account_by_email(c, contact.email)) return conflict("no account");
    if (auto r = accounts::queue_login_mail(app, c, contact.email); !r) return r;
    return audit::record(c, request_entry(app, request, "contact.login_mail", contact_subject(contact.id), texts::kAuditLoginMail));
  });
  if (!done && done.error().kind == ErrorKind::Conflict) return web::redirect_with_flash(app, back, texts::kNoAccount, "error");
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, back, texts::kLoginMailSent);
}

}  // namespace omzien::outreach
