#include "mail/mime.h"

#include <gtest/gtest.h>

#include "testing/mailbox.h"

namespace omzien::mail {
namespace {

Envelope test_envelope() { return {"Omzien <noreply@omzien.example>", "<abc123@omzien.example>", 1795000000}; }

Message simple_message() {
  Message message;
  message.to = "ann@example.org";
  message.subject = "Welkom";
  message.text = "Hallo Ann,\nWelkom bij Omzien.\n";
  return message;
}

test::ReceivedMail built(const Message& message) { return test::parse_mail(build_mime(message, test_envelope())); }

std::string header_block(const std::string& mime) { return mime.substr(0, mime.find("\r\n\r\n") + 2); }

// The physical lines of `text`, split on CRLF.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\r\n", start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

// The raw, folded lines of one header field.
std::vector<std::string> field_lines(const std::string& mime, std::string_view name) {
  std::vector<std::string> result;
  bool inside = false;
  for (const std::string& line : lines_of(header_block(mime))) {
    if (!line.empty() && line[0] == ' ') {
      if (inside) result.push_back(line);
      continue;
    }
    inside = line.rfind(std::string(name) + ":", 0) == 0;
    if (inside) result.push_back(line);
  }
  return result;
}

TEST(Mime, EncodesANonAsciiSubjectAsRfc2047) {
  Message message = simple_message();
  message.subject = "Uitnodiging café";
  std::string mime = build_mime(message, test_envelope());
  auto subject = field_lines(mime, "Subject");
  ASSERT_EQ(subject.size(), 1u);
  EXPECT_EQ(subject[0].rfind("Subject: =?UTF-8?B?", 0), 0u);
  EXPECT_EQ(test::parse_mail(mime).subject(), "Uitnodiging café");
}

TEST(Mime, FoldsALongSubjectIntoSeveralShortEncodedWords) {
  Message message = simple_message();
  for (int i = 0; i < 12; ++i) message.subject += "Één café in Zeist ";  // multi-byte letters throughout
  message.subject += "einde";
  std::string mime = build_mime(message, test_envelope());
  auto subject = field_lines(mime, "Subject");
  EXPECT_GT(subject.size(), 3u);
  for (const std::string& line : subject) {
    EXPECT_LE(line.size(), 76u) << line;
    std::size_t start = 0;
    while ((start = line.find("=?", start)) != std::string::npos) {
      std::size_t end = line.find("?=", start + 10);
      ASSERT_NE(end, std::string::npos);
      std::string word = line.substr(start, end + 2 - start);
      EXPECT_LE(word.size(), 75u) << word;
      // Each word is cut on a UTF-8 boundary, so it decodes to whole characters on its own.
      std::string decoded = test::decode_rfc2047(word);
      EXPECT_NE((static_cast<unsigned char>(decoded.front()) & 0xC0), 0x80u) << word;
      EXPECT_LT(static_cast<unsigned char>(decoded.back()), 0xC0u) << word;
      start = end + 2;
    }
  }
  EXPECT_EQ(test::parse_mail(mime).subject(), message.subject);
}

TEST(Mime, KeepsAPlainAsciiSubjectReadable) {
  Message message = simple_message();
  message.subject = "Your code for logging in";
  std::string mime = build_mime(message, test_envelope());
  EXPECT_NE(mime.find("\r\nSubject: Your code for logging in\r\n"), std::string::npos);
}

TEST(Mime, ALineBreakInTheSubjectCannotAddAHeader) {
  Message message = simple_message();
  message.subject = "Hallo\r\nBcc: victim@example.org\r\n\r\nnew body";
  test::ReceivedMail mail = built(message);
  EXPECT_EQ(mail.header_count("Bcc"), 0);
  EXPECT_EQ(mail.subject(), "Hallo Bcc: victim@example.org new body");
  EXPECT_EQ(mail.text, "Hallo Ann,\r\nWelkom bij Omzien.\r\n");
}

TEST(Mime, NoFieldCanInjectAHeader) {
  Message message = simple_message();
  message.to = "ann@example.org\r\nBcc: a@evil.example";
  message.to_name = "Ann\nBcc: b@evil.example";
  message.reply_to = "c@example.org\rBcc: c@evil.example";
  message.unsubscribe_url = "https://omzien.example/afmelden\r\nBcc: d@evil.example";
  Envelope envelope = test_envelope();
  envelope.from = "Omzien\r\nBcc: e@evil.example <noreply@omzien.example>";
  envelope.message_id = "<x@y>\r\nBcc: f@evil.example";
  std::string mime = build_mime(message, envelope);
  test::ReceivedMail mail = test::parse_mail(mime);
  EXPECT_EQ(mail.header_count("Bcc"), 0);
  for (const std::string& line : lines_of(header_block(mime))) EXPECT_EQ(line.find('\r'), std::string::npos);
  EXPECT_EQ(mail.header_count("To"), 1);
}

TEST(Mime, AnAddressLosesAngleBracketsAndSpaces) {
  Message message = simple_message();
  message.to = "ann@example.org> , <other@example.org";
  test::ReceivedMail mail = built(message);
  EXPECT_EQ(*mail.raw_header("To"), "ann@example.orgother@example.org");
}

TEST(Mime, SendsTextOnlyMailAsOnePlainPart) {
  test::ReceivedMail mail = built(simple_message());
  EXPECT_EQ(mail.content_type, "text/plain");
  EXPECT_EQ(*mail.raw_header("Content-Type"), "text/plain; charset=utf-8");
  EXPECT_EQ(*mail.raw_header("Content-Transfer-Encoding"), "base64");
  EXPECT_EQ(mail.text, "Hallo Ann,\r\nWelkom bij Omzien.\r\n");
  EXPECT_TRUE(mail.html.empty());
}

TEST(Mime, PutsTextAndHtmlInMultipartAlternative) {
  Message message = simple_message();
  message.html = "<p>Hallo Ann, welkom bij <b>Omzien</b>.</p>";
  test::ReceivedMail mail = built(message);
  EXPECT_EQ(mail.content_type, "multipart/alternative");
  EXPECT_EQ(mail.text, "Hallo Ann,\r\nWelkom bij Omzien.\r\n");
  EXPECT_EQ(mail.html, message.html);
  EXPECT_TRUE(mail.attachments.empty());
}

TEST(Mime, PutsAttachmentsInMultipartMixed) {
  Message message = simple_message();
  message.html = "<p>Tot dan!</p>";
  message.attachments.push_back(
      {"bijeenkomst.ics", "text/calendar; charset=utf-8; method=REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"});
  message.attachments.push_back({"foto.bin", "application/octet-stream", std::string("\0\x01\xff\xfe", 4)});
  std::string mime = build_mime(message, test_envelope());
  test::ReceivedMail mail = test::parse_mail(mime);
  EXPECT_EQ(mail.content_type, "multipart/mixed");
  EXPECT_NE(mime.find("Content-Type: multipart/alternative;"), std::string::npos);
  EXPECT_EQ(mail.html, "<p>Tot dan!</p>");
  ASSERT_EQ(mail.attachments.size(), 2u);
  EXPECT_EQ(mail.attachments[0].filename, "bijeenkomst.ics");
  EXPECT_EQ(mail.attachments[0].content_type, "text/calendar; charset=utf-8; method=REQUEST");
  EXPECT_EQ(mail.attachments[0].data, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  EXPECT_EQ(mail.attachments[1].data, std::string("\0\x01\xff\xfe", 4));
}

TEST(Mime, EncodesANonAsciiAttachmentNameAndRefusesAnOddContentType) {
  Message message = simple_message();
  message.attachments.push_back({"agenda café.pdf", "not a type\r\nBcc: x@evil.example", "%PDF"});
  std::string mime = build_mime(message, test_envelope());
  test::ReceivedMail mail = test::parse_mail(mime);
  EXPECT_NE(mime.find("filename*=utf-8''agenda%20caf%C3%A9.pdf"), std::string::npos);
  ASSERT_EQ(mail.attachments.size(), 1u);
  EXPECT_EQ(mail.attachments[0].filename, "agenda café.pdf");
  EXPECT_EQ(mail.attachments[0].content_type, "application/octet-stream");
  EXPECT_EQ(mime.find("Bcc"), std::string::npos);
}

TEST(Mime, WrapsBase64BodiesAt76Characters) {
  Message message = simple_message();
  message.text = std::string(5000, 'x') + "\n" + std::string(3000, 'y');
  message.attachments.push_back({"big.bin", "application/octet-stream", std::string(10000, '\x7f')});
  std::string mime = build_mime(message, test_envelope());
  std::string body = mime.substr(mime.find("\r\n\r\n") + 4);
  int base64_lines = 0;
  for (const std::string& line : lines_of(body)) {
    EXPECT_LE(line.size(), 76u);
    if (line.size() == 76) ++base64_lines;
  }
  EXPECT_GT(base64_lines, 200);
  EXPECT_EQ(test::parse_mail(mime).text, std::string(5000, 'x') + "\r\n" + std::string(3000, 'y'));
}

TEST(Mime, EveryLineEndsInCrlfAndIsAscii) {
  Message message = simple_message();
  message.subject = "Ç'est très bien\tzo";
  message.to_name = "Zoë";
  message.html = "<p>Één</p>\n";
  message.text = "a\rb\nc\r\n";
  std::string mime = build_mime(message, test_envelope());
  for (std::size_t i = 0; i < mime.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(mime[i]);
    EXPECT_LT(c, 0x80);
    if (c == '\n') {
      EXPECT_TRUE(i > 0 && mime[i - 1] == '\r');
    }
    if (c == '\r') {
      EXPECT_TRUE(i + 1 < mime.size() && mime[i + 1] == '\n');
    }
  }
  EXPECT_EQ(mime.substr(mime.size() - 2), "\r\n");
}

TEST(Mime, HasTheHeadersEveryMailNeeds) {
  Message message = simple_message();
  message.to_name = "Ann de Vries";
  message.reply_to = "Stichting Omzien <info@omzien.example>";
  test::ReceivedMail mail = built(message);
  EXPECT_EQ(mail.header("Date"), "Wed, 18 Nov 2026 11:06:40 +0000");
  EXPECT_EQ(mail.header("MIME-Version"), "1.0");
  EXPECT_EQ(mail.header("Message-ID"), "<abc123@omzien.example>");
  EXPECT_EQ(mail.header("From"), "Omzien <noreply@omzien.example>");
  EXPECT_EQ(mail.header("To"), "Ann de Vries <ann@example.org>");
  EXPECT_EQ(mail.header("Reply-To"), "Stichting Omzien <info@omzien.example>");
  EXPECT_EQ(built(simple_message()).header_count("Reply-To"), 0);
}

TEST(Mime, EncodesANonAsciiDisplayNameAndQuotesOneWithSpecials) {
  Message message = simple_message();
  message.to_name = "Jos Wüst";
  test::ReceivedMail mail = built(message);
  EXPECT_EQ(mail.raw_header("To")->rfind("=?UTF-8?B?", 0), 0u);
  EXPECT_EQ(mail.header("To"), "Jos Wüst <ann@example.org>");

  message.to_name = "Jansen, \"Piet\"";
  EXPECT_EQ(*built(message).raw_header("To"), "\"Jansen, \\\"Piet\\\"\" <ann@example.org>");
}

TEST(Mime, AddsListUnsubscribeHeadersOnlyWhenSet) {
  Message message = simple_message();
  test::ReceivedMail personal = built(message);
  EXPECT_EQ(personal.header_count("List-Unsubscribe"), 0);
  EXPECT_EQ(personal.header_count("List-Unsubscribe-Post"), 0);

  message.unsubscribe_url = "https://omzien.example/afmelden/abc";
  test::ReceivedMail page_only = built(message);
  EXPECT_EQ(page_only.header("List-Unsubscribe"), "<https://omzien.example/afmelden/abc>");
  EXPECT_EQ(page_only.header_count("List-Unsubscribe-Post"), 0);

  message.unsubscribe_post_url = "https://omzien.example/afmelden/abc/direct";
  test::ReceivedMail one_click = built(message);
  EXPECT_EQ(one_click.header("List-Unsubscribe"), "<https://omzien.example/afmelden/abc/direct>");
  EXPECT_EQ(one_click.header("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
}

TEST(Mime, EncodeHeaderValueLeavesPlainTextAloneAndEncodesLookalikes) {
  EXPECT_EQ(encode_header_value("Nieuwe bijeenkomst"), "Nieuwe bijeenkomst");
  EXPECT_EQ(encode_header_value("  twee  spaties\t"), "twee spaties");
  std::string lookalike = encode_header_value("=?UTF-8?B?aGFjaw==?=");
  EXPECT_EQ(lookalike.rfind("=?UTF-8?B?", 0), 0u);
  EXPECT_EQ(test::decode_rfc2047(lookalike), "=?UTF-8?B?aGFjaw==?=");
}

TEST(Mime, AddressOfFindsTheBareAddress) {
  EXPECT_EQ(address_of("Omzien <noreply@omzien.example>"), "noreply@omzien.example");
  EXPECT_EQ(address_of(" ann@example.org "), "ann@example.org");
  EXPECT_EQ(address_of("\"A <b>\" <c@example.org>"), "c@example.org");
}

TEST(Mime, MakesUniqueMessageIdsForTheSendersDomain) {
  std::string first = make_message_id("Omzien <noreply@omzien.example>");
  std::string second = make_message_id("Omzien <noreply@omzien.example>");
  EXPECT_NE(first, second);
  EXPECT_EQ(first.front(), '<');
  EXPECT_EQ(first.substr(first.find('@')), "@omzien.example>");
  EXPECT_EQ(make_message_id("no address").substr(33), "@localhost>");
}

// The test helper that reads mail must also read what other mailers write, not only our own.
TEST(Mailbox, ReadsQEncodingQuotedPrintableAndLfLineEnds) {
  std::string raw =
      "Subject: =?iso-8859-1?Q?Caf=E9_open?= =?UTF-8?Q?_=E2=80=94_ja?=\n"
      "To: \"Ann\" <ann@example.org>\n"
      "Content-Type: multipart/mixed; boundary=\"b1\"\n"
      "\n"
      "--b1\n"
      "Content-Type: text/plain; charset=utf-8\n"
      "Content-Transfer-Encoding: quoted-printable\n"
      "\n"
      "Code: 123456, caf=C3=A9 is a lo=\n"
      "ng line\n"
      "--b1\n"
      "Content-Type: application/pdf\n"
      "Content-Disposition: attachment; filename*0*=utf-8''agenda%20;\n"
      " filename*1*=caf%C3%A9.pdf\n"
      "Content-Transfer-Encoding: base64\n"
      "\n"
      "JVBERg==\n"
      "--b1--\n";
  test::ReceivedMail mail = test::parse_mail(raw);
  EXPECT_EQ(mail.subject(), "Café open — ja");
  EXPECT_EQ(mail.to_address(), "ann@example.org");
  EXPECT_EQ(mail.text, "Code: 123456, café is a long line");
  EXPECT_EQ(test::find_code(mail.text), "123456");
  ASSERT_EQ(mail.attachments.size(), 1u);
  EXPECT_EQ(mail.attachments[0].filename, "agenda café.pdf");
  EXPECT_EQ(mail.attachments[0].data, "%PDF");
  EXPECT_EQ(test::find_link("Open https://omzien.example/inloggen/abc-1. Groet", "https://omzien.example/"),
            "https://omzien.example/inloggen/abc-1");
}

}  // namespace
}  // namespace omzien::mail
