# GongkaiWeb.cmake — the web app (Emscripten 3.1.6): Dear ImGui + GLFW/WebGL 2 + the core,
# linked to gongkai.js/.wasm, and the deployable static folder ${GONGKAI_DIST_DIR}.
#
# Included by the top CMakeLists.txt under EMSCRIPTEN, after gongkai_core is defined.
# Emscripten quirks handled here (see ../shared/TOOLCHAIN.md):
#   - exceptions are off by default: compile AND link everything with an exception flag (below);
#   - linking to .html crashes in the HTML minifier: we link to gongkai.js and ship web/index.html;
#   - `ports` (SDL2, ...) try to download: only the built-in GLFW 3 emulation is used.

set(GONGKAI_DIST_DIR "${CMAKE_SOURCE_DIR}/dist" CACHE PATH "Where the deployable static site is assembled")
set(GONGKAI_CJK_FONT "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" CACHE FILEPATH
    "CJK font the UI font subset is cut from (WenQuanYi Micro Hei, Debian fonts-wqy-microhei)")
# Debian's python3 has python3-fonttools; a pyenv/venv python on PATH may not.
if(EXISTS /usr/bin/python3)
  set(_gongkai_python_default /usr/bin/python3)
else()
  set(_gongkai_python_default python3)
endif()
set(GONGKAI_PYTHON "${_gongkai_python_default}" CACHE FILEPATH "Python 3 with fontTools (for the font subset)")

# Size is what the first view pays for (issue 7): -Oz and link-time optimisation, on compile and
# link. Measured on the .wasm (gzip -6): -Os 491 KB, -Oz 484 KB, -Oz -flto 465 KB; loading a
# 19 MB collection in the page took the same time, within the machine's noise, with -Os and -Oz
# (docs/page-api.md has the first view's sizes).
set(GONGKAI_WEB_OPT -Oz -flto CACHE STRING "Optimisation flags of the web build (compile and link)")

# ---- exceptions everywhere (nlohmann's parser throws) ---------------------------
# WebAssembly's own exception handling (-fwasm-exceptions; Chrome 95+, Firefox 100+, Safari 15.2+)
# rather than Emscripten's JavaScript-based -fexceptions, which routes every call that may throw
# through a JS trampoline. Measured here on a 1.9 MB collection: gongkai.load 180 ms instead of
# 430 ms, and a wasm 19% smaller (1.21 MB vs 1.50 MB raw). -DGONGKAI_WEB_EXCEPTIONS=-fexceptions
# builds for older browsers.
set(GONGKAI_WEB_EXCEPTIONS -fwasm-exceptions CACHE STRING "Exception flag of the web build")
target_compile_options(gongkai_core PUBLIC ${GONGKAI_WEB_EXCEPTIONS} PRIVATE ${GONGKAI_WEB_OPT})
target_link_options(gongkai_core PUBLIC ${GONGKAI_WEB_EXCEPTIONS})
# Except the inner loops of loading, auditing and grouping a collection: -Oz leaves even a
# string_view comparison out of line there. -O2 for these few files, with the input window's fix
# of the same day, took loading 10,000 reports in the page from 2366 to 1575 ms, and the app's own
# load of 1,000 (with the audit) from 1262 to 382 ms, for 3 KB more gzip in the first view
# (bench/NOTES.md).
set(GONGKAI_WEB_HOT_SOURCES json_cursor load_fast load_window text aggregate figure_columns audit audit_duplicates audit_parts audit_shares audit_tables audit_years figure_tree)
list(TRANSFORM GONGKAI_WEB_HOT_SOURCES REPLACE "(.+)" "${CMAKE_SOURCE_DIR}/src/core/\\1.cpp")
set_source_files_properties(${GONGKAI_WEB_HOT_SOURCES} PROPERTIES COMPILE_OPTIONS -O2)
# The importer's GBK table (47 KB raw, 45 KB gzip) is left out: the browser decodes GBK itself and
# src/platform/web/gbk_table_web.cpp hands the core the same table on first use.
target_compile_definitions(gongkai_core PRIVATE GONGKAI_GBK_TABLE=0)

