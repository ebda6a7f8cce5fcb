// The event page: the event as the public sees it, the registration form (with what was typed and
// a message by each field after a mistake), the viewer's own registration, and for organisers
// their tools and numbers.
#pragma once

#include <map>
#include <string>

#include "features/events/event.h"
#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::events {

struct RegisterForm {
  std::string name = {};
  std::string email = {};
  std::map<std::string, std::string> errors = {};  // "name", "email", or "register" for the whole form
};

http::Response render_event_page(App& app, const http::Request& request, const Event& event,
                                 const RegisterForm& form = {}, int status = 200);

}  // namespace omzien::events
