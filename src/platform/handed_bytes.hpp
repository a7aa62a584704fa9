// handed_bytes.hpp — bytes page script hands over for loading, read where they are.
//
// window.gongkai.load and the benchmarks get a report as a JavaScript Uint8Array. Copying it
// into wasm memory first would hold a 190 MB collection twice at its peak, and wasm memory
// never shrinks; the loader reads it a chunk at a time instead (load_json(ByteSource&)).
#pragma once

#include <memory>

#include "core/byte_source.hpp"

namespace gongkai::platform {

// A source over the bytes set aside by page script (Module.gongkaiHanded, web/gongkai-glue.js);
// empty when there are none.
std::unique_ptr<ByteSource> handed_bytes();

}  // namespace gongkai::platform
