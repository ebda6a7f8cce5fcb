// The HTTP server on its own: connection cap, graceful stop, body limit.
#include "http/server.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <future>
#include <thread>

namespace omzien::http {
namespace {

int connect_to(unsigned short port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  timeval tv{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  return fd;
}

std::string send_and_read(int fd, const std::string& request) {
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string out;
  char buffer[4096];
  while (true) {
    ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

Response refusal_text(ServerRefusal refusal) {
  switch (refusal) {
    case ServerRefusal::TooManyConnections: return Response::text(503, "te druk");
    case ServerRefusal::BodyTooLarge: return Response::text(413, "te groot");
    case ServerRefusal::BadRequest: break;
  }
  return Response::text(400, "fout");
}

TEST(Server, ConnectionsBeyondTheCapAreAnsweredWith503) {
  ServerOptions options;
  options.port = 0;
  options.threads = 2;
  options.max_connections = 2;
  Server server(options, [](Request&) { return Response::text(200, "ok"); }, refusal_text);
  auto port = server.listen();
  ASSERT_TRUE(port);
  server.start();
  int first = connect_to(*port);
  int second = connect_to(*port);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  int third = connect_to(*port);
  std::string answer = send_and_read(third, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_NE(answer.find(" 503 "), std::string::npos) << answer;
  ::close(first);
  ::close(second);
  ::close(third);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  int fourth = connect_to(*port);
  EXPECT_NE(send_and_read(fourth, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").find(" 200 "), std::string::npos)
      << "once connections close, new ones are served again";
  ::close(fourth);
  server.stop();
}

TEST(Server, StoppingLetsARequestInProgressFinishAndRefusesNewOnes) {
  ServerOptions options;
  options.port = 0;
  options.threads = 2;
  options.shutdown_grace_seconds = 5;
  std::atomic<bool> handling{false};
  Server server(
      options,
      [&](Request&) {
        handling = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        return Response::text(200, "klaar");
      },
      refusal_text);
  auto port = server.listen();
  ASSERT_TRUE(port);
  server.start();
  auto in_flight = std::async(std::launch::async, [&] {
    int fd = connect_to(*port);
    std::string answer = send_and_read(fd, "GET /traag HTTP/1.1\r\nHost: x\r\n\r\n");
    ::close(fd);
    return answer;
  });
  while (!handling) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  server.stop();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_LT(connect_to(*port), 0) << "no new connections after stop";
  std::string answer = in_flight.get();
  EXPECT_NE(answer.find(" 200 "), std::string::npos);
  EXPECT_NE(answer.find("klaar"), std::string::npos);
  EXPECT_NE(answer.find("Connection: close"), std::string::npos);
}

TEST(Server, ABodyOverTheLimitIsRefusedWith413) {
  ServerOptions options;
  options.port = 0;
  options.threads = 1;
  options.max_body_bytes = 1000;
  Server server(options, [](Request& r) { return Response::text(200, std::to_string(r.body.size())); }, refusal_text);
  auto port = server.listen();
  ASSERT_TRUE(port);
  server.start();
  int fd = connect_to(*port);
  std::string body(2000, 'x');
  std::string answer = send_and_read(fd, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n" + body);
  ::close(fd);
  EXPECT_NE(answer.find(" 413 "), std::string::npos);
  server.stop();
}

}  // namespace
}  // namespace omzien::http
