#include "features/events/demo.h"

#include "app/app.h"
#include "core/amsterdam_time.h"
#include "core/log.h"
#include "features/accounts/account_store.h"
#include "features/events/event_store.h"
#include "features/initiatives/initiative_store.h"
#include "geo/geo.h"

namespace omzien::events {
namespace {

struct DemoEvent {
  int days_from_now;
  int start_hour, start_minute, end_hour, end_minute;
  const char* title;
  const char* description;
  const char* audience;
  Mode mode;
  const char* venue_name;
  const char* address;
  const char* postcode;
  const char* place;
  const char* online_url;  // .example: made up
  const char* organiser_external_id;  // a demo initiative, or nullptr for the foundation
  const char* creator_email;
  const char* municipality_code;
  std::vector<std::string> themes;
  std::optional<int> capacity;
  bool step_free;
  bool hearing_loop;
  const char* report;  // for a past one
  // The venue's point, as PDOK would find it for the address (the demo never asks PDOK); 0: none.
  double lat = 0;
  double lon = 0;
};

const std::vector<DemoEvent>& demo_events() {
  static const std::vector<DemoEvent> kEvents = {
      {10, 14, 0, 16, 0, "Koffie en kennismaken in de buurtkamer",
       "Kom een kop koffie drinken en maak kennis met de vrijwilligers van Buurtkamer De Linde. We vertellen wat we "
       "doen en horen graag wat jij mist in de wijk.\n\n- Koffie, thee en iets lekkers\n- Je hoeft niets voor te bereiden",
       "Buren uit Overvecht en iedereen die wil meedoen", Mode::Offline, "Buurtkamer De Linde", "Plein 12", "3563 AB",
       "Utrecht", "", "DEMO-01", "ria@demo.omzien.example", "GM0344", {"eenzaamheid", "wonen-buurt"}, 25, true, true,
       "", 52.1157, 5.1118},
      {5, 19, 30, 20, 30, "Online spreekuur: zet je initiatief op Omzien",
       "Een half uur uitleg en een half uur vragen. We laten zien hoe je in een paar minuten een profiel maakt, en "
       "helpen je als je ergens vastloopt. Je hebt alleen een computer of telefoon met internet nodig.",
       "Initiatieven in de hele provincie", Mode::Online, "", "", "", "", "https://video.omzien.example/spreekuur",
       nullptr, "ans@demo.omzien.example", geo::kProvinceCode.data(), {"digitale-vaardigheden"}, std::nullopt, false,
       false, ""},
      {17, 19, 0, 21, 0, "Buurtsessie Zeist: samen sterker",
       "Een avond voor initiatieven in Zeist. We maken kennis, kijken samen op de kaart wie wat doet en zoeken uit "
       "waar we elkaar kunnen helpen. Kun je niet komen? Doe dan online mee.",
       "Bewonersinitiatieven en vrijwilligers in Zeist", Mode::Hybrid, "Moestuin Het Wilde Hof (de kas)", "Tuinlaan 3",
       "3701 AA", "Zeist", "https://video.omzien.example/buurtsessie-zeist", "DEMO-09", "henk@demo.omzien.example", "GM0355",
       {"groen-natuur", "wonen-buurt"}, 12, true, false, "", 52.0888, 5.2318},
      {24, 19, 0, 21, 0, "Themabijeenkomst voedsel: van overschot naar buurtmaaltijd",
       "Voedselbanken, buurtkoelkasten en kookclubs vertellen hoe ze werken. Daarna praten we in kleine groepjes over "
       "samenwerken: wie heeft een keuken, wie heeft vrijwilligers, wie heeft eten over?",
       "Iedereen die met voedsel en ontmoeting bezig is", Mode::Offline, "Wijkcentrum Kanaleneiland",
       "Marshallaan 5", "3527 TA", "Utrecht", "", "DEMO-02", "fatima@demo.omzien.example", "GM0344",
       {"voedsel", "armoede-schulden"}, 40, true, true, "", 52.0775, 5.0921},
      {-20, 10, 0, 12, 0, "Buurtsessie Hoograven: kennismaken",
       "Een ochtend om elkaar te leren kennen en te laten zien wat Omzien is.", "Initiatieven in Hoograven",
       Mode::Offline, "Papierwinkel Hoograven", "Hoograven 8", "3525 AA", "Utrecht", "", "DEMO-05", "henk@demo.omzien.example",
       "GM0344", {"armoede-schulden"}, 20, true, false,
       "Er waren veertien mensen van negen initiatieven. We hebben samen een lijst gemaakt van wat initiatieven "
       "elkaar kunnen bieden: een ruimte, een bakfiets, hulp bij subsidieaanvragen.\n\nVolgende stap: in het "
       "voorjaar een tweede sessie, dan met de gemeente erbij.",
       52.0747, 5.1305},
  };
  return kEvents;
}

Seconds local_time(Seconds now, int days, int hour, int minute) {
  LocalDateTime day = to_amsterdam(now + static_cast<Seconds>(days) * 86400);
  day.hour = hour;
  day.minute = minute;
  day.second = 0;
  return from_amsterdam(day)->utc;
}

Result<void> add_one(App& app, db::Connection& c, const DemoEvent& d) {
  Seconds now = app.clock.now();
  Event e;
  e.title = d.title;
  e.description = d.description;
  e.audience = d.audience;
  e.starts_at = local_time(now, d.days_from_now, d.start_hour, d.start_minute);
  e.ends_at = local_time(now, d.days_from_now, d.end_hour, d.end_minute);
  e.mode = d.mode;
  e.venue_name = d.venue_name;
  e.address = d.address;
  e.postcode = d.postcode;
  e.place = d.place;
  e.online_url = d.online_url;
  e.municipality_code = d.municipality_code;
  e.themes = d.themes;
  e.capacity = d.capacity;
  e.step_free = d.step_free;
  e.hearing_loop = d.hearing_loop;
  e.report = d.report;
  if (d.lat != 0 && d.lon != 0) {
    e.lat = d.lat;
    e.lon = d.lon;
  }
  if (*d.report) e.report_at = e.ends_at + 86400;
  if (d.organiser_external_id)
    if (auto initiative = initiatives::find_initiative_by_external_id(c, d.organiser_external_id))
      e.organiser_initiative_id = initiative->id;
  if (auto creator = accounts::find_account_by_email(c, d.creator_email)) e.created_by = creator->id;
  auto saved = insert_event(c, e, now);
  if (!saved) return saved.error();
  return {};
}

}  // namespace

void add_demo_content(App& app) {
  std::vector<std::int64_t> ids;
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    for (const auto& d : demo_events())
      if (auto r = add_one(app, c, d); !r) return r;
    for (const auto& e : list_all_events(c)) ids.push_back(e.id);
    return {};
  });
  if (!done) return log_error("demo events: {}", done.error().detail);
  for (auto id : ids) app.notify_content_changed({"event", id, ContentChange::Action::Saved});
}

}  // namespace omzien::events
