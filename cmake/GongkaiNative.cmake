# Native front ends over the core: the CLI and the tests.
option(GONGKAI_COVERAGE "Instrument the core for gcov/gcovr" OFF)
option(GONGKAI_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer" OFF)

if(GONGKAI_COVERAGE)
  target_compile_options(gongkai_core PUBLIC --coverage -O0)
  target_link_options(gongkai_core PUBLIC --coverage)
endif()
if(GONGKAI_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
  target_compile_options(gongkai_core PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(gongkai_core PUBLIC -fsanitize=address,undefined)
endif()

include(cmake/GongkaiFuzz.cmake)

# zlib (Debian zlib1g-dev) unpacks .docx/.ofd for the CLI and the tests; the web build
# unpacks with the browser's DecompressionStream instead (web/gongkai-glue.js).
find_package(ZLIB REQUIRED)
add_library(gongkai_native_zip STATIC src/native/zlib_inflate.cpp)
target_link_libraries(gongkai_native_zip PUBLIC gongkai_core ZLIB::ZLIB)
gongkai_warnings(gongkai_native_zip)

file(GLOB GONGKAI_CLI_SOURCES CONFIGURE_DEPENDS src/cli/*.cpp)
add_executable(gongkai ${GONGKAI_CLI_SOURCES})
target_link_libraries(gongkai PRIVATE gongkai_core gongkai_native_zip)
gongkai_warnings(gongkai)
# `gongkai import report.pdf` runs the page's PDF extraction under Node (src/cli/pdf_extractor.cpp).
target_compile_definitions(gongkai PRIVATE GONGKAI_PDF_EXTRACTOR="${CMAKE_SOURCE_DIR}/scripts/pdf-text.mjs")

enable_testing()
find_package(GTest REQUIRED)
include(GoogleTest)
file(GLOB GONGKAI_TEST_SOURCES CONFIGURE_DEPENDS tests/core/*.cpp)
add_executable(gongkai_tests ${GONGKAI_TEST_SOURCES})
target_link_libraries(gongkai_tests PRIVATE gongkai_core gongkai_native_zip GTest::gtest GTest::gtest_main)
# Tests find their data relative to the source tree, and ../shared beside it when present.
target_compile_definitions(gongkai_tests PRIVATE
  GONGKAI_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  GONGKAI_CLI_PATH="$<TARGET_FILE:gongkai>")
add_dependencies(gongkai_tests gongkai)
gtest_discover_tests(gongkai_tests DISCOVERY_TIMEOUT 60)

# The explorer's UI model (src/ui/model/ and the ImGui-free parts of src/ui/ it needs) over the
# null platform: its state and operations run and are tested natively (tests/ui/).
file(GLOB GONGKAI_UI_MODEL_SOURCES CONFIGURE_DEPENDS src/ui/model/*.cpp)
add_library(gongkai_ui_model STATIC ${GONGKAI_UI_MODEL_SOURCES} src/ui/i18n.cpp
            src/platform/null/platform_null.cpp)
target_link_libraries(gongkai_ui_model PUBLIC gongkai_core)
gongkai_warnings(gongkai_ui_model)
file(GLOB GONGKAI_UI_TEST_SOURCES CONFIGURE_DEPENDS tests/ui/*.cpp)
add_executable(gongkai_ui_tests ${GONGKAI_UI_TEST_SOURCES})
target_link_libraries(gongkai_ui_tests PRIVATE gongkai_ui_model GTest::gtest GTest::gtest_main)
target_compile_definitions(gongkai_ui_tests PRIVATE GONGKAI_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
gtest_discover_tests(gongkai_ui_tests DISCOVERY_TIMEOUT 60)

find_package(benchmark QUIET)
file(GLOB GONGKAI_BENCH_SOURCES CONFIGURE_DEPENDS bench/native/*.cpp)
if(benchmark_FOUND AND GONGKAI_BENCH_SOURCES)
  add_executable(gongkai_bench ${GONGKAI_BENCH_SOURCES})
  target_link_libraries(gongkai_bench PRIVATE gongkai_core benchmark::benchmark)
  target_compile_definitions(gongkai_bench PRIVATE GONGKAI_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
endif()
# The generator of the benchmarks' synthetic collections as a tool, so the browser suite
# (scripts/bench) loads exactly the bytes the native benchmarks measure.
add_executable(gongkai_synth bench/tools/synth_main.cpp bench/native/synthetic.cpp)
gongkai_warnings(gongkai_synth)
