#include "mail/sender.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "db/migrator.h"
#include "mail/outbox.h"
#include "testing/mailbox.h"
#include "testing/smtp_sink.h"

namespace omzien::mail {
namespace {

using namespace std::chrono_literals;

class SenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/omzien-sender-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    dir_ = pattern;
    auto opened = db::Db::open(dir_ + "/test.sqlite");
    ASSERT_TRUE(opened) << opened.error().detail;
    db_ = std::move(*opened);
    std::vector<Migration> steps(outbox_migrations().begin(), outbox_migrations().end());
    auto migrated = db::apply_migrations(*db_, steps);
    ASSERT_TRUE(migrated) << migrated.error().detail;
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  Message login_mail(std::string to = "ann@example.org") {
    Message message;
    message.to = std::move(to);
    message.to_name = "Ann de Vries";
    message.subject = "Uw inlogcode voor Omzien — café";
    message.text = "Uw code is 482913. Hij is 10 minuten geldig.";
    message.html = "<p>Uw code is <b>482913</b>.</p>";
    message.kind = "login";
    return message;
  }

  std::int64_t queue(const Message& message) {
    auto queued = db_->write<std::int64_t>(
        [&](db::Connection& c) { return queue_mail(c, message, "Omzien <noreply@omzien.test>", clock_.now()); });
    EXPECT_TRUE(queued) << queued.error().detail;
    return queued ? *queued : 0;
  }

  OutboxEntry entry(std::int64_t id) { return find_outbox_entry(*db_, id).value_or(OutboxEntry{}); }

