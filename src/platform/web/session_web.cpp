// session_web.cpp — what survives a reload, for browsers: the stored reports (IndexedDB,
// web/storage.js) and the URL hash (history API), through web/session-glue.js.
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "platform/platform.hpp"

extern "C" {
char* gongkai_js_session_take(int channel, int* size);   // malloc'ed, or null
void gongkai_js_storage_save(const void* data, int size);
void gongkai_js_storage_clear();
void gongkai_js_storage_set_aside(const char* reason);
void gongkai_js_url_set(const char* state, int new_entry);
}

namespace gongkai::platform {
namespace {

enum Channel { kInitialSnapshot = 1, kStorageProblem = 2, kUrlState = 3 };

std::optional<std::string> take(Channel channel) {
    int size = 0;
    char* p = gongkai_js_session_take(channel, &size);
    if (!p) return std::nullopt;
    std::string out(p, static_cast<std::size_t>(size));
    std::free(p);
    return out;
}

}  // namespace

std::optional<std::string> storage_take_initial() { return take(kInitialSnapshot); }

void storage_save(std::string_view bytes) { gongkai_js_storage_save(bytes.data(), static_cast<int>(bytes.size())); }

void storage_clear() { gongkai_js_storage_clear(); }

void storage_set_aside(std::string_view reason) { gongkai_js_storage_set_aside(std::string(reason).c_str()); }

std::optional<StorageProblem> storage_take_problem() {
    const std::optional<std::string> text = take(kStorageProblem);
    if (!text) return std::nullopt;
    const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
    StorageProblem p;
    if (j.is_object() && j.value("message", nlohmann::json()).is_string()) {
        p.message = j["message"].get<std::string>();
        p.error = j.value("severity", std::string("error")) != "warning";
        if (j.value("code", nlohmann::json()).is_string()) p.code = j["code"].get<std::string>();
        if (j.value("detail", nlohmann::json()).is_string()) p.detail = j["detail"].get<std::string>();
    } else {
        p.message = *text;
    }
    return p;
}

std::optional<std::string> take_url_state() { return take(kUrlState); }

void set_url_state(std::string_view state, bool new_entry) {
    gongkai_js_url_set(std::string(state).c_str(), new_entry ? 1 : 0);
}

}  // namespace gongkai::platform
