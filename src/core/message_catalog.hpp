// message_catalog.hpp — the wording of every message code (internal to the core; see message.hpp).
#pragma once

#include <string_view>
#include <vector>

namespace gongkai::detail {

struct CatalogEntry {
    const char* code;
    const char* en;
    const char* zh;
};

const std::vector<CatalogEntry>& catalog_entries();
const CatalogEntry* find_catalog_entry(std::string_view code);

}  // namespace gongkai::detail
