// The omzien program as an operator runs it: serve, stop, crash, back up, grant staff.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "db/db.h"
#include "testing/http_client.h"
#include "testing/http_test.h"
#include "testing/smtp_sink.h"

namespace omzien::test {
namespace {

const std::string kProgram = std::string(OMZIEN_BINARY_DIR) + "/omzien";

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

// Runs the program with `args` and extra environment; returns its pid.
pid_t spawn(const std::vector<std::string>& args, const std::vector<std::string>& env) {
  pid_t pid = ::fork();
  if (pid == 0) {
    for (const auto& e : env) ::putenv(const_cast<char*>(e.c_str()));
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(kProgram.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 2);
    ::execv(kProgram.c_str(), argv.data());
    ::_exit(127);
  }
  return pid;
}

int run(const std::vector<std::string>& args, std::string* output = nullptr) {
  std::string command = kProgram;
  for (const auto& a : args) command += " '" + a + "'";
  command += " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string text;
  char buffer[512];
  while (pipe && std::fgets(buffer, sizeof buffer, pipe)) text += buffer;
  int status = ::pclose(pipe);
  if (output) *output = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool wait_until_serving(const std::string& base_url) {
  for (int i = 0; i < 200; ++i) {
    try {
      if (HttpClient(base_url).get("/").status == 200) return true;
    } catch (...) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  return false;
}

// An SMTP server that greets and accepts the envelope, then never answers DATA: a server that
// hangs mid-send, so the program can be killed while a mail is being sent.
class HangingSmtpServer {
 public:
  HangingSmtpServer() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int yes = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    ::listen(listener_, 4);
    thread_ = std::thread([this] { serve(); });
  }
  ~HangingSmtpServer() {
    stop_ = true;
    ::shutdown(listener_, SHUT_RDWR);
    ::close(listener_);
    thread_.join();
  }
  int port() const { return port_; }
  bool reached_data() const { return reached_data_; }

 private:
  void serve() {
    int client = ::accept(listener_, nullptr, nullptr);
    if (client < 0) return;
    auto say = [&](const std::string& line) { ::send(client, line.data(), line.size(), MSG_NOSIGNAL); };
    say("220 hang.example ESMTP\r\n");
    std::string buffer;
    char chunk[1024];
    while (!stop_) {
      ssize_t n = ::recv(client, chunk, sizeof chunk, 0);
      if (n <= 0) break;
      buffer.append(chunk, static_cast<std::size_t>(n));
      std::size_t end;
      while ((end = buffer.find("\r\n")) != std::string::npos) {
        std::string line = buffer.substr(0, end);
        buffer.erase(0, end + 2);
        if (line.rfind("EHLO", 0) == 0 || line.rfind("HELO", 0) == 0) say("250 hang.example\r\n");
        else if (line.rfind("MAIL", 0) == 0 || line.rfind("RCPT", 0) == 0) say("250 OK\r\n");
        else if (line == "DATA") {
          say("354 go ahead\r\n");
          reached_data_ = true;  // and from here on, silence
        }
      }
    }
    ::close(client);
  }
  int listener_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> reached_data_{false};
};

class ProgramTest : public ::testing::Test {
 protected:
  void SetUp() override { data_ = make_temp_dir("omzien-program"); }
  void TearDown() override { remove_temp_dir(data_); }
  std::string data_;
};

TEST_F(ProgramTest, AServerKilledWhileSendingAMailSendsItAfterARestart) {
  SmtpSink sink;
  int port = free_port();
  std::string base = "http://127.0.0.1:" + std::to_string(port);
  std::vector<std::string> args = {"--data", data_, "serve", "--listen", "127.0.0.1:" + std::to_string(port),
                                   "--base-url", base};
  std::string message_id;
  {
    HangingSmtpServer hanging;
    pid_t server = spawn(args, {"OMZIEN_SMTP_URL=smtp://127.0.0.1:" + std::to_string(hanging.port()),
                                "OMZIEN_SMTP_TIMEOUT=60"});
    ASSERT_TRUE(wait_until_serving(base));
    HttpClient browser(base);
    browser.get("/inloggen");
    ASSERT_EQ(browser.post("/inloggen", {{"email", "crash@voorbeeld.nl"}}).status, 303);
    for (int i = 0; i < 200 && !hanging.reached_data(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
    ASSERT_TRUE(hanging.reached_data()) << "the mail was being sent";
    ::kill(server, SIGKILL);
    ::waitpid(server, nullptr, 0);
    auto db = db::Db::open(data_ + "/omzien.db", db::OpenMode::ReadWrite);
    ASSERT_TRUE(db);
    auto row = (*db)->read([](db::Connection& c) {
      auto s = c.prepare("SELECT status, message_id FROM mail_outbox");
      s.next();
      return std::make_pair(s.text(0), s.text(1));
    });
    EXPECT_EQ(row.first, "sending") << "killed mid-send";
    message_id = row.second;
  }
  pid_t restarted = spawn(args, {"OMZIEN_SMTP_URL=" + sink.url()});
  ASSERT_TRUE(wait_until_serving(base));
  auto mail = sink.wait_for_mail(sent_to("crash@voorbeeld.nl"), std::chrono::seconds(10));
  ::kill(restarted, SIGTERM);
  int status = 0;
  ::waitpid(restarted, &status, 0);
  ASSERT_TRUE(mail) << "nothing stays stuck in 'sending'";
  EXPECT_EQ(mail->header("Message-ID"), message_id) << "the same message, not a new one";
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "SIGTERM stops it cleanly";
}

TEST_F(ProgramTest, BackupMakesACheckedCopyOfALiveDatabase) {
  int port = free_port();
  std::string base = "http://127.0.0.1:" + std::to_string(port);
  pid_t server = spawn({"--data", data_, "serve", "--listen", "127.0.0.1:" + std::to_string(port), "--base-url", base}, {});
  ASSERT_TRUE(wait_until_serving(base));
  HttpClient browser(base);
  browser.get("/inloggen");
  browser.post("/inloggen", {{"email", "backup@voorbeeld.nl"}});
  std::string output;
  std::string copy = data_ + "/kopie.db";
  EXPECT_EQ(run({"--data", data_, "backup", copy}, &output), 0) << output;
  ::kill(server, SIGTERM);
  ::waitpid(server, nullptr, 0);
  auto db = db::Db::open(copy, db::OpenMode::ReadWrite);
  ASSERT_TRUE(db);
  auto tokens = (*db)->read([](db::Connection& c) { return c.prepare("SELECT count(*) FROM login_tokens").single_integer(); });
  EXPECT_EQ(tokens.value_or(0), 1) << "the copy holds what the live server had written";
}

TEST_F(ProgramTest, AdminGrantMakesStaffAndRevokeUndoesIt) {
  std::string output;
  EXPECT_EQ(run({"--data", data_, "admin", "grant", "baas@voorbeeld.nl"}, &output), 0) << output;
  auto is_staff = [&] {
    auto db = db::Db::open(data_ + "/omzien.db", db::OpenMode::ReadWrite);
    return (*db)->read([](db::Connection& c) {
      return c.prepare("SELECT is_staff FROM accounts WHERE email = 'baas@voorbeeld.nl'").single_integer().value_or(-1);
    });
  };
  EXPECT_EQ(is_staff(), 1);
  EXPECT_EQ(run({"--data", data_, "admin", "revoke", "baas@voorbeeld.nl"}, &output), 0) << output;
  EXPECT_EQ(is_staff(), 0);
  EXPECT_NE(run({"--data", data_, "admin", "grant", "geen-adres"}, &output), 0);
}

TEST_F(ProgramTest, DemoFillsAnEmptyFolderOnceAndHelpListsEveryCommand) {
  std::string output;
  EXPECT_EQ(run({"--data", data_, "demo", "--if-empty"}, &output), 0) << output;
  EXPECT_EQ(run({"--data", data_, "demo", "--if-empty"}, &output), 0) << "a second run changes nothing";
  EXPECT_NE(run({"--data", data_, "demo"}, &output), 0) << "without --if-empty a filled folder is refused";
  EXPECT_EQ(run({"--help"}, &output), 0);
  for (const char* command : {"serve", "demo", "backup", "admin grant", "admin revoke", "reindex"})
    EXPECT_NE(output.find(command), std::string::npos) << command;
}


// An operator repairs the index after the database was changed behind its back (a restored
// backup, a fix in SQL): reindex picks the change up; while the server runs it says why not.
TEST_F(ProgramTest, ReindexRebuildsTheSearchIndexAndSaysSoWhenTheServerHoldsIt) {
  std::string file = data_ + "/initiatieven.json";
  std::ofstream(file) << R"([{"id": "X1", "name": "Repair Café De Schroef", "summary": "Samen spullen repareren.",
    "themes": ["duurzaamheid-energie"], "municipality": "Zeist", "place": "Zeist", "phase": "gevestigd"}])";
  std::string output;
  ASSERT_EQ(run({"--data", data_, "import", "initiatives", file}, &output), 0) << output;
  {
    auto db = db::Db::open(data_ + "/omzien.db", db::OpenMode::ReadWrite);
    ASSERT_TRUE((*db)->write_void([](db::Connection& c) {
      return c.prepare("UPDATE initiatives SET name = 'Fietsenmakerij De Spaak' WHERE external_id = 'X1'").run();
    }));
  }
  EXPECT_EQ(run({"--data", data_, "reindex"}, &output), 0) << output;
  EXPECT_NE(output.find("Zoekindex opnieuw opgebouwd: 1 item"), std::string::npos) << output;

  int port = free_port();
  std::string base = "http://127.0.0.1:" + std::to_string(port);
  pid_t server = spawn({"--data", data_, "serve", "--listen", "127.0.0.1:" + std::to_string(port), "--base-url", base}, {});
  ASSERT_TRUE(wait_until_serving(base));
  auto found = HttpClient(base).get("/api/v1/zoeken?q=fietsenmakerij");
  EXPECT_NE(found.body.find("\"external_id\":\"X1\""), std::string::npos) << found.body;
  EXPECT_EQ(run({"--data", data_, "reindex"}, &output), 1);
  EXPECT_NE(output.find("De zoekindex is in gebruik door de server die nu draait"), std::string::npos) << output;
  ::kill(server, SIGTERM);
  ::waitpid(server, nullptr, 0);
}

}  // namespace
}  // namespace omzien::test
