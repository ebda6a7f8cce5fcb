#include "testing/smtp_sink.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace omzien::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// Debian's python, which has python3-aiosmtpd; the python3 first on PATH may be another one.
constexpr const char* kPython = "/usr/bin/python3";
constexpr auto kStartTimeout = 5s;
constexpr auto kStopTimeout = 2s;
constexpr int kPortAttempts = 3;

// The folder holding smtp_sink_handler.py: beside this source file, or under the source tree
// CMake names.
std::string handler_dir() {
  std::vector<fs::path> candidates{fs::path(__FILE__).parent_path()};
#ifdef OMZIEN_SOURCE_DIR
  candidates.push_back(fs::path(OMZIEN_SOURCE_DIR) / "testing");
#endif
  for (const fs::path& dir : candidates) {
    std::error_code error;
    if (fs::exists(dir / "smtp_sink_handler.py", error)) return fs::absolute(dir, error).string();
  }
  throw std::runtime_error("SmtpSink: testing/smtp_sink_handler.py not found");
}

// A port nobody listens on right now. Another process could take it before the sink binds;
// launch() then fails fast and the constructor tries another.
int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    if (fd >= 0) ::close(fd);
    throw std::runtime_error("SmtpSink: cannot find a free port");
  }
  ::close(fd);
  return ntohs(address.sin_port);
}

bool accepts_connections(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return false;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<uint16_t>(port));
  bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return connected;
}

std::string tail_of(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream content;
  content << in.rdbuf();
  std::string text = content.str();
  return text.size() > 2000 ? text.substr(text.size() - 2000) : text;
}

// The child's environment: ours without PYTHON* settings (a pyenv PYTHONHOME would break
// Debian's python), plus the handler's folder and no .pyc files written into the source tree.
std::vector<std::string> child_environment() {
  std::vector<std::string> variables;
  for (char** entry = environ; entry && *entry; ++entry)
    if (std::strncmp(*entry, "PYTHON", 6) != 0) variables.emplace_back(*entry);
  variables.push_back("PYTHONPATH=" + handler_dir());
  variables.push_back("PYTHONDONTWRITEBYTECODE=1");
  variables.push_back("PYTHONUNBUFFERED=1");
  return variables;
}

std::vector<char*> pointers_to(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (std::string& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

void write_atomically(const std::string& path, std::string_view content) {
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << content;
    if (!out) throw std::runtime_error("SmtpSink: cannot write " + temporary);
  }
  fs::rename(temporary, path);
}

}  // namespace

SmtpSink::SmtpSink() {
  char pattern[] = "/tmp/omzien-smtp-XXXXXX";
  if (!::mkdtemp(pattern)) throw std::runtime_error("SmtpSink: mkdtemp failed");
  root_ = pattern;
  maildir_ = root_;
  log_path_ = maildir_ + "/sink.log";
  for (int attempt = 1;; ++attempt) {
    port_ = free_port();
    try {
      launch();
      return;
    } catch (const std::runtime_error&) {
      if (attempt == kPortAttempts) {
        fs::remove_all(root_);
        throw;
      }
    }
  }
}

SmtpSink::SmtpSink(std::string maildir) : maildir_(std::move(maildir)) {
  log_path_ = maildir_ + "/sink.log";
  for (int attempt = 1;; ++attempt) {
    port_ = free_port();
    try {
      launch();
      return;
    } catch (const std::runtime_error&) {
      if (attempt == kPortAttempts) throw;
    }
  }
}

SmtpSink::~SmtpSink() {
  stop();
  if (!root_.empty()) {
    std::error_code error;
    fs::remove_all(root_, error);
  }
}

void SmtpSink::start() {
  if (!running()) launch();
}

void SmtpSink::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  auto deadline = std::chrono::steady_clock::now() + kStopTimeout;
  int status = 0;
  while (::waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(5ms);
  }
  pid_ = -1;
}

void SmtpSink::launch() {
  for (const char* sub : {"tmp", "new", "cur"}) fs::create_directories(fs::path(maildir_) / sub);
  std::vector<std::string> arguments{kPython,
                                     "-m",
                                     "aiosmtpd",
                                     "-n",
                                     "-l",
                                     "127.0.0.1:" + std::to_string(port_),
                                     "-c",
                                     "smtp_sink_handler.ReplyingMailbox",
                                     maildir_};
  std::vector<std::string> environment = child_environment();
  std::vector<char*> argv = pointers_to(arguments);
  std::vector<char*> envp = pointers_to(environment);
  int log_fd = ::open(log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  int null_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (log_fd < 0 || null_fd < 0) throw std::runtime_error("SmtpSink: cannot open " + log_path_);

  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);
    ::dup2(null_fd, 0);
    ::dup2(log_fd, 1);
    ::dup2(log_fd, 2);
    ::close_range(3, ~0U, 0);  // no database or socket of the test stays open in the child
    ::execve(kPython, argv.data(), envp.data());
    ::_exit(127);
  }
  ::close(log_fd);
  ::close(null_fd);
  if (pid < 0) throw std::runtime_error("SmtpSink: fork failed");
  pid_ = pid;

  auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
  while (!accepts_connections(port_)) {
    int status = 0;
    bool exited = ::waitpid(pid_, &status, WNOHANG) == pid_;
    if (exited || std::chrono::steady_clock::now() >= deadline) {
      if (!exited) stop();
      pid_ = -1;
      throw std::runtime_error("SmtpSink: aiosmtpd did not start on port " + std::to_string(port_) + ":\n" +
                               tail_of(log_path_));
    }
    std::this_thread::sleep_for(10ms);
  }
}

std::string SmtpSink::url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

SmtpConfig SmtpSink::config() const {
  SmtpConfig smtp;
  smtp.url = url();
  smtp.from = "Omzien <noreply@omzien.test>";
  smtp.timeout_seconds = 5;
  return smtp;
}

void SmtpSink::reply_with(std::string_view reply, SinkStage stage) {
  std::string command = stage == SinkStage::Recipient ? "RCPT " : "DATA ";
  write_atomically(maildir_ + "/reply", command + std::string(reply) + "\n");
}

void SmtpSink::accept_mail() {
  std::error_code error;
  fs::remove(fs::path(maildir_) / "reply", error);
}

std::vector<ReceivedMail> SmtpSink::messages() const { return read_mail_folder(maildir_); }

std::optional<ReceivedMail> SmtpSink::wait_for_mail(const MailPredicate& predicate,
                                                    std::chrono::milliseconds timeout) const {
  return test::wait_for_mail(maildir_, predicate, timeout);
}

}  // namespace omzien::test
