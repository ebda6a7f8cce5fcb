# Writes OUTPUT: a C++ table of every src/**/templates/*.mustache as "<folder>/<name>".
# The folder is the feature's folder name ("accounts"), or "core" for src/core/templates.
file(GLOB_RECURSE templates RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*.mustache)
list(SORT templates)
set(body "// Generated from the templates/ folders; do not edit.\n#include \"core/templates.h\"\n\nnamespace omzien {\nnamespace {\nconstexpr EmbeddedTemplate kTemplates[] = {\n")
foreach(relative ${templates})
  get_filename_component(name ${relative} NAME_WE)
  get_filename_component(dir ${relative} DIRECTORY)          # features/accounts/templates
  get_filename_component(owner_dir ${dir} DIRECTORY)          # features/accounts
  get_filename_component(owner ${owner_dir} NAME)             # accounts
  file(READ ${SOURCE_DIR}/${relative} content)
  string(FIND "${content}" ")omzien_tpl\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${relative} contains the raw-string delimiter")
  endif()
  string(APPEND body "  {\"${owner}/${name}\", R\"omzien_tpl(${content})omzien_tpl\"},\n")
endforeach()
string(APPEND body "};\n}  // namespace\n\nstd::span<const EmbeddedTemplate> embedded_templates() { return kTemplates; }\n\n}  // namespace omzien\n")
file(WRITE ${OUTPUT}.tmp "${body}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
