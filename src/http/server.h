// The HTTP/1.1 server (Boost.Beast, in server.cc only): keep-alive, a deadline on every whole
// request (stops slowloris), a cap on open connections, body size limits, graceful shutdown.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "http/request.h"
#include "http/response.h"

namespace omzien::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (tests)
  int threads = 0;             // 0: one per core
  int max_connections = 512;
  int request_timeout_seconds = 30;
  std::size_t max_body_bytes = 12 * 1024 * 1024;
  int shutdown_grace_seconds = 10;
};

// What the server answers by itself, before any handler runs (bad request line, body too
// large, too many connections): the app renders these in its own words and layout.
enum class ServerRefusal { BadRequest, BodyTooLarge, TooManyConnections };

class Server {
 public:
  using HandlerFunction = std::function<Response(Request&)>;
  using RefusalFunction = std::function<Response(ServerRefusal)>;

  Server(ServerOptions options, HandlerFunction handler, RefusalFunction refusal);
  ~Server();

  // Binds and listens; returns the bound port (useful with port 0).
  Result<unsigned short> listen();
  // Runs on `threads` threads until stop() or SIGTERM/SIGINT; then finishes in-flight requests
  // (up to the grace period), refusing new ones.
  void run();
  // Starts the threads and returns at once (tests); stop() ends them.
  void start();
  // Graceful stop: no new connections, idle keep-alive connections close, requests being
  // handled finish (up to the grace period). Safe to call twice and from a signal handler thread.
  void stop();
  // Open connections now (for tests of the cap).
  int open_connections() const;

  // Called once after the server stopped accepting on SIGTERM, before in-flight work ends.
  void on_shutdown(std::function<void()> callback);

  struct State;  // defined in server.cc, where Beast lives

 private:
  std::unique_ptr<State> state_;
};

}  // namespace omzien::http
