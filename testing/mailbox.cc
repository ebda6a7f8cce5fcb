#include "testing/mailbox.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

namespace omzien::test {
namespace {

namespace fs = std::filesystem;
using Headers = std::vector<std::pair<std::string, std::string>>;

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string trim(std::string_view text) {
  std::size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  std::size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Latin-1 bytes as UTF-8; the only non-UTF-8 charset worth handling in our own tests.
std::string to_utf8(std::string_view bytes, std::string_view charset) {
  std::string name = lower(charset);
  if (name != "iso-8859-1" && name != "latin1" && name != "windows-1252") return std::string(bytes);
  std::string out;
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

struct Section {
  Headers headers;
  std::string body;
};

// Header fields (unfolded: the line breaks of folding removed, the whitespace kept) and the body.
Section split_section(std::string_view raw) {
  Section section;
  std::size_t position = 0;
  while (position < raw.size()) {
    std::size_t end = raw.find('\n', position);
    std::size_t next = end == std::string_view::npos ? raw.size() : end + 1;
    std::string_view line = raw.substr(position, (end == std::string_view::npos ? raw.size() : end) - position);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    position = next;
    if (line.empty()) break;
    if ((line.front() == ' ' || line.front() == '\t') && !section.headers.empty()) {
      section.headers.back().second += std::string(line);
      continue;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    section.headers.emplace_back(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
  }
  if (position < raw.size()) section.body = std::string(raw.substr(position));
  return section;
}

std::optional<std::string> find_header(const Headers& headers, std::string_view name) {
  std::string wanted = lower(name);
  for (const auto& [field, value] : headers)
    if (lower(field) == wanted) return value;
  return std::nullopt;
}

// A structured field such as Content-Type: its value (lower case) and parameters, with quoted
// strings, RFC 2231 charset'lang'%XX values and name*0, name*1 continuations undone.
struct Field {
  std::string value;
  std::map<std::string, std::string> parameters;
};

std::vector<std::string> split_parameters(std::string_view text) {
  std::vector<std::string> parts(1);
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted && c == '\\' && i + 1 < text.size()) {
      parts.back() += text[++i];
      continue;
    }
    if (c == '"') quoted = !quoted;
    else if (c == ';' && !quoted) parts.emplace_back();
    else parts.back() += c;
  }
  return parts;
}

Field parse_field(std::string_view text) {
  std::vector<std::string> parts = split_parameters(text);
  Field field{lower(trim(parts.front())), {}};
  struct Piece {
    std::string value;
    bool encoded = false;
  };
  std::map<std::string, std::map<int, Piece>> pieces;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    auto equals = parts[i].find('=');
    if (equals == std::string::npos) continue;
    std::string name = lower(trim(parts[i].substr(0, equals)));
    std::string value = trim(parts[i].substr(equals + 1));
    bool encoded = !name.empty() && name.back() == '*';
    if (encoded) name.pop_back();
    int index = 0;
    if (auto star = name.find('*'); star != std::string::npos) {
      index = std::atoi(name.c_str() + star + 1);
      name.resize(star);
    }
    pieces[name][index] = {value, encoded};
  }
  for (const auto& [name, numbered] : pieces) {
    std::string charset, joined;
    for (const auto& [index, piece] : numbered) {
      std::string value = piece.value;
      if (piece.encoded && index == 0) {
        auto first = value.find('\''), second = value.find('\'', first + 1);
        if (first != std::string::npos && second != std::string::npos) {
          charset = value.substr(0, first);
          value = value.substr(second + 1);
        }
      }
      joined += piece.encoded ? percent_decode(value) : value;
    }
    field.parameters[name] = to_utf8(joined, charset);
  }
  return field;
}

std::string decode_body(std::string_view body, std::string_view transfer_encoding) {
  std::string encoding = lower(trim(transfer_encoding));
  if (encoding == "base64") return decode_base64(body);
  if (encoding == "quoted-printable") return decode_quoted_printable(body);
  return std::string(body);
}

// The parts between "--boundary" lines; the line break before each delimiter belongs to it.
std::vector<std::string> split_multipart(std::string_view body, std::string_view boundary) {
  std::vector<std::string> parts;
  std::string delimiter = "--" + std::string(boundary);
  std::optional<std::size_t> part_start;
  std::size_t position = 0;
  while (position < body.size()) {
    std::size_t end = body.find('\n', position);
    std::size_t next = end == std::string_view::npos ? body.size() : end + 1;
    std::string line = trim(body.substr(position, next - position));
    if (line == delimiter || line == delimiter + "--") {
      if (part_start) {
        std::size_t part_end = position;
        if (part_end > *part_start && body[part_end - 1] == '\n') --part_end;
        if (part_end > *part_start && body[part_end - 1] == '\r') --part_end;
        parts.emplace_back(body.substr(*part_start, part_end - *part_start));
      }
      if (line != delimiter) break;
      part_start = next;
    }
    position = next;
  }
  return parts;
}

void collect_parts(const Section& section, ReceivedMail& mail, int depth) {
  Field type = parse_field(find_header(section.headers, "Content-Type").value_or("text/plain"));
  if (type.value.empty()) type.value = "text/plain";
  std::string transfer = find_header(section.headers, "Content-Transfer-Encoding").value_or("7bit");
  if (type.value.rfind("multipart/", 0) == 0 && depth < 10) {
    for (const std::string& part : split_multipart(section.body, type.parameters["boundary"]))
      collect_parts(split_section(part), mail, depth + 1);
    return;
  }
  Field disposition = parse_field(find_header(section.headers, "Content-Disposition").value_or(""));
  std::string filename = disposition.parameters.count("filename") ? disposition.parameters["filename"]
                                                                  : type.parameters["name"];
  std::string data = decode_body(section.body, transfer);
  if (disposition.value == "attachment" || !filename.empty()) {
    mail.attachments.push_back({decode_rfc2047(filename), find_header(section.headers, "Content-Type").value_or(""),
                                std::move(data)});
  } else if (type.value == "text/plain" && mail.text.empty()) {
    mail.text = to_utf8(data, type.parameters["charset"]);
  } else if (type.value == "text/html" && mail.html.empty()) {
    mail.html = to_utf8(data, type.parameters["charset"]);
  }
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::vector<fs::path> mail_files(const std::string& dir) {
  std::vector<fs::path> files;
  std::error_code error;
  bool is_maildir = fs::is_directory(fs::path(dir) / "new", error) || fs::is_directory(fs::path(dir) / "cur", error);
  auto add_from = [&](const fs::path& folder, bool eml_only) {
    for (const auto& entry : fs::directory_iterator(folder, error)) {
      std::string name = entry.path().filename().string();
      if (!entry.is_regular_file(error) || name.empty() || name.front() == '.') continue;
      if (eml_only && entry.path().extension() != ".eml") continue;
      files.push_back(entry.path());
    }
  };
  if (is_maildir) {
    add_from(fs::path(dir) / "new", false);
    add_from(fs::path(dir) / "cur", false);
  } else {
    add_from(dir, true);
  }
  std::vector<std::pair<fs::file_time_type, fs::path>> dated;
  for (const auto& file : files) dated.emplace_back(fs::last_write_time(file, error), file);
  std::sort(dated.begin(), dated.end());
  files.clear();
  for (auto& [time, file] : dated) files.push_back(std::move(file));
  return files;
}

}  // namespace

std::string ReceivedMail::header(std::string_view name) const {
  auto value = raw_header(name);
  return value ? decode_rfc2047(*value) : std::string();
}

std::optional<std::string> ReceivedMail::raw_header(std::string_view name) const {
  return find_header(headers, name);
}

int ReceivedMail::header_count(std::string_view name) const {
  std::string wanted = lower(name);
  return static_cast<int>(std::count_if(headers.begin(), headers.end(),
                                        [&](const auto& field) { return lower(field.first) == wanted; }));
}

std::string ReceivedMail::to_address() const {
  std::string to = header("To");
  auto open = to.rfind('<');
  if (open == std::string::npos) return trim(to);
  auto close = to.find('>', open);
  return trim(to.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1));
}

std::vector<std::string> ReceivedMail::envelope_recipients() const {
  std::vector<std::string> recipients;
  std::string list = header("X-RcptTo");
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string address = trim(std::string_view(list).substr(start, comma - start));
    if (!address.empty()) recipients.push_back(address);
    start = comma + 1;
  }
  return recipients;
}

MailPredicate any_mail() {
  return [](const ReceivedMail&) { return true; };
}

MailPredicate sent_to(std::string address) {
  return [wanted = lower(address)](const ReceivedMail& mail) {
    if (lower(mail.to_address()) == wanted) return true;
    for (const std::string& recipient : mail.envelope_recipients())
      if (lower(recipient) == wanted) return true;
    return false;
  };
}

ReceivedMail parse_mail(std::string_view raw) {
  ReceivedMail mail;
  mail.raw = std::string(raw);
  Section section = split_section(raw);
  mail.headers = section.headers;
  mail.content_type = parse_field(find_header(section.headers, "Content-Type").value_or("text/plain")).value;
  collect_parts(section, mail, 0);
  return mail;
}

std::vector<ReceivedMail> read_mail_folder(const std::string& dir) {
  std::vector<ReceivedMail> messages;
  for (const fs::path& file : mail_files(dir)) {
    ReceivedMail mail = parse_mail(read_file(file));
    mail.file = file.string();
    messages.push_back(std::move(mail));
  }
  return messages;
}

std::optional<ReceivedMail> wait_for_mail(const std::string& dir, const MailPredicate& predicate,
                                          std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    for (ReceivedMail& mail : read_mail_folder(dir))
      if (predicate(mail)) return std::move(mail);
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

std::string decode_rfc2047(std::string_view value) {
  std::string out;
  std::string pending_space;  // whitespace between two encoded-words is dropped (RFC 2047 §6.2)
  bool after_word = false;
  std::size_t i = 0;
  while (i < value.size()) {
    if (value.substr(i, 2) == "=?") {
      auto charset_end = value.find('?', i + 2);
      auto encoding_end = charset_end == std::string_view::npos ? charset_end : value.find('?', charset_end + 1);
      auto text_end = encoding_end == std::string_view::npos ? encoding_end : value.find("?=", encoding_end + 1);
      if (text_end != std::string_view::npos && encoding_end == charset_end + 2) {
        std::string charset(value.substr(i + 2, charset_end - i - 2));
        if (auto star = charset.find('*'); star != std::string::npos) charset.resize(star);  // RFC 2231 language
        char encoding = static_cast<char>(std::toupper(static_cast<unsigned char>(value[charset_end + 1])));
        std::string_view text = value.substr(encoding_end + 1, text_end - encoding_end - 1);
        std::string bytes;
        if (encoding == 'B') {
          bytes = decode_base64(text);
        } else {
          std::string underscores_as_spaces(text);
          std::replace(underscores_as_spaces.begin(), underscores_as_spaces.end(), '_', ' ');
          bytes = decode_quoted_printable(underscores_as_spaces);
        }
        if (!after_word) out += pending_space;
        pending_space.clear();
        out += to_utf8(bytes, charset);
        after_word = true;
        i = text_end + 2;
        continue;
      }
    }
    char c = value[i++];
    if (c == ' ' || c == '\t') {
      pending_space += c;
      continue;
    }
    out += pending_space;
    pending_space.clear();
    out += c;
    after_word = false;
  }
  if (!after_word) out += pending_space;
  return out;
}

std::string decode_base64(std::string_view text) {
  auto value_of = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=') break;
    int value = value_of(c);
    if (value < 0) continue;
    buffer = (buffer << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

std::string decode_quoted_printable(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '=') {
      out += c;
      continue;
    }
    if (i + 1 < text.size() && (text[i + 1] == '\n' || text[i + 1] == '\r')) {  // soft line break
      i += text[i + 1] == '\r' && i + 2 < text.size() && text[i + 2] == '\n' ? 2 : 1;
      continue;
    }
    if (i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

std::string find_code(std::string_view text, int digits) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i - start == static_cast<std::size_t>(digits)) return std::string(text.substr(start, i - start));
  }
  return {};
}

std::string find_link(std::string_view text, std::string_view prefix) {
  auto start = text.find(prefix);
  if (start == std::string_view::npos) return {};
  auto end = text.find_first_of(" \t\r\n\"'<>", start);
  std::string link(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  while (!link.empty() && std::string_view(".,;:!?)").find(link.back()) != std::string_view::npos) link.pop_back();
  return link;
}

}  // namespace omzien::test
