// What a feature hands to the app: its name, its schema steps, its routes, its demo content.
#pragma once

#include <span>
#include <string_view>

namespace omzien {

struct App;
namespace http {
class Router;
}

// One step of the database schema. Never edit a released step; add a new one.
struct Migration {
  std::string_view id;  // "2026-11-28-01-accounts": dates order all features' steps.
  std::string_view sql;
};

struct Feature {
  std::string_view name;
  std::span<const Migration> migrations;
  void (*add_routes)(http::Router&, App&) = nullptr;
  // Fills an empty platform with fictional demo content (`omzien demo`); may be null.
  void (*add_demo_content)(App&) = nullptr;
  // Called once when a data folder is opened (server and commands alike), after the schema
  // steps: opens what the feature keeps beside the database and adds its listeners and
  // scheduled jobs to App. May be null.
  void (*start)(App&) = nullptr;
};

}  // namespace omzien
