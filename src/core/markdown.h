// Markdown as people write it in descriptions (paragraphs, lists, links, emphasis), rendered
// to HTML with cmark-gfm in safe mode: raw HTML and javascript: links are removed.
#pragma once

#include <string>
#include <string_view>

namespace omzien {

// Safe HTML for `markdown`. Links get rel="nofollow ugc" so the site does not vouch for them.
std::string render_markdown(std::string_view markdown);
// The plain text of `markdown` (for search, summaries and Open Graph descriptions).
std::string markdown_to_text(std::string_view markdown);

}  // namespace omzien
