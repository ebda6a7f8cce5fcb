// The only file that includes Boost.Beast: it compiles slowly, so everything else talks to
// our own Request and Response.
#include <utility>  // before Boost: GCC 12 + C++20 needs it first

#include "http/server.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "core/log.h"
#include "http/parsers.h"

namespace omzien::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

constexpr std::size_t kHeaderLimit = 16 * 1024;

Method to_method(bhttp::verb verb) {
  switch (verb) {
    case bhttp::verb::get: return Method::Get;
    case bhttp::verb::head: return Method::Head;
    case bhttp::verb::post: return Method::Post;
    default: return Method::Other;
  }
}

}  // namespace

class Session;

struct Server::State {
  ServerOptions options;
  HandlerFunction handler;
  RefusalFunction refusal;
  asio::io_context io;
  tcp::acceptor acceptor{io};
  asio::signal_set signals{io};
  asio::steady_timer grace_timer{io};
  std::atomic<int> connections{0};
  std::atomic<bool> stopping{false};
  std::mutex sessions_mutex;
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions;
  std::vector<std::thread> threads;
  std::function<void()> shutdown_callback;

  void accept();
  void session_ended();
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, Server::State& state, bool refuse)
      : stream_(std::move(socket)), state_(state), refuse_(refuse) {
    beast::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ip_ = endpoint.address().to_string();
  }

  ~Session() {
    {
      std::lock_guard lock(state_.sessions_mutex);
      state_.sessions.erase(this);
    }
    state_.session_ended();
  }

  void start() {
    {
      std::lock_guard lock(state_.sessions_mutex);
      state_.sessions[this] = weak_from_this();
    }
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      if (self->refuse_) self->send_refusal(ServerRefusal::TooManyConnections);
      else self->read();
    });
  }

  // Closes the connection if it is waiting for a request; a request being handled finishes.
  void close_if_idle() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) {
        beast::error_code ec;
        self->stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
        self->stream_.close();
      }
    });
  }

 private:
  void read() {
    if (state_.stopping) return close();
    parser_.emplace();
    parser_->body_limit(state_.options.max_body_bytes);
    parser_->header_limit(kHeaderLimit);
    // One deadline for the whole request (headers and body): a client that sends a byte a
    // minute cannot hold the connection (slowloris). It also ends idle keep-alive connections.
    stream_.expires_after(std::chrono::seconds(state_.options.request_timeout_seconds));
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted || ec == beast::error::timeout ||
        ec == asio::error::connection_reset || ec == asio::error::eof || ec == asio::error::bad_descriptor)
      return close();
    if (ec == bhttp::error::body_limit) return send_refusal(ServerRefusal::BodyTooLarge);
    if (ec) return send_refusal(ServerRefusal::BadRequest);
    busy_ = true;
    handle(parser_->release());
  }

  void handle(bhttp::request<bhttp::string_body> message) {
    bool keep_alive = message.keep_alive();
    Request request;
    request.method = to_method(message.method());
    request.target = std::string(message.target());
    for (const auto& field : message) {
      std::string name(field.name_string());
      auto [it, inserted] = request.headers.emplace(name, std::string(field.value()));
      if (!inserted) it->second += ", " + std::string(field.value());
    }
    request.body = std::move(message.body());
    request.remote_ip = remote_ip_;
    Response response;
    auto target = parse_target(request.target);
    if (!target || request.method == Method::Other) {
      response = state_.refusal(ServerRefusal::BadRequest);
      if (request.method == Method::Other && target) response.status = 405;
      keep_alive = false;
    } else {
      request.path = std::move(target->path);
      request.query_string = std::move(target->query_string);
      try {
        response = state_.handler(request);
      } catch (const std::exception& e) {
        log_error("unhandled exception: {}", e.what());
        response = Response::text(500, "Er ging iets mis. Probeer het later opnieuw.");
      }
    }
    write(std::move(response), request.method == Method::Head, keep_alive && !state_.stopping);
  }

  template <typename Body>
  void fill_headers(bhttp::response<Body>& out, const Response& response, bool keep_alive) {
    out.result(static_cast<unsigned>(response.status));
    out.set(bhttp::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) out.insert(name, value);
    for (const auto& cookie : response.set_cookies) out.insert(bhttp::field::set_cookie, cookie);
    out.keep_alive(keep_alive);
  }

  void write(Response response, bool head, bool keep_alive) {
    stream_.expires_after(std::chrono::seconds(state_.options.request_timeout_seconds));
    if (!response.file_path.empty() && !head && response.status == 200) {
      bhttp::file_body::value_type file;
      beast::error_code ec;
      file.open(response.file_path.c_str(), beast::file_mode::scan, ec);
      if (!ec) {
        auto out = std::make_shared<bhttp::response<bhttp::file_body>>();
        fill_headers(*out, response, keep_alive);
        out->body() = std::move(file);
        out->prepare_payload();
        return send(out);
      }
      response = Response::text(404, "Niet gevonden.");
    }
    if (head || response.status == 304 || response.status == 204) {
      auto out = std::make_shared<bhttp::response<bhttp::empty_body>>();
      fill_headers(*out, response, keep_alive);
      if (response.status != 304 && response.status != 204) {
        std::size_t length = response.body.size();
        if (!response.file_path.empty()) {
          beast::error_code ec;
          bhttp::file_body::value_type file;
          file.open(response.file_path.c_str(), beast::file_mode::scan, ec);
          length = ec ? 0 : file.size();
        }
        out->content_length(length);
      }
      return send(out);
    }
    auto out = std::make_shared<bhttp::response<bhttp::string_body>>();
    fill_headers(*out, response, keep_alive);
    out->body() = std::move(response.body);
    out->prepare_payload();
    send(out);
  }

  template <typename Message>
  void send(std::shared_ptr<Message> out) {
    bool keep_alive = out->keep_alive();
    bhttp::async_write(stream_, *out, [self = shared_from_this(), out, keep_alive](beast::error_code ec, std::size_t) {
      self->busy_ = false;
      if (ec || !keep_alive || self->state_.stopping) return self->close();
      self->read();
    });
  }

  void send_refusal(ServerRefusal refusal) {
    busy_ = true;
    Response response = state_.refusal(refusal);
    write(std::move(response), false, false);
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Server::State& state_;
  bool refuse_;
  bool busy_ = false;
  std::string remote_ip_;
};