# ---- Dear ImGui: a static library, no warning flags (not our code) --------------------
if(NOT EXISTS "${GONGKAI_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui source not found in ${GONGKAI_IMGUI_DIR}: run scripts/setup (or scripts/fetch-imgui)")
endif()
add_library(imgui STATIC
  "${GONGKAI_IMGUI_DIR}/imgui.cpp"
  "${GONGKAI_IMGUI_DIR}/imgui_draw.cpp"
  "${GONGKAI_IMGUI_DIR}/imgui_tables.cpp"
  "${GONGKAI_IMGUI_DIR}/imgui_widgets.cpp"
  "${GONGKAI_IMGUI_DIR}/backends/imgui_impl_glfw.cpp")
# The renderer is the app's own (src/backends/webgl_renderer.cpp): ImGui's OpenGL 3 backend reads
# the GL state back around every frame, and in a browser those reads wait for the GPU.
target_include_directories(imgui SYSTEM PUBLIC "${GONGKAI_IMGUI_DIR}" "${GONGKAI_IMGUI_DIR}/backends")
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
target_compile_options(imgui PRIVATE ${GONGKAI_WEB_EXCEPTIONS} ${GONGKAI_WEB_OPT})

# ---- the app --------------------------------------------------------------------------
file(GLOB GONGKAI_WEB_SOURCES CONFIGURE_DEPENDS
  src/app/*.cpp src/backends/*.cpp src/ui/*.cpp src/ui/model/*.cpp src/platform/web/*.cpp)
# The app's sources are compiled into an object library, linked into gongkai.js + gongkai.wasm
# (a second link of the same objects stays cheap if a variant is ever needed).
# Compile settings for the app go on gongkai_web_objects; link settings on gongkai_web.
add_library(gongkai_web_objects OBJECT ${GONGKAI_WEB_SOURCES})
target_include_directories(gongkai_web_objects PRIVATE src)
target_link_libraries(gongkai_web_objects PRIVATE gongkai_core imgui)
target_compile_options(gongkai_web_objects PRIVATE ${GONGKAI_WEB_OPT})
gongkai_warnings(gongkai_web_objects)
add_executable(gongkai_web $<TARGET_OBJECTS:gongkai_web_objects>)
set_target_properties(gongkai_web PROPERTIES OUTPUT_NAME gongkai SUFFIX ".js")
target_link_libraries(gongkai_web PRIVATE gongkai_core imgui)

# Reports bundled into the module (--embed-file works offline and from file://).
# The .txt source texts go in too: File → Samples opens them through the text importer.
file(GLOB GONGKAI_BUNDLED_REPORTS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/reports/*.json"
     "${CMAKE_SOURCE_DIR}/assets/reports/*.txt")
set(_embed)
foreach(report IN LISTS GONGKAI_BUNDLED_REPORTS)
  get_filename_component(_name "${report}" NAME)
  list(APPEND _embed "SHELL:--embed-file \"${report}@/reports/${_name}\"")
endforeach()

# The C functions window.gongkai calls (src/app/page_api.cpp, src/platform/web/).
set(GONGKAI_EXPORTED_FUNCTIONS
  _main _malloc _free
  _gongkai_api_result_size _gongkai_api_state _gongkai_api_load _gongkai_api_export
  _gongkai_api_export_file_name _gongkai_api_download _gongkai_api_set_view _gongkai_api_item_rects
  _gongkai_api_request_redraw
  _gongkai_api_chart_data   # src/app/page_api.cpp (gongkai.chartData, charts)
  _gongkai_api_import_text _gongkai_api_review   # src/app/page_api.cpp (gongkai.importText, review)
  _gongkai_api_unload _gongkai_api_undo_unload   # src/app/page_api.cpp (gongkai.unload, gongkai.undoUnload)
  _gongkai_api_storage_save _gongkai_api_storage_clear   # src/app/session.cpp (gongkai.storage)
  _gongkai_platform_file_arrived _gongkai_platform_file_progress _gongkai_platform_text_overlay_event   # src/platform/web
  _gongkai_platform_touch   # src/platform/web (one finger: scroll by drag, tap)
  _gongkai_bench_load _gongkai_bench_group _gongkai_bench_clear)   # src/app/bench_api.cpp (scripts/bench)
list(JOIN GONGKAI_EXPORTED_FUNCTIONS "," _exported)

set(GONGKAI_GLUE_JS "${CMAKE_SOURCE_DIR}/web/gongkai-glue.js")
# Glyphs drawn by the browser for the font atlas (src/platform/web/browser_glyphs_web.cpp).
set(GONGKAI_FONT_JS "${CMAKE_SOURCE_DIR}/web/gongkai-font.js")
# Stored reports and the URL hash (src/platform/web/session_web.cpp).
set(GONGKAI_SESSION_JS "${CMAKE_SOURCE_DIR}/web/session-glue.js")
target_link_options(gongkai_web PRIVATE
  ${GONGKAI_WEB_OPT}
  -sENVIRONMENT=web
  -sUSE_GLFW=3
  -sUSE_WEBGL2=1
  -sMIN_WEBGL_VERSION=2
  -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1
  -sTOTAL_STACK=1048576
  -sDYNAMIC_EXECUTION=0            # no eval/new Function: the page's CSP forbids them
  # Less JavaScript: no glGetError bookkeeping (the renderer never reads it),
  # no client-side vertex arrays (the renderer draws from buffers), no TextDecoder fallback
  # (every browser with WebGL 2 and wasm exceptions has TextDecoder).
  -sGL_TRACK_ERRORS=0
  -sFULL_ES3=0
  # No WebGL extension is enabled up front: the renderer uses WebGL 2 core only, and enabling
  # each one the browser lists cost round trips to the GPU process while the context was made.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sTEXTDECODER=2
  # The first view loads only the code it runs (issue 7): the link keeps function names
  # (--profiling-funcs) and Emscripten's loader for a split module (-sSPLIT_MODULE); the
  # split itself is done below, from a profile of the first view (scripts/split-wasm.mjs).
  -sSPLIT_MODULE=1
  --profiling-funcs
  "-sEXPORTED_FUNCTIONS=${_exported}"
  "SHELL:--js-library \"${GONGKAI_GLUE_JS}\""
  "SHELL:--js-library \"${GONGKAI_FONT_JS}\""
  "SHELL:--js-library \"${GONGKAI_SESSION_JS}\""
  ${_embed})
set_property(TARGET gongkai_web APPEND PROPERTY LINK_DEPENDS "${GONGKAI_GLUE_JS}" "${GONGKAI_FONT_JS}" "${GONGKAI_SESSION_JS}" ${GONGKAI_BUNDLED_REPORTS})

find_program(GONGKAI_NODE NAMES node nodejs REQUIRED)
set(_web "${CMAKE_SOURCE_DIR}/web")

# ---- the UI font: a subset cut at build time (never committed) ------------------------------
set(GONGKAI_FONT_SUBSET "${CMAKE_BINARY_DIR}/fonts/gongkai-ui.ttf")
file(GLOB GONGKAI_UI_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/ui/*" "${CMAKE_SOURCE_DIR}/src/ui/model/*")
file(GLOB GONGKAI_REPORT_ASSETS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/reports/*")
add_custom_command(
  OUTPUT "${GONGKAI_FONT_SUBSET}"
  COMMAND "${GONGKAI_PYTHON}" "${CMAKE_SOURCE_DIR}/scripts/make-font-subset"
          --font "${GONGKAI_CJK_FONT}" --output "${GONGKAI_FONT_SUBSET}"
          "${CMAKE_SOURCE_DIR}/assets/reports" "${CMAKE_SOURCE_DIR}/src/ui" "${CMAKE_SOURCE_DIR}/web"
          "${CMAKE_SOURCE_DIR}/src/core/message_catalog.cpp"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/make-font-subset" ${GONGKAI_UI_SOURCES} ${GONGKAI_REPORT_ASSETS}
          "${CMAKE_SOURCE_DIR}/src/core/message_catalog.cpp"
          "${CMAKE_SOURCE_DIR}/web/index.html"
  COMMENT "Cutting the UI font subset (GB2312 + every character of the reports and the UI)"
  VERBATIM)
add_custom_target(gongkai_font DEPENDS "${GONGKAI_FONT_SUBSET}")

# ---- the split: gongkai.wasm (what the first view runs) + gongkai.deferred.wasm (the rest) ---------
# With -sSPLIT_MODULE the link writes gongkai.wasm.orig (the whole module, with names) and an
# instrumented gongkai.wasm that records which functions run. scripts/split-wasm.mjs runs the
# instrumented app in headless Chromium through its first view (with the system's fonts and with
# the font file), then binaryen's wasm-split keeps those functions in split/gongkai.wasm and moves
# the rest to split/gongkai.deferred.wasm, which web/gongkai-api.js loads after the first frame
# (or at once, the first time a moved function is called before that). Names are dropped.
set(GONGKAI_SPLIT_DIR "${CMAKE_BINARY_DIR}/split")
set(GONGKAI_PAGE_FILES "${_web}/index.html" "${_web}/style.css" "${_web}/gongkai-api.js" "${_web}/storage.js")
add_custom_command(
  OUTPUT "${GONGKAI_SPLIT_DIR}/gongkai.wasm" "${GONGKAI_SPLIT_DIR}/gongkai.deferred.wasm"
  COMMAND "${GONGKAI_NODE}" "${CMAKE_SOURCE_DIR}/scripts/split-wasm.mjs"
          --build "$<TARGET_FILE_DIR:gongkai_web>" --web "${_web}" --font "${GONGKAI_FONT_SUBSET}"
          --out "${GONGKAI_SPLIT_DIR}"
  DEPENDS gongkai_web gongkai_font "${GONGKAI_FONT_SUBSET}" "${CMAKE_SOURCE_DIR}/scripts/split-wasm.mjs" ${GONGKAI_PAGE_FILES}
  COMMENT "Splitting gongkai.wasm by a profile of the first view (scripts/split-wasm.mjs)"
  VERBATIM)
add_custom_target(gongkai_split DEPENDS "${GONGKAI_SPLIT_DIR}/gongkai.wasm" "${GONGKAI_SPLIT_DIR}/gongkai.deferred.wasm")

# ---- dist/: the deployable static folder ----------------------------------------------
# Relative URLs only, so it can be served from any sub-path.
add_custom_target(gongkai_dist ALL
  COMMAND ${CMAKE_COMMAND} -E make_directory "${GONGKAI_DIST_DIR}/assets/fonts" "${GONGKAI_DIST_DIR}/assets/reports"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different
          ${GONGKAI_PAGE_FILES}
          "$<TARGET_FILE_DIR:gongkai_web>/gongkai.js"
          "${GONGKAI_SPLIT_DIR}/gongkai.wasm" "${GONGKAI_SPLIT_DIR}/gongkai.deferred.wasm"
          "${GONGKAI_DIST_DIR}/"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different "${GONGKAI_FONT_SUBSET}" "${GONGKAI_DIST_DIR}/assets/fonts/"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${GONGKAI_REPORT_ASSETS} "${GONGKAI_DIST_DIR}/assets/reports/"
  DEPENDS gongkai_web gongkai_font gongkai_split
  COMMENT "Assembling ${GONGKAI_DIST_DIR}"
  VERBATIM)

# ---- issue 6: content-hashed file names and the single-file build -----------------------
# scripts/package-web.mjs, after dist/ is assembled:
#   - renames the app's files in dist/ to content-hashed names (gongkai.<hash>.wasm, ...)
#     and rewrites index.html to point at them (cache-friendly: see docs/deploying.md);
#   - writes dist/gongkai-offline.html: one file with the JS, CSS, the .wasm and the font
#     inlined (the binaries as base64 data blocks, handed to Emscripten as Module.wasmBinary)
#     and a Content-Security-Policy <meta> with sha256 hashes of its inline scripts and style.
# The .wasm is the same one the site serves, so there is no second link: Emscripten's
# -sSINGLE_FILE=1 would give the same file, but 3.1.6's loader then fetch()es the wasm's
# data: URL first, which the page's CSP (connect-src 'none') must refuse on every start.
add_custom_target(gongkai_package ALL
  COMMAND "${GONGKAI_NODE}" "${CMAKE_SOURCE_DIR}/scripts/package-web.mjs" --dist "${GONGKAI_DIST_DIR}"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/package-web.mjs" "${CMAKE_SOURCE_DIR}/scripts/csp.mjs"
  COMMENT "Hashing file names in ${GONGKAI_DIST_DIR}; writing gongkai-offline.html"
  VERBATIM)
add_dependencies(gongkai_package gongkai_dist)
