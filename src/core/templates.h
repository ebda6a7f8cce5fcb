// Mustache templates, compiled into the program from every templates/ folder.
// A template is named "<folder>/<file>" without ".mustache": "accounts/login", "core/layout".
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/view.h"

namespace omzien {

struct EmbeddedTemplate {
  std::string_view name;
  std::string_view source;
};

// All templates found at build time (generated file).
std::span<const EmbeddedTemplate> embedded_templates();

// Renders template `name` with `view`. {{x}} is HTML-escaped; {{{x}}} is not and is only
// used for HTML we made safe ourselves (sanitised Markdown, rendered fragments).
// A missing template or a syntax error is a bug: it aborts in debug builds and renders
// an empty string otherwise.
std::string render_template(std::string_view name, const View& view);

// True when a template of this name exists.
bool has_template(std::string_view name);

}  // namespace omzien