  std::string dir_;
  std::unique_ptr<db::Db> db_;
  Clock clock_;
};

TEST_F(SenderTest, DeliversQueuedMailThatArrivesIntactAndDecodes) {
  test::SmtpSink sink;
  Sender sender(*db_, clock_, sink.config(), dir_ + "/mail");
  Message message = login_mail();
  message.attachments.push_back({"afspraak.ics", "text/calendar; charset=utf-8", "BEGIN:VCALENDAR\r\n"});
  std::int64_t id = queue(message);

  EXPECT_EQ(sender.deliver_due(), 1);

  auto mail = sink.wait_for_mail(test::sent_to("ann@example.org"));
  ASSERT_TRUE(mail) << "no mail arrived";
  EXPECT_EQ(mail->envelope_recipients(), std::vector<std::string>{"ann@example.org"});
  EXPECT_EQ(mail->header("X-MailFrom"), "noreply@omzien.test");
  EXPECT_EQ(mail->subject(), "Uw inlogcode voor Omzien — café");
  EXPECT_EQ(mail->header("To"), "Ann de Vries <ann@example.org>");
  EXPECT_EQ(test::find_code(mail->text), "482913");
  EXPECT_EQ(mail->html, "<p>Uw code is <b>482913</b>.</p>");
  ASSERT_EQ(mail->attachments.size(), 1u);
  EXPECT_EQ(mail->attachments[0].data, "BEGIN:VCALENDAR\r\n");
  EXPECT_EQ(mail->header("Message-ID"), entry(id).message_id);

  OutboxEntry sent = entry(id);
  EXPECT_EQ(sent.status, OutboxStatus::Sent);
  EXPECT_EQ(sent.attempts, 1);
  EXPECT_EQ(sender.deliver_due(), 0);
}

TEST_F(SenderTest, KeepsMailQueuedWhileTheServerIsDownAndDeliversItOnceItIsBack) {
  test::SmtpSink sink;
  Sender sender(*db_, clock_, sink.config(), dir_ + "/mail");
  sink.stop();
  std::int64_t id = queue(login_mail());

  EXPECT_EQ(sender.deliver_due(), 1);
  OutboxEntry waiting = entry(id);
  EXPECT_EQ(waiting.status, OutboxStatus::Queued);
  EXPECT_EQ(waiting.attempts, 1);
  EXPECT_EQ(waiting.next_attempt_at, clock_.now() + 60);
  EXPECT_FALSE(waiting.last_error.empty());
  EXPECT_EQ(sender.deliver_due(), 0) << "not retried before its time";

  sink.start();
  clock_.advance(61);
  EXPECT_EQ(sender.deliver_due(), 1);
  auto mail = sink.wait_for_mail(test::sent_to("ann@example.org"));
  ASSERT_TRUE(mail);
  EXPECT_EQ(mail->header("Message-ID"), waiting.message_id) << "a retry sends the same message";
  OutboxEntry sent = entry(id);
  EXPECT_EQ(sent.status, OutboxStatus::Sent);
  EXPECT_EQ(sent.attempts, 2);
  EXPECT_EQ(sink.messages().size(), 1u);
}

TEST_F(SenderTest, MarksMailFailedWithTheServersReplyWhenARecipientIsRefused) {
  test::SmtpSink sink;
  sink.reply_with("550 5.1.1 mailbox unavailable", test::SinkStage::Recipient);
  Sender sender(*db_, clock_, sink.config(), dir_ + "/mail");
  std::int64_t id = queue(login_mail());

  EXPECT_EQ(sender.deliver_due(), 1);
  OutboxEntry failed = entry(id);
  EXPECT_EQ(failed.status, OutboxStatus::Failed);
  EXPECT_NE(failed.last_error.find("550 5.1.1 mailbox unavailable"), std::string::npos) << failed.last_error;
  EXPECT_TRUE(sink.messages().empty());
}

TEST_F(SenderTest, MarksMailFailedWhenTheMessageIsRefusedAfterItsText) {
  test::SmtpSink sink;
  sink.reply_with("554 5.6.0 message content rejected");
  Sender sender(*db_, clock_, sink.config(), dir_ + "/mail");
  std::int64_t id = queue(login_mail());

  EXPECT_EQ(sender.deliver_due(), 1);
  OutboxEntry failed = entry(id);
  EXPECT_EQ(failed.status, OutboxStatus::Failed);
  EXPECT_NE(failed.last_error.find("554 5.6.0 message content rejected"), std::string::npos) << failed.last_error;
}

TEST_F(SenderTest, RetriesWhenTheServerSaysTryAgainLater) {
  test::SmtpSink sink;
  sink.reply_with("451 4.3.0 try again");
  Sender sender(*db_, clock_, sink.config(), dir_ + "/mail");
  std::int64_t id = queue(login_mail());

  EXPECT_EQ(sender.deliver_due(), 1);
  OutboxEntry waiting = entry(id);
  EXPECT_EQ(waiting.status, OutboxStatus::Queued);
  EXPECT_EQ(waiting.attempts, 1);
  EXPECT_NE(waiting.last_error.find("451 4.3.0 try again"), std::string::npos) << waiting.last_error;

  sink.accept_mail();
  clock_.advance(60);
  EXPECT_EQ(sender.deliver_due(), 1);
  EXPECT_EQ(entry(id).status, OutboxStatus::Sent);
  EXPECT_TRUE(sink.wait_for_mail(test::sent_to("ann@example.org")));
}

TEST_F(SenderTest, RetriesWhenTheServerNeverAnswers) {
  // A server that accepts the connection and then says nothing: the response timeout ends it.
  int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::listen(listener, 4), 0);
  ASSERT_EQ(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
  SmtpConfig smtp;
  smtp.url = "smtp://127.0.0.1:" + std::to_string(ntohs(address.sin_port));
  smtp.timeout_seconds = 1;

  auto started = std::chrono::steady_clock::now();
  Delivery delivery = send_smtp(smtp, "ann@example.org", "Subject: x\r\n\r\nx\r\n");
  ::close(listener);
  EXPECT_EQ(delivery.outcome, DeliveryOutcome::TemporaryFailure);
  EXPECT_EQ(delivery.reply_code, 0);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
}

TEST_F(SenderTest, WritesAReadableEmlFileWhenThereIsNoSmtpServer) {
  std::string mail_dir = dir_ + "/var/mail";
  Sender sender(*db_, clock_, SmtpConfig{}, mail_dir);
  ASSERT_TRUE(sender.writes_files());
  std::int64_t id = queue(login_mail());

  EXPECT_EQ(sender.deliver_due(), 1);
  auto mail = test::wait_for_mail(mail_dir, test::sent_to("ann@example.org"), 0ms);
  ASSERT_TRUE(mail);
  EXPECT_EQ(mail->subject(), "Uw inlogcode voor Omzien — café");
  EXPECT_EQ(test::find_code(mail->text), "482913");
  std::string name = std::filesystem::path(mail->file).filename().string();
  EXPECT_TRUE(std::regex_match(name, std::regex("\\d{8}-\\d{6}-" + std::to_string(id) + "\\.eml"))) << name;
  struct stat info {};
  ASSERT_EQ(::stat(mail->file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  int files = 0;
  for (const auto& file : std::filesystem::directory_iterator(mail_dir)) {
    (void)file;
    ++files;
  }
  EXPECT_EQ(files, 1) << "no temporary file is left behind";
  EXPECT_EQ(entry(id).status, OutboxStatus::Sent);
}

TEST_F(SenderTest, AFolderThatCannotBeMadeIsATemporaryFailure) {
  std::string blocker = dir_ + "/not-a-folder";
  { std::ofstream(blocker) << "x"; }
  Delivery delivery = write_eml(blocker + "/mail", 1, clock_.now(), "Subject: x\r\n\r\nx\r\n");
  EXPECT_EQ(delivery.outcome, DeliveryOutcome::TemporaryFailure);
  EXPECT_FALSE(delivery.reason.empty());
}

TEST_F(SenderTest, TheBackgroundThreadDeliversWhenNotified) {
  test::SmtpSink sink;
  Sender sender(*db_, clock_, sink.config(), dir_ + "/mail");
  sender.start();
  std::int64_t id = queue(login_mail("bob@example.org"));
  sender.notify();
  auto mail = sink.wait_for_mail(test::sent_to("bob@example.org"));
  ASSERT_TRUE(mail);
  sender.stop();
  EXPECT_EQ(entry(id).status, OutboxStatus::Sent);
}

TEST_F(SenderTest, StartingAgainSendsMailThatACrashLeftHalfway) {
  test::SmtpSink sink;
  std::int64_t id = queue(login_mail());
  ASSERT_TRUE(claim_next_due(*db_, clock_.now()));  // the process died while sending this one
  ASSERT_EQ(entry(id).status, OutboxStatus::Sending);

  Sender sender(*db_, clock_, sink.config(), dir_ + "/mail");
  sender.start();
  ASSERT_TRUE(sink.wait_for_mail(test::sent_to("ann@example.org")));
  sender.stop();
  EXPECT_EQ(entry(id).status, OutboxStatus::Sent);
}

TEST_F(SenderTest, StopsPromptlyWhenIdle) {
  Sender sender(*db_, clock_, SmtpConfig{}, dir_ + "/mail");
  sender.start();
  auto started = std::chrono::steady_clock::now();
  sender.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - started, 1s);
  std::int64_t id = queue(login_mail());
  EXPECT_EQ(sender.deliver_due(), 1) << "deliver_due still works after stop";
  EXPECT_EQ(entry(id).status, OutboxStatus::Sent);
}

}  // namespace
}  // namespace omzien::mail
