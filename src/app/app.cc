#include "app/app.h"

#include "core/log.h"
#include "mail/outbox.h"
#include "mail/sender.h"
#include "search/index.h"

namespace omzien {

App::App() = default;
App::~App() = default;

Result<std::int64_t> App::queue_mail(db::Connection& c, const mail::Message& message) {
  auto queued = mail::queue_mail(c, message, config.smtp.from, clock.now());
  // The sender waits for the writer lock, so it sees the row once this transaction commits.
  if (queued && mail_sender) mail_sender->notify();
  return queued;
}

void App::run_scheduled_jobs() {
  for (const auto& job : scheduled_jobs) {
    try {
      job.run(*this);
    } catch (const std::exception& e) {
      log_error("scheduled job {} failed: {}", job.name, e.what());
    }
  }
}

void App::notify_content_changed(const ContentChange& change) {
  notify_content_changed(std::span<const ContentChange>(&change, 1));
}

void App::notify_content_changed(std::span<const ContentChange> changes) {
  if (changes.empty()) return;
  for (const auto& listener : content_listeners) listener(*this, changes);
}

}  // namespace omzien
