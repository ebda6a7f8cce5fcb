#include "mail/sender.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/curl_ready.h"
#include "core/log.h"
#include "mail/mime.h"
#include "mail/outbox.h"

namespace omzien::mail {
namespace {

// How often the thread looks for due rows (retries) when nobody calls notify().
constexpr std::chrono::seconds kPollInterval{5};

struct Upload {
  const std::string* data;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  std::size_t length = std::min(size * count, upload->data->size() - upload->offset);
  std::memcpy(buffer, upload->data->data() + upload->offset, length);
  upload->offset += length;
  return length;
}

// The server's replies as libcurl sees them ("250-..." continues a reply, "250 ..." ends it).
// Only what the server said is kept: our own commands (addresses, AUTH) are never looked at.
struct Replies {
  std::string current;
  std::vector<std::string> complete;

  // The last reply with `code`: after a refusal libcurl still says QUIT, and "221 Bye" is not
  // what staff need to see.
  std::string with_code(long code) const {
    std::string prefix = std::to_string(code);
    for (auto reply = complete.rbegin(); reply != complete.rend(); ++reply)
      if (reply->rfind(prefix, 0) == 0) return *reply;
    return {};
  }
};

int record_reply(CURL*, curl_infotype type, char* data, std::size_t size, void* user) {
  if (type != CURLINFO_HEADER_IN) return 0;
  auto* replies = static_cast<Replies*>(user);
  std::string line(data, size);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  if (!replies->current.empty()) replies->current += ' ';
  replies->current += line;
  bool final_line = line.size() < 4 || line[3] != '-';
  if (final_line) {
    replies->complete.push_back(std::move(replies->current));
    replies->current.clear();
  }
  return 0;
}

// 5xx replies to AUTH (or "authentication required") mean our settings are wrong, not the
// recipient: keep the mail and retry, so fixing the password delivers it.
bool is_configuration_reply(long code) { return code == 530 || code == 534 || code == 535 || code == 538; }

DeliveryOutcome classify(CURLcode result, long code) {
  if (result == CURLE_OK) return DeliveryOutcome::Delivered;
  if (result == CURLE_LOGIN_DENIED || result == CURLE_USE_SSL_FAILED || is_configuration_reply(code))
    return DeliveryOutcome::TemporaryFailure;
  if (code >= 500 && code <= 599) return DeliveryOutcome::PermanentFailure;
  return DeliveryOutcome::TemporaryFailure;  // 4xx, no reply, timeouts, TLS trouble
}

std::string file_name_for(std::int64_t id, Seconds now) {
  std::time_t time = static_cast<std::time_t>(now);
  std::tm tm{};
  gmtime_r(&time, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  return std::string(stamp) + "-" + std::to_string(id) + ".eml";
}

Delivery file_error(std::string_view what, int error_number) {
  std::string reason = std::string(what) + ": " + std::strerror(error_number);
  return {DeliveryOutcome::TemporaryFailure, reason, 0, reason};
}

bool write_all(int fd, const std::string& data) {
  std::size_t written = 0;
  while (written < data.size()) {
    ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

Delivery send_smtp(const SmtpConfig& smtp, const std::string& recipient, const std::string& mime) {
  (void)ensure_curl_ready();
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) return {DeliveryOutcome::TemporaryFailure, "libcurl could not start", 0, "curl_easy_init failed"};
  CURL* handle = curl.get();

  std::string from = "<" + address_of(smtp.from) + ">";
  std::string to = "<" + recipient + ">";
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(curl_slist_append(nullptr, to.c_str()),
                                                                         &curl_slist_free_all);
  Upload upload{&mime};
  Replies replies;
  char error_text[CURL_ERROR_SIZE] = {0};
  long timeout = std::max(1, smtp.timeout_seconds);

  curl_easy_setopt(handle, CURLOPT_URL, smtp.url.c_str());
  curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
  curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(handle, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
  curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(mime.size()));
  // smtp:// upgrades with STARTTLS when the server offers it; require_tls refuses plain text.
  // smtps:// is TLS from the first byte either way.
  curl_easy_setopt(handle, CURLOPT_USE_SSL, smtp.require_tls ? CURLUSESSL_ALL : CURLUSESSL_TRY);
  if (!smtp.user.empty()) {
    curl_easy_setopt(handle, CURLOPT_USERNAME, smtp.user.c_str());
    curl_easy_setopt(handle, CURLOPT_PASSWORD, smtp.password.c_str());
  }
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, timeout);
  curl_easy_setopt(handle, CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
  // A server that stops reading mid-message would otherwise hold the sender forever.
  curl_easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, timeout);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_text);
  // The debug callback is how libcurl hands over the server's reply text; it only runs in
  // verbose mode, and with a callback set nothing is printed.
  curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, record_reply);
  curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &replies);
  curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);

  CURLcode result = curl_easy_perform(handle);
  long code = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code);

  Delivery delivery;
  delivery.outcome = classify(result, code);
  delivery.reply_code = static_cast<int>(code);
  delivery.summary = "smtp " + std::to_string(code) + ", " + curl_easy_strerror(result);
  delivery.reason = code != 0 ? replies.with_code(code) : std::string();
  if (delivery.reason.empty()) delivery.reason = error_text[0] ? error_text : curl_easy_strerror(result);
  return delivery;
}

