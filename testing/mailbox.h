// Reading delivered mail in tests: messages from an SmtpSink's maildir (DIR/new, DIR/cur) or the
// .eml files the file-mode sender writes, parsed into decoded headers, text, HTML and attachments.
//
//   auto mail = test::wait_for_mail(dir, test::sent_to("ann@example.org"));  // dir of .eml files
//   ASSERT_TRUE(mail);
//   EXPECT_EQ(mail->subject(), "Uw inlogcode");  // RFC 2047 decoded
//   EXPECT_EQ(test::find_code(mail->text).size(), 6u);
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omzien::test {

struct ReceivedAttachment {
  std::string filename;      // decoded (RFC 2231 or RFC 2047)
  std::string content_type;  // as sent, parameters included
  std::string data;          // decoded bytes
};

struct ReceivedMail {
  std::string file;  // where it was read from
  std::string raw;   // the message as stored
  // The top-level header fields in order, unfolded but not decoded.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string content_type;  // top-level type/subtype, lower case: "multipart/alternative"
  std::string text;          // the first text/plain part, decoded to UTF-8
  std::string html;          // the first text/html part, decoded
  std::vector<ReceivedAttachment> attachments;

  // The first field called `name` (any case), RFC 2047 decoded; "" when absent.
  std::string header(std::string_view name) const;
  // The first field called `name`, unfolded but as sent; nullopt when absent.
  std::optional<std::string> raw_header(std::string_view name) const;
  int header_count(std::string_view name) const;
  std::string subject() const { return header("Subject"); }
  // The bare address in To.
  std::string to_address() const;
  // The SMTP envelope recipients (X-RcptTo, recorded by the sink); empty for .eml files.
  std::vector<std::string> envelope_recipients() const;
};

using MailPredicate = std::function<bool(const ReceivedMail&)>;
MailPredicate any_mail();
// Mail whose To address (or envelope recipient) is `address`, compared without case.
MailPredicate sent_to(std::string address);

// Parses one message (CRLF or LF line ends).
ReceivedMail parse_mail(std::string_view raw);
// Every message in a maildir (new/ and cur/) or, when there is none, every *.eml in `dir`;
// oldest first (by modification time, then name). A missing folder has no mail.
std::vector<ReceivedMail> read_mail_folder(const std::string& dir);
// Polls read_mail_folder(dir) every 20 ms until a message matches or `timeout` passes.
std::optional<ReceivedMail> wait_for_mail(const std::string& dir, const MailPredicate& predicate = any_mail(),
                                          std::chrono::milliseconds timeout = std::chrono::seconds(5));

// Decoders, for tests that look at raw parts.
std::string decode_rfc2047(std::string_view value);
std::string decode_base64(std::string_view text);  // skips line breaks and other non-alphabet bytes
std::string decode_quoted_printable(std::string_view text);

// The first run of exactly `digits` digits in `text` (a login code); "" when there is none.
std::string find_code(std::string_view text, int digits = 6);
// The first URL in `text` that starts with `prefix` ("http://127.0.0.1:8080/inloggen/"), up to the
// next space, quote or angle bracket; "" when there is none.
std::string find_link(std::string_view text, std::string_view prefix);

}  // namespace omzien::test
