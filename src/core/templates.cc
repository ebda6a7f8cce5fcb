#include "core/templates.h"

#include <cassert>
#include <kainjow/mustache.hpp>
#include <memory>
#include <unordered_map>

#include "core/log.h"

namespace omzien {
namespace {

namespace mustache = kainjow::mustache;

mustache::data to_data(const View& view) {
  switch (view.kind()) {
    case View::Kind::Text:
      // An empty text is false in a section, as in most Mustache implementations, so
      // {{#website}}...{{/website}} shows nothing when there is no website.
      if (view.text().empty()) return mustache::data(mustache::data::type::bool_false);
      return mustache::data(view.text());
    case View::Kind::Flag:
      return view.flag() ? mustache::data(mustache::data::type::bool_true)
                         : mustache::data(mustache::data::type::bool_false);
    case View::Kind::List: {
      mustache::data list(mustache::data::type::list);
      for (const auto& item : view.items()) list.push_back(to_data(item));
      return list;
    }
    case View::Kind::Object: {
      mustache::data object(mustache::data::type::object);
      for (const auto& [key, value] : view.members()) object.set(key, to_data(value));
      return object;
    }
  }
  return {};
}

const EmbeddedTemplate* find_source(std::string_view name) {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string_view, const EmbeddedTemplate*>();
    for (const auto& t : embedded_templates()) map->emplace(t.name, &t);
    return map;
  }();
  auto it = index->find(name);
  return it == index->end() ? nullptr : it->second;
}

}  // namespace

bool has_template(std::string_view name) { return find_source(name) != nullptr; }

std::string render_template(std::string_view name, const View& view) {
  // kainjow mustache is not thread-safe while rendering: one parsed copy per thread.
  thread_local std::unordered_map<std::string_view, std::unique_ptr<mustache::mustache>> parsed;
  auto it = parsed.find(name);
  if (it == parsed.end()) {
    const EmbeddedTemplate* source = find_source(name);
    if (!source) {
      log_error("template not found: {}", name);
      assert(false && "template not found");
      return {};
    }
    auto tmpl = std::make_unique<mustache::mustache>(std::string(source->source));
    if (!tmpl->is_valid()) {
      log_error("template {} invalid: {}", name, tmpl->error_message());
      assert(false && "template invalid");
      return {};
    }
    it = parsed.emplace(source->name, std::move(tmpl)).first;
  }
  return it->second->render(to_data(view));
}

}  // namespace omzien
