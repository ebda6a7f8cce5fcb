// Delivers the outbox: a background thread that sends due rows over SMTP (libcurl) or, without
// an SMTP setting, writes them as .eml files a person can open.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "core/clock.h"
#include "core/config.h"
#include "db/db.h"

namespace omzien::mail {

enum class DeliveryOutcome { Delivered, TemporaryFailure, PermanentFailure };

struct OutboxEntry;

struct Delivery {
  DeliveryOutcome outcome = DeliveryOutcome::Delivered;
  std::string reason;   // the server's (last) reply or the connection error; write_eml: the file's path
  int reply_code = 0;   // the last SMTP reply code; 0 when the server never answered
  std::string summary;  // for the log: codes and libcurl's generic error text, never an address
};

// Sends one MIME message to one recipient over SMTP; blocks up to the configured timeout
// (connect, each reply, and a stalled upload). Delivered on 2xx; PermanentFailure on a 5xx reply
// to the mail itself; TemporaryFailure on 4xx, no connection, timeouts, TLS trouble, and on
// authentication replies (530/534/535/538: our settings are wrong, the mail is fine).
Delivery send_smtp(const SmtpConfig& smtp, const std::string& recipient, const std::string& mime);
// Writes one message as DIR/<yyyymmdd-hhmmss>-<id>.eml (UTC), mode 0600, atomically: a hidden
// temp file, fsync, rename. Creates DIR when missing. A failure is a TemporaryFailure.
Delivery write_eml(const std::string& directory, std::int64_t id, Seconds now, const std::string& mime);

class Sender {
 public:
  // Without smtp.url, mail goes to `mail_dir` as files.
  Sender(db::Db& db, Clock& clock, SmtpConfig smtp, std::string mail_dir);
  ~Sender();
  // Requeues rows a crash left in 'sending', then starts the thread, which looks at once, on
  // notify(), and every few seconds (for retries that have become due).
  void start();
  // Wakes the thread: a mail was just queued.
  void notify();
  // Finishes the message being sent (never leaves one half-sent), then stops.
  void stop();
  // Sends everything that is due now, on the calling thread; returns how many were handled.
  // Safe beside the thread (each row is claimed once); works before start() and after stop().
  int deliver_due();
  bool writes_files() const { return smtp_.url.empty(); }

 private:
  enum class Interruption { None, OnStop };
  void run();
  int deliver_rows(Interruption interruption);
  void deliver(const OutboxEntry& entry);
  bool is_stopping();
  db::Db& db_;
  Clock& clock_;
  SmtpConfig smtp_;
  std::string mail_dir_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool woken_ = false;
};

}  // namespace omzien::mail
