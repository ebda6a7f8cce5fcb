// A real SMTP server on loopback for tests: Debian's aiosmtpd (python3-aiosmtpd) storing every
// message in a maildir, which testing/mailbox.h reads. It can be stopped and started again on the
// same port ("delivered once the server is back") and told to refuse mail with a 4xx or 5xx reply.
//
//   test::SmtpSink sink;                       // started; throws std::runtime_error if it cannot
//   mail::Sender sender(db, clock, sink.config(), dir);
//   ... queue a mail, sender.deliver_due() ...
//   auto mail = sink.wait_for_mail(test::sent_to("ann@example.org"));
//   ASSERT_TRUE(mail);
//   EXPECT_EQ(mail->subject(), "Uw inlogcode");
//
// The server runs as a child process, killed when the sink is destroyed (and when the thread
// that created it ends, through PR_SET_PDEATHSIG, so a crashed test leaves nothing behind).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "testing/mailbox.h"

namespace omzien::test {

// Where in the SMTP dialogue the sink refuses.
enum class SinkStage { Recipient, Data };

class SmtpSink {
 public:
  // Starts on a free loopback port with a fresh maildir under /tmp (removed on destruction).
  SmtpSink();
  // Starts on a free loopback port storing into `maildir` (created when missing, kept).
  explicit SmtpSink(std::string maildir);
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  // Kills the server: connections to the port are refused until start().
  void stop();
  // Starts the server again on the same port and waits (up to 5 s) until it accepts connections.
  void start();
  bool running() const { return pid_ > 0; }

  int port() const { return port_; }
  std::string url() const;  // "smtp://127.0.0.1:PORT"
  // Settings for mail::Sender / send_smtp: this sink's URL, a short timeout.
  SmtpConfig config() const;
  const std::string& maildir() const { return maildir_; }

  // From now on every message (SinkStage::Data) or every recipient (SinkStage::Recipient) gets
  // `reply`, e.g. "550 5.1.1 mailbox unavailable" or "451 4.3.0 try again".
  void reply_with(std::string_view reply, SinkStage stage = SinkStage::Data);
  // Accepts mail again.
  void accept_mail();

  // Every message received so far, oldest first.
  std::vector<ReceivedMail> messages() const;
  // The first received message that matches, polling until `timeout`; nullopt when none came.
  std::optional<ReceivedMail> wait_for_mail(const MailPredicate& predicate = any_mail(),
                                            std::chrono::milliseconds timeout = std::chrono::seconds(5)) const;

 private:
  void launch();
  std::string root_;  // our temp folder when we made one (removed on destruction), else empty
  std::string maildir_;
  std::string log_path_;
  int port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace omzien::test
