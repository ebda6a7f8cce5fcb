#include "mail/outbox.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "db/migrator.h"
#include "testing/mailbox.h"

namespace omzien::mail {
namespace {

constexpr std::string_view kFrom = "Omzien <noreply@omzien.example>";

class OutboxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/omzien-outbox-XXXXXX";
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

  std::int64_t queue(std::string to = "ann@example.org", std::string subject = "Uw inlogcode") {
    Message message;
    message.to = std::move(to);
    message.subject = std::move(subject);
    message.text = "Uw code is 123456.";
    message.kind = "login";
    auto queued = db_->write<std::int64_t>(
        [&](db::Connection& c) { return queue_mail(c, message, std::string(kFrom), clock_.now()); });
    EXPECT_TRUE(queued) << queued.error().detail;
    return queued ? *queued : 0;
  }

  OutboxEntry entry(std::int64_t id) {
    auto found = find_outbox_entry(*db_, id);
    EXPECT_TRUE(found.has_value());
    return found.value_or(OutboxEntry{});
  }

  // Claims the row and reports a temporary failure, as the sender does when the server is down.
  void fail_temporarily(std::int64_t id) {
    auto claimed = claim_next_due(*db_, clock_.now());
    ASSERT_TRUE(claimed.has_value());
    ASSERT_EQ(claimed->id, id);
    ASSERT_TRUE(mark_retry(*db_, id, "451 4.3.0 try again", clock_.now()));
  }

