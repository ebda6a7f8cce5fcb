#include "core/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace omzien {
namespace {

void register_extensions() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// Parses with the autolink and strikethrough extensions (no tables or raw HTML: descriptions
// are short texts by volunteers). CMARK_OPT_SAFE drops raw HTML and unsafe link schemes.
cmark_node* parse(std::string_view markdown, cmark_llist** extensions) {
  register_extensions();
  int options = CMARK_OPT_SAFE | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART;
  cmark_parser* parser = cmark_parser_new(options);
  for (const char* name : {"autolink", "strikethrough"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser, extension);
    }
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* document = cmark_parser_finish(parser);
  *extensions = cmark_parser_get_syntax_extensions(parser);
  // The extension list belongs to the parser; copy what the renderer needs first.
  cmark_llist* copy = nullptr;
  for (cmark_llist* item = *extensions; item; item = item->next)
    copy = cmark_llist_append(cmark_get_default_mem_allocator(), copy, item->data);
  *extensions = copy;
  cmark_parser_free(parser);
  return document;
}

std::string add_link_rel(std::string html) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    std::size_t found = html.find("<a href=", at);
    if (found == std::string::npos) break;
    out.append(html, at, found - at);
    out += "<a rel=\"nofollow ugc\" href=";
    at = found + 8;
  }
  out.append(html, at, std::string::npos);
  return out;
}

}  // namespace

std::string render_markdown(std::string_view markdown) {
  cmark_llist* extensions = nullptr;
  cmark_node* document = parse(markdown, &extensions);
  char* html = cmark_render_html(document, CMARK_OPT_SAFE, extensions);
  std::string out = html ? html : "";
  std::free(html);
  cmark_llist_free(cmark_get_default_mem_allocator(), extensions);
  cmark_node_free(document);
  return add_link_rel(std::move(out));
}

std::string markdown_to_text(std::string_view markdown) {
  cmark_llist* extensions = nullptr;
  cmark_node* document = parse(markdown, &extensions);
  std::string text;
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
      text += cmark_node_get_literal(node);
    } else if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)) {
      text += ' ';
    } else if (event == CMARK_EVENT_EXIT && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_ITEM ||
                                             type == CMARK_NODE_HEADING)) {
      if (!text.empty() && text.back() != '\n') text += '\n';
    }
  }
  cmark_iter_free(iter);
  cmark_llist_free(cmark_get_default_mem_allocator(), extensions);
  cmark_node_free(document);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace omzien
