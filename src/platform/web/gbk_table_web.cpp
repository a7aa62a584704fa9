// gbk_table_web.cpp — the importer's GBK table from the browser's own GB18030 decoder.
//
// The web build compiles the core without its generated two-byte table (GONGKAI_GBK_TABLE=0,
// cmake/GongkaiWeb.cmake): 45 KB gzip less to download. The core asks for the table the first
// time it decodes GBK (src/app/main_web.cpp installs this source); web/gongkai-glue.js builds
// it with TextDecoder('gb18030').
#include <cstddef>

#include "platform/platform.hpp"

extern "C" int gongkai_js_gbk_table(char16_t* out, int entries);  // web/gongkai-glue.js

namespace gongkai::platform {

bool gbk_table(char16_t* table, std::size_t entries) {
    return gongkai_js_gbk_table(table, static_cast<int>(entries)) == 1;
}

}  // namespace gongkai::platform