  std::string dir_;
  std::unique_ptr<db::Db> db_;
  Clock clock_;
};

TEST_F(OutboxTest, QueuesAMailWithItsMessageIdAndMimeFixed) {
  std::int64_t id = queue();
  OutboxEntry queued = entry(id);
  EXPECT_EQ(queued.status, OutboxStatus::Queued);
  EXPECT_EQ(queued.attempts, 0);
  EXPECT_EQ(queued.recipient, "ann@example.org");
  EXPECT_EQ(queued.subject, "Uw inlogcode");
  EXPECT_EQ(queued.kind, "login");
  EXPECT_EQ(queued.created_at, clock_.now());
  EXPECT_EQ(queued.next_attempt_at, clock_.now());
  test::ReceivedMail mail = test::parse_mail(queued.mime);
  EXPECT_EQ(mail.header("Message-ID"), queued.message_id);
  EXPECT_EQ(mail.header("Date"), format_rfc5322(queued.created_at));
  EXPECT_EQ(mail.text, "Uw code is 123456.");
}

TEST_F(OutboxTest, RefusesARecipientThatIsNotOnePlainAddress) {
  for (std::string bad : {"ann@example.org\r\nBcc: x@evil.example", "Ann <ann@example.org>", "ann", "",
                          "ann@example.org, bob@example.org", "zoë@example.org"}) {
    Message message;
    message.to = bad;
    message.text = "x";
    auto queued = db_->write<std::int64_t>(
        [&](db::Connection& c) { return queue_mail(c, message, std::string(kFrom), clock_.now()); });
    ASSERT_FALSE(queued) << bad;
    EXPECT_EQ(queued.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(queued.error().detail.find("ann"), std::string::npos) << "no address in the error";
  }
  EXPECT_EQ(count_outbox(*db_).queued, 0);
}

TEST_F(OutboxTest, AMailVanishesWithTheTransactionThatQueuedIt) {
  Message message;
  message.to = "ann@example.org";
  message.text = "x";
  auto outcome = db_->write<int>([&](db::Connection& c) -> Result<int> {
    auto queued = queue_mail(c, message, std::string(kFrom), clock_.now());
    EXPECT_TRUE(queued);
    return conflict("the change that caused the mail failed");
  });
  EXPECT_FALSE(outcome);
  EXPECT_EQ(count_outbox(*db_).queued, 0);
}

TEST_F(OutboxTest, ClaimsADueMailOnceAndMarksItSending) {
  std::int64_t id = queue();
  auto claimed = claim_next_due(*db_, clock_.now());
  ASSERT_TRUE(claimed.has_value());
  EXPECT_EQ(claimed->id, id);
  EXPECT_EQ(claimed->status, OutboxStatus::Sending);
  EXPECT_FALSE(claimed->mime.empty());
  EXPECT_EQ(entry(id).status, OutboxStatus::Sending);
  EXPECT_FALSE(claim_next_due(*db_, clock_.now()).has_value());
}

TEST_F(OutboxTest, ClaimsTheOldestDueMailFirst) {
  std::int64_t first = queue("a@example.org");
  clock_.advance(1);
  queue("b@example.org");
  EXPECT_EQ(claim_next_due(*db_, clock_.now())->id, first);
}

TEST_F(OutboxTest, RecordsADeliveryAsSent) {
  std::int64_t id = queue();
  ASSERT_TRUE(claim_next_due(*db_, clock_.now()));
  clock_.advance(3);
  ASSERT_TRUE(mark_sent(*db_, id, clock_.now()));
  OutboxEntry sent = entry(id);
  EXPECT_EQ(sent.status, OutboxStatus::Sent);
  EXPECT_EQ(sent.attempts, 1);
  EXPECT_EQ(sent.sent_at, clock_.now());
  EXPECT_EQ(sent.mime, "") << "the text, with its login code, is not kept once delivered";
  EXPECT_EQ(sent.subject, "Uw inlogcode") << "staff still see what was sent to whom";
}

TEST_F(OutboxTest, ForgetsSentAndFailedMailAfterNinetyDays) {
  std::int64_t sent = queue("ann@example.org");
  ASSERT_TRUE(claim_next_due(*db_, clock_.now()));
  ASSERT_TRUE(mark_sent(*db_, sent, clock_.now()));
  std::int64_t failed = queue("bob@example.org");
  ASSERT_TRUE(claim_next_due(*db_, clock_.now()));
  ASSERT_TRUE(mark_failed(*db_, failed, "550 no such user", clock_.now()));
  clock_.advance(kOutboxRetention - 60);
  std::int64_t recent = queue("cor@example.org");
  ASSERT_TRUE(claim_next_due(*db_, clock_.now()));
  ASSERT_TRUE(mark_sent(*db_, recent, clock_.now()));
  std::int64_t waiting = queue("dirk@example.org");
  auto none = forget_old_mail(*db_, clock_.now());
  ASSERT_TRUE(none);
  EXPECT_EQ(*none, 0) << "not yet 90 days";
  clock_.advance(120);
  auto two = forget_old_mail(*db_, clock_.now());
  ASSERT_TRUE(two);
  EXPECT_EQ(*two, 2);
  EXPECT_FALSE(find_outbox_entry(*db_, sent).has_value());
  EXPECT_FALSE(find_outbox_entry(*db_, failed).has_value());
  EXPECT_TRUE(find_outbox_entry(*db_, recent).has_value());
  EXPECT_TRUE(find_outbox_entry(*db_, waiting).has_value()) << "unsent mail is never dropped";
}

TEST_F(OutboxTest, RetriesAfterOneFiveFifteenThirtyMinutesAnHourThenEveryTwoHours) {
  std::int64_t id = queue();
  const std::vector<Seconds> expected = {60, 300, 900, 1800, 3600, 7200, 7200, 7200};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    fail_temporarily(id);
    OutboxEntry waiting = entry(id);
    EXPECT_EQ(waiting.status, OutboxStatus::Queued);
    EXPECT_EQ(waiting.attempts, static_cast<int>(i) + 1);
    EXPECT_EQ(waiting.next_attempt_at - clock_.now(), expected[i]) << "after attempt " << i + 1;
    EXPECT_EQ(waiting.last_error, "451 4.3.0 try again");
    EXPECT_FALSE(claim_next_due(*db_, clock_.now())) << "not due before its time";
    clock_.advance(expected[i] - 1);
    EXPECT_FALSE(claim_next_due(*db_, clock_.now()));
    clock_.advance(1);
  }
}

TEST_F(OutboxTest, GivesUpFiveDaysAfterQueueingWithTheLastReply) {
  std::int64_t id = queue();
  Seconds queued_at = clock_.now();
  int attempts = 0;
  while (entry(id).status == OutboxStatus::Queued) {
    clock_.advance(entry(id).next_attempt_at - clock_.now());
    fail_temporarily(id);
    ++attempts;
    ASSERT_LT(attempts, 200);
  }
  OutboxEntry failed = entry(id);
  EXPECT_EQ(failed.status, OutboxStatus::Failed);
  // The last try falls exactly on the deadline, not earlier or later.
  EXPECT_EQ(clock_.now(), queued_at + kRetryWindow);
  EXPECT_EQ(failed.attempts, attempts);
  EXPECT_NE(failed.last_error.find("451 4.3.0 try again"), std::string::npos);
  EXPECT_NE(failed.last_error.find("five days"), std::string::npos);
}

TEST_F(OutboxTest, MarksAPermanentFailureWithTheServersReply) {
  std::int64_t id = queue();
  ASSERT_TRUE(claim_next_due(*db_, clock_.now()));
  ASSERT_TRUE(mark_failed(*db_, id, "550 5.1.1 mailbox unavailable", clock_.now()));
  OutboxEntry failed = entry(id);
  EXPECT_EQ(failed.status, OutboxStatus::Failed);
  EXPECT_EQ(failed.attempts, 1);
  EXPECT_EQ(failed.last_error, "550 5.1.1 mailbox unavailable");
  clock_.advance(kRetryWindow);
  EXPECT_FALSE(claim_next_due(*db_, clock_.now())) << "failed mail is never sent again";
}

TEST_F(OutboxTest, RefusesToRecordAnOutcomeForAMailThatIsNotBeingSent) {
  std::int64_t id = queue();
  auto marked = mark_sent(*db_, id, clock_.now());
  ASSERT_FALSE(marked);
  EXPECT_EQ(marked.error().kind, ErrorKind::Conflict);
  EXPECT_FALSE(mark_retry(*db_, id, "451", clock_.now()));
  EXPECT_FALSE(mark_failed(*db_, 999, "550", clock_.now()));
  EXPECT_EQ(entry(id).status, OutboxStatus::Queued);
}

TEST_F(OutboxTest, RequeuesMailInterruptedWhileSending) {
  std::int64_t id = queue();
  queue("b@example.org");
  ASSERT_TRUE(claim_next_due(*db_, clock_.now()));
  auto requeued = requeue_interrupted(*db_);
  ASSERT_TRUE(requeued);
  EXPECT_EQ(*requeued, 1);
  OutboxEntry again = entry(id);
  EXPECT_EQ(again.status, OutboxStatus::Queued);
  EXPECT_EQ(again.attempts, 0);
  EXPECT_EQ(claim_next_due(*db_, clock_.now())->message_id, again.message_id);
}

TEST_F(OutboxTest, CountsAndListsPerStatusNewestFirst) {
  std::int64_t sent = queue("a@example.org");
  std::int64_t failed = queue("b@example.org");
  std::int64_t waiting = queue("c@example.org");
  ASSERT_TRUE(claim_next_due(*db_, clock_.now()));
  ASSERT_TRUE(mark_sent(*db_, sent, clock_.now()));
  ASSERT_TRUE(claim_next_due(*db_, clock_.now()));
  ASSERT_TRUE(mark_failed(*db_, failed, "550 no", clock_.now()));

  OutboxCounts counts = count_outbox(*db_);
  EXPECT_EQ(counts.queued, 1);
  EXPECT_EQ(counts.sending, 0);
  EXPECT_EQ(counts.sent, 1);
  EXPECT_EQ(counts.failed, 1);

  auto all = list_outbox(*db_, std::nullopt, 10);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].id, waiting);
  EXPECT_TRUE(all[0].mime.empty());
  auto failures = list_outbox(*db_, OutboxStatus::Failed, 10);
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(failures[0].id, failed);
  EXPECT_EQ(failures[0].last_error, "550 no");
  EXPECT_EQ(list_outbox(*db_, std::nullopt, 2).size(), 2u);
}

TEST_F(OutboxTest, TheTableRefusesAnUnknownStatus) {
  queue();
  auto changed = db_->write_void(
      [](db::Connection& c) { return c.execute("UPDATE mail_outbox SET status = 'lost'"); });
  EXPECT_FALSE(changed);
}

TEST(OutboxStatusName, RoundTripsEveryStatus) {
  for (OutboxStatus status : {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed})
    EXPECT_EQ(parse_outbox_status(status_name(status)), status);
  EXPECT_FALSE(parse_outbox_status("lost"));
}

}  // namespace
}  // namespace omzien::mail
