#include "features/accounts/login.h"

#include <algorithm>

#include "app/app.h"
#include "core/crypto.h"
#include "core/log.h"
#include "core/text.h"
#include "features/accounts/login_token_store.h"
#include "features/accounts/texts.h"
#include "web/compose_mail.h"

namespace omzien::accounts {

std::string hash_code(const App& app, std::string_view email, std::string_view code) {
  return keyed_hash(app.secret, "login-code:" + normalize_email(email) + ":" + std::string(code));
}

Result<void> queue_login_mail(App& app, db::Connection& c, std::string_view email_input) {
  std::string email = normalize_email(email_input);
  Seconds now = app.clock.now();
  std::string code = random_digits(6);
  std::string link_token = random_token(32);
  auto inserted = insert_login_token(c, email, hash_code(app, email, code), hash_token(link_token),
                                     TokenPurpose::Login, now, now + kTokenLifetime);
  if (!inserted) return inserted.error();
  (void)delete_old_tokens(c, now);
  std::string link = app.url("/inloggen/link?t=" + link_token);
  View view;
  view.set("code", code).set("link", link).set("minutes", static_cast<int>(kTokenLifetime / 60));
  mail::Message message = web::compose_mail(app, email, texts::kLoginMailSubject, "accounts/mail_login", view);
  message.kind = "login";
  if (auto queued = app.queue_mail(c, message); !queued) return queued.error();
  if (app.mail_goes_to_files()) {
    // Only on a machine without SMTP (local use): the mail is a file there anyway.
    log_info("Inloglink (alleen zichtbaar omdat mail naar bestanden gaat): {}", link);
  }
  return {};
}

Result<CodeOutcome> check_code(App& app, db::Connection& c, std::string_view email_input, std::string_view code_input) {
  std::string email = normalize_email(email_input);
  std::string code;
  for (char ch : code_input)
    if (ch >= '0' && ch <= '9') code += ch;  // "123 456" and "123-456" are the same code
  Seconds now = app.clock.now();
  auto tokens = find_active_tokens(c, email, now, kMaxWrongCodes + 1);
  if (tokens.empty()) return CodeOutcome{CodeCheck::NoActiveCode, 0};
  std::string wanted = hash_code(app, email, code);
  for (const auto& token : tokens) {
    if (code.size() == 6 && constant_time_equal(token.code_hash, wanted)) {
      auto used = mark_token_used(c, token.id, now);
      if (!used) return used.error();
      if (!*used) return CodeOutcome{CodeCheck::NoActiveCode, 0};
      return CodeOutcome{CodeCheck::Accepted, 0};
    }
  }
  if (auto counted = count_wrong_code(c, email, now); !counted) return counted.error();
  int most_tries_left = 0;
  for (const auto& token : tokens) most_tries_left = std::max(most_tries_left, kMaxWrongCodes - token.wrong_attempts);
  if (most_tries_left <= 0) return CodeOutcome{CodeCheck::NoActiveCode, 0};
  return CodeOutcome{CodeCheck::Wrong, most_tries_left};
}

std::optional<LinkState> peek_link(App& app, std::string_view token) {
  if (token.empty() || token.size() > 100) return std::nullopt;
  auto found = app.db->read([&](db::Connection& c) { return find_token_by_link(c, hash_token(token)); });
  if (!found) return std::nullopt;
  return LinkState{found->email, !found->used_at && found->expires_at > app.clock.now()};
}

Result<std::optional<std::string>> use_link(App& app, db::Connection& c, std::string_view token) {
  if (token.empty() || token.size() > 100) return std::optional<std::string>();
  auto found = find_token_by_link(c, hash_token(token));
  if (!found) return std::optional<std::string>();
  auto used = mark_token_used(c, found->id, app.clock.now());
  if (!used) return used.error();
  if (!*used) return std::optional<std::string>();
  return std::optional<std::string>(found->email);
}

Result<std::string> make_phone_code(App& app, db::Connection& c, std::string_view email_input) {
  std::string email = normalize_email(email_input);
  Seconds now = app.clock.now();
  std::string code = random_digits(6);
  auto inserted = insert_login_token(c, email, hash_code(app, email, code), std::nullopt, TokenPurpose::Phone, now,
                                     now + kTokenLifetime);
  if (!inserted) return inserted.error();
  return code;
}

}  // namespace omzien::accounts
