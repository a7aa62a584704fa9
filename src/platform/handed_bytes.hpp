// handed_bytes.hpp — bytes page script hands over for loading, read where they are.
//
// A file the user picks or drops, a report fetched by URL and the bytes given to
// window.gongkai.load all reach the app as a JavaScript Uint8Array. Copying it into wasm memory
// first would hold a 190 MB collection twice at its peak, and wasm memory never shrinks; the
// loader reads it a chunk at a time instead (load_json(ByteSource&)), from JavaScript's side.
#pragma once

#include <memory>

#include "core/byte_source.hpp"

namespace gongkai::platform {

// A source over the bytes page script handed over under `handle` (web/gongkai-glue.js keeps
// them in Module.gongkaiHanded). Destroying the source lets go of them.
std::unique_ptr<ByteSource> handed_bytes(int handle);

}  // namespace gongkai::platform
