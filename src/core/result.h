// Results as values: a T or the Error that prevented it.
// Reads like std::expected (C++23) so it can become an alias for it later;
// GCC 12 only has std::expected under -std=c++2b.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace omzien {

// Which kind of failure; picks the HTTP status and the page a user sees.
enum class ErrorKind { NotFound, Forbidden, Conflict, Invalid, Unavailable, Internal };

struct Error {
  ErrorKind kind = ErrorKind::Internal;
  std::string detail;  // English, for the log; never personal data.
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  explicit operator bool() const { return state_.index() == 0; }
  bool ok() const { return state_.index() == 0; }
  T& value() & {
    assert(ok());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(state_));
  }
  const Error& error() const {
    assert(!ok());
    return std::get<1>(state_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}
  explicit operator bool() const { return ok_; }
  bool ok() const { return ok_; }
  const Error& error() const {
    assert(!ok_);
    return error_;
  }

 private:
  Error error_;
  bool ok_ = true;
};

inline Error not_found(std::string detail) { return {ErrorKind::NotFound, std::move(detail)}; }
inline Error forbidden(std::string detail) { return {ErrorKind::Forbidden, std::move(detail)}; }
inline Error conflict(std::string detail) { return {ErrorKind::Conflict, std::move(detail)}; }
inline Error internal_error(std::string detail) { return {ErrorKind::Internal, std::move(detail)}; }

}  // namespace omzien
