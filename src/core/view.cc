#include "core/view.h"

#include <cassert>

namespace omzien {

View& View::set(std::string key, View value) {
  assert(kind_ == Kind::Object);
  members_.insert_or_assign(std::move(key), std::move(value));
  return *this;
}

View& View::push(View value) {
  assert(kind_ == Kind::List);
  items_.push_back(std::move(value));
  return *this;
}

const View* View::find(std::string_view key) const {
  auto it = members_.find(key);
  return it == members_.end() ? nullptr : &it->second;
}

}  // namespace omzien