void Server::State::accept() {
  acceptor.async_accept(asio::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (!stopping && ec != asio::error::operation_aborted) {
        log_warning("accept failed: {}", ec.message());
        accept();
      }
      return;
    }
    socket.set_option(tcp::no_delay(true), ec);
    // Beast has no connection cap: count them, and answer 503 beyond the limit.
    bool refuse = connections.fetch_add(1) >= options.max_connections;
    std::make_shared<Session>(std::move(socket), *this, refuse)->start();
    if (!stopping) accept();
  });
}

void Server::State::session_ended() {
  int left = connections.fetch_sub(1) - 1;
  if (stopping && left == 0) {
    asio::post(io, [this] { grace_timer.cancel(); });
  }
}

Server::Server(ServerOptions options, HandlerFunction handler, RefusalFunction refusal)
    : state_(std::make_unique<State>()) {
  state_->options = std::move(options);
  state_->handler = std::move(handler);
  state_->refusal = std::move(refusal);
}

Server::~Server() {
  stop();
  for (auto& thread : state_->threads)
    if (thread.joinable()) thread.join();
}

Result<unsigned short> Server::listen() {
  beast::error_code ec;
  auto address = asio::ip::make_address(state_->options.host, ec);
  if (ec) return Error{ErrorKind::Invalid, "listen address: " + ec.message()};
  tcp::endpoint endpoint(address, state_->options.port);
  state_->acceptor.open(endpoint.protocol(), ec);
  if (!ec) state_->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) state_->acceptor.bind(endpoint, ec);
  if (!ec) state_->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return Error{ErrorKind::Unavailable, "cannot listen on " + state_->options.host + ":" +
                                                   std::to_string(state_->options.port) + ": " + ec.message()};
  state_->accept();
  return state_->acceptor.local_endpoint().port();
}

void Server::start() {
  int count = state_->options.threads > 0 ? state_->options.threads
                                          : std::max(1u, std::thread::hardware_concurrency());
  for (int i = 0; i < count; ++i) state_->threads.emplace_back([this] { state_->io.run(); });
}

void Server::run() {
  state_->signals.add(SIGINT);
  state_->signals.add(SIGTERM);
  state_->signals.async_wait([this](beast::error_code ec, int) {
    if (!ec) {
      log_info("stopping: finishing requests in progress");
      stop();
    }
  });
  start();
  for (auto& thread : state_->threads) thread.join();
  state_->threads.clear();
}

void Server::stop() {
  if (state_->stopping.exchange(true)) return;
  asio::post(state_->io, [this] {
    beast::error_code ec;
    state_->acceptor.close(ec);
    state_->signals.cancel(ec);
    if (state_->shutdown_callback) state_->shutdown_callback();
    std::vector<std::shared_ptr<Session>> open;
    {
      std::lock_guard lock(state_->sessions_mutex);
      for (auto& [raw, weak] : state_->sessions)
        if (auto session = weak.lock()) open.push_back(std::move(session));
    }
    for (auto& session : open) session->close_if_idle();
    if (state_->connections.load() == 0) return;
    state_->grace_timer.expires_after(std::chrono::seconds(state_->options.shutdown_grace_seconds));
    state_->grace_timer.async_wait([this](beast::error_code wait_ec) {
      if (!wait_ec) {
        log_warning("grace period over; closing {} connections", state_->connections.load());
        state_->io.stop();
      }
    });
  });
}

int Server::open_connections() const { return state_->connections.load(); }

void Server::on_shutdown(std::function<void()> callback) { state_->shutdown_callback = std::move(callback); }

}  // namespace omzien::http
