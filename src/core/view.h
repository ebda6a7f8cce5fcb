// View: the data a template renders. Text, a flag, a list or an object of named values.
// An empty text counts as false in a {{#section}}.
// Our own small type so that only core/templates.cc includes the mustache header.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace omzien {

class View {
 public:
  enum class Kind { Object, Text, Flag, List };

  View() = default;  // an empty object
  View(std::string text) : kind_(Kind::Text), text_(std::move(text)) {}
  View(std::string_view text) : kind_(Kind::Text), text_(text) {}
  View(const char* text) : kind_(Kind::Text), text_(text) {}
  View(bool flag) : kind_(Kind::Flag), flag_(flag) {}
  View(int number) : View(std::to_string(number)) {}
  View(std::int64_t number) : View(std::to_string(number)) {}

  static View list() {
    View v;
    v.kind_ = Kind::List;
    return v;
  }

  // Sets a member of an object; returns *this so calls chain.
  View& set(std::string key, View value);
  // Appends to a list; returns *this.
  View& push(View value);

  Kind kind() const { return kind_; }
  const std::string& text() const { return text_; }
  bool flag() const { return flag_; }
  const std::vector<View>& items() const { return items_; }
  const std::map<std::string, View, std::less<>>& members() const { return members_; }
  // The member `key`, or nullptr.
  const View* find(std::string_view key) const;
  bool empty_list() const { return kind_ == Kind::List && items_.empty(); }
  std::size_t size() const { return items_.size(); }

 private:
  Kind kind_ = Kind::Object;
  std::string text_;
  bool flag_ = false;
  std::vector<View> items_;
  std::map<std::string, View, std::less<>> members_;
};

}  // namespace omzien
