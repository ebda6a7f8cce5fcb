#include "features/events/agenda_query.h"

#include <algorithm>
#include <set>

#include "core/text.h"

namespace omzien::events {
namespace {

// Filter values are short ids; anything else (control characters, long junk) is dropped.
std::vector<std::string> clean_values(const std::vector<std::string>& values) {
  std::set<std::string> seen;
  std::vector<std::string> out;
  for (const auto& value : values) {
    std::string v = trim(value);
    if (v.empty() || v.size() > 60 || has_control_characters(v) || !seen.insert(v).second) continue;
    out.push_back(v);
  }
  return out;
}

bool any_of(const std::vector<std::string>& wanted, const std::vector<std::string>& has) {
  if (wanted.empty()) return true;
  return std::any_of(wanted.begin(), wanted.end(),
                     [&](const std::string& w) { return std::find(has.begin(), has.end(), w) != has.end(); });
}

bool form_matches(const std::string& form, Mode mode) {
  if (form == "op-locatie") return mode != Mode::Online;
  if (form == "online") return mode != Mode::Offline;
  return true;
}

enum class Skip { None, Themes, Municipalities, Form };

bool matches_except(const Event& e, const AgendaQuery& q, Skip skip) {
  if (skip != Skip::Themes && !any_of(q.themes, e.themes)) return false;
  if (skip != Skip::Municipalities && !any_of(q.municipalities, {e.municipality_code})) return false;
  if (skip != Skip::Form && !form_matches(q.form, e.mode)) return false;
  return true;
}

}  // namespace

AgendaQuery AgendaQuery::from_params(const http::Params& params) {
  AgendaQuery q;
  q.themes = clean_values(params.all("thema"));
  q.municipalities = clean_values(params.all("gemeente"));
  std::string form = params.get("vorm");
  q.form = form == "op-locatie" || form == "online" ? form : "";
  try {
    q.page = std::clamp(std::stoi(params.get("pagina")), 1, 10000);
  } catch (...) {
    q.page = 1;
  }
  return q;
}

std::string AgendaQuery::to_query_string(int page_override) const {
  std::string out;
  auto add = [&](std::string_view name, std::string_view value) {
    out += (out.empty() ? "" : "&") + std::string(name) + "=" + url_encode(value);
  };
  for (const auto& v : themes) add("thema", v);
  for (const auto& v : municipalities) add("gemeente", v);
  if (!form.empty()) add("vorm", form);
  int p = page_override > 0 ? page_override : page;
  if (p > 1) add("pagina", std::to_string(p));
  return out;
}

bool matches(const Event& event, const AgendaQuery& query) { return matches_except(event, query, Skip::None); }

AgendaPage filter_agenda(const std::vector<Event>& events, const AgendaQuery& query) {
  AgendaPage page;
  std::vector<const Event*> hits;
  for (const auto& e : events) {
    if (matches(e, query)) hits.push_back(&e);
    if (matches_except(e, query, Skip::Themes))
      for (const auto& theme : e.themes) ++page.counts["thema"][theme];
    if (matches_except(e, query, Skip::Municipalities)) ++page.counts["gemeente"][e.municipality_code];
    if (matches_except(e, query, Skip::Form)) {
      if (form_matches("op-locatie", e.mode)) ++page.counts["vorm"]["op-locatie"];
      if (form_matches("online", e.mode)) ++page.counts["vorm"]["online"];
    }
  }
  page.total = static_cast<int>(hits.size());
  std::size_t first = static_cast<std::size_t>(std::max(0, (query.page - 1) * query.per_page));
  for (std::size_t i = first; i < hits.size() && i < first + static_cast<std::size_t>(query.per_page); ++i)
    page.entries.push_back(*hits[i]);
  return page;
}

}  // namespace omzien::events
