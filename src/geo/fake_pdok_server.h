// For tests only: a tiny HTTP server on 127.0.0.1 that plays PDOK Locatieserver. Each request's
// target goes to a handler, which picks the answer: a body (PDOK's JSON or garbage), an HTTP error,
// or silence (the connection stays open and nothing is sent, as a hanging PDOK does). One
// connection at a time is enough for these tests. No test reaches the internet.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace omzien::geo::testing {

struct FakeAnswer {
  int status = 200;
  std::string body;
  bool silent = false;  // answer nothing, keep the connection open until the client gives up
};

class FakePdokServer {
 public:
  using Handler = std::function<FakeAnswer(const std::string& target)>;

  explicit FakePdokServer(Handler handler) : handler_(std::move(handler)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int yes = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(listener_, 16);
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
  }

  ~FakePdokServer() {
    stop_ = true;
    thread_.join();
    ::close(listener_);
  }

  FakePdokServer(const FakePdokServer&) = delete;
  FakePdokServer& operator=(const FakePdokServer&) = delete;

  // Where the client should send its requests, like Config::pdok_url.
  std::string base_url() const {
    return "http://127.0.0.1:" + std::to_string(port_) + "/bzk/locatieserver/search/v3_1";
  }
  // The request targets seen so far ("/bzk/locatieserver/search/v3_1/free?q=...").
  std::vector<std::string> targets() const {
    std::lock_guard lock(mutex_);
    return targets_;
  }

 private:
  void serve() {
    while (!stop_) {
      pollfd waiting{listener_, POLLIN, 0};
      if (::poll(&waiting, 1, 20) <= 0) continue;
      int connection = ::accept(listener_, nullptr, nullptr);
      if (connection < 0) continue;
      handle(connection);
      ::close(connection);
    }
  }

  void handle(int connection) {
    std::string request;
    char buffer[4096];
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (request.find("\r\n\r\n") == std::string::npos && std::chrono::steady_clock::now() < deadline && !stop_) {
      pollfd readable{connection, POLLIN, 0};
      if (::poll(&readable, 1, 20) <= 0) continue;
      ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
      if (got <= 0) return;
      request.append(buffer, static_cast<std::size_t>(got));
    }
    std::size_t first_space = request.find(' ');
    std::size_t second_space = request.find(' ', first_space + 1);
    if (first_space == std::string::npos || second_space == std::string::npos) return;
    std::string target = request.substr(first_space + 1, second_space - first_space - 1);
    {
      std::lock_guard lock(mutex_);
      targets_.push_back(target);
    }
    FakeAnswer answer = handler_(target);
    if (answer.silent) return wait_for_client_to_leave(connection);
    std::string response = "HTTP/1.1 " + std::to_string(answer.status) + " Fake\r\n" +
                           "Content-Type: application/json\r\nContent-Length: " + std::to_string(answer.body.size()) +
                           "\r\nConnection: close\r\n\r\n" + answer.body;
    std::size_t sent = 0;
    while (sent < response.size()) {
      ssize_t wrote = ::send(connection, response.data() + sent, response.size() - sent, MSG_NOSIGNAL);
      if (wrote <= 0) return;
      sent += static_cast<std::size_t>(wrote);
    }
  }

  void wait_for_client_to_leave(int connection) {
    char buffer[256];
    while (!stop_) {
      pollfd readable{connection, POLLIN, 0};
      if (::poll(&readable, 1, 20) <= 0) continue;
      if (::recv(connection, buffer, sizeof buffer, 0) <= 0) return;
    }
  }

  Handler handler_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::vector<std::string> targets_;
  std::thread thread_;
};

}  // namespace omzien::geo::testing