Delivery write_eml(const std::string& directory, std::int64_t id, Seconds now, const std::string& mime) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) return file_error("cannot create the mail folder", error.value());
  std::string name = file_name_for(id, now);
  std::string path = (std::filesystem::path(directory) / name).string();
  std::string temporary = (std::filesystem::path(directory) / ("." + name + ".tmp")).string();

  // Mails hold login codes: readable by the server's user only.
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return file_error("cannot create " + temporary, errno);
  bool written = write_all(fd, mime) && ::fsync(fd) == 0;
  int write_errno = errno;
  ::close(fd);
  if (!written) {
    ::unlink(temporary.c_str());
    return file_error("cannot write " + temporary, write_errno);
  }
  // rename is atomic: a person or a test never sees half a message.
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    int rename_errno = errno;
    ::unlink(temporary.c_str());
    return file_error("cannot rename to " + path, rename_errno);
  }
  int directory_fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (directory_fd >= 0) {
    ::fsync(directory_fd);
    ::close(directory_fd);
  }
  return {DeliveryOutcome::Delivered, path, 0, "written"};
}

Sender::Sender(db::Db& db, Clock& clock, SmtpConfig smtp, std::string mail_dir)
    : db_(db), clock_(clock), smtp_(std::move(smtp)), mail_dir_(std::move(mail_dir)) {}

Sender::~Sender() { stop(); }

void Sender::start() {
  stop();
  if (auto requeued = requeue_interrupted(db_); !requeued) {
    log_error("outbox: cannot requeue interrupted mail: {}", requeued.error().detail);
  } else if (*requeued > 0) {
    log_warning("outbox: {} mail(s) interrupted by a restart are queued again", *requeued);
  }
  {
    std::lock_guard lock(mutex_);
    stopping_ = false;
    woken_ = true;  // look at once: mail may have waited while we were down
  }
  thread_ = std::thread([this] { run(); });
}

void Sender::notify() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_one();
}

void Sender::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

bool Sender::is_stopping() {
  std::lock_guard lock(mutex_);
  return stopping_;
}

int Sender::deliver_due() { return deliver_rows(Interruption::None); }

int Sender::deliver_rows(Interruption interruption) {
  int handled = 0;
  while (interruption == Interruption::None || !is_stopping()) {
    std::optional<OutboxEntry> entry = claim_next_due(db_, clock_.now());
    if (!entry) break;
    deliver(*entry);
    ++handled;
  }
  return handled;
}

void Sender::deliver(const OutboxEntry& entry) {
  // Log lines carry ids, counts and codes only: never addresses, subjects or server replies
  // (those can quote the address); staff see the reply in the outbox.
  Delivery delivery = writes_files() ? write_eml(mail_dir_, entry.id, clock_.now(), entry.mime)
                                     : send_smtp(smtp_, entry.recipient, entry.mime);
  Seconds now = clock_.now();
  Result<void> marked;
  switch (delivery.outcome) {
    case DeliveryOutcome::Delivered:
      marked = mark_sent(db_, entry.id, now);
      if (writes_files()) log_info("mail {} written to {}", entry.id, delivery.reason);
      else log_info("mail {} delivered", entry.id);
      break;
    case DeliveryOutcome::TemporaryFailure:
      marked = mark_retry(db_, entry.id, delivery.reason, now);
      log_warning("mail {} not delivered yet, attempt {} ({})", entry.id, entry.attempts + 1, delivery.summary);
      break;
    case DeliveryOutcome::PermanentFailure:
      marked = mark_failed(db_, entry.id, delivery.reason, now);
      log_error("mail {} refused by the server ({}); marked failed", entry.id, delivery.summary);
      break;
  }
  if (!marked) log_error("mail {}: cannot record the outcome: {}", entry.id, marked.error().detail);
}

void Sender::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, kPollInterval, [this] { return stopping_ || woken_; });
    if (stopping_) break;
    woken_ = false;
    lock.unlock();
    // Between two messages, stop() wins; the message being sent is always finished first.
    deliver_rows(Interruption::OnStop);
    lock.lock();
  }
}

}  // namespace omzien::mail
