# libFuzzer targets (tests/fuzz/*.cpp), built with clang: -DGONGKAI_FUZZ=ON.
#
# The core is compiled with coverage instrumentation for the fuzzer (fuzzer-no-link) and with
# AddressSanitizer + UndefinedBehaviorSanitizer, so a memory error or undefined behaviour is
# a crash libFuzzer keeps the input of. Each fuzz target links libFuzzer's main. scripts/fuzz
# configures build/fuzz with clang-14 and runs them; `cmake --build ... --target fuzz` builds all.
option(GONGKAI_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(GONGKAI_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "GONGKAI_FUZZ needs clang (libFuzzer); configure with CXX=clang++-14, "
                        "found ${CMAKE_CXX_COMPILER_ID}")
  endif()
  set(GONGKAI_FUZZ_SANITIZERS address,undefined)
  target_compile_options(gongkai_core PUBLIC
    -fsanitize=fuzzer-no-link,${GONGKAI_FUZZ_SANITIZERS} -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  target_link_options(gongkai_core PUBLIC -fsanitize=${GONGKAI_FUZZ_SANITIZERS})

  file(GLOB GONGKAI_FUZZ_SOURCES CONFIGURE_DEPENDS tests/fuzz/fuzz_*.cpp)
  add_custom_target(fuzz)
  foreach(source ${GONGKAI_FUZZ_SOURCES})
    get_filename_component(name ${source} NAME_WE)
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE gongkai_core)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,${GONGKAI_FUZZ_SANITIZERS})
    gongkai_warnings(${name})
    add_dependencies(fuzz ${name})
  endforeach()
endif()
