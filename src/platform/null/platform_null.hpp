// platform_null.hpp — the platform interface with no host behind it (native builds): nothing
// is drawn, fetched or stored. What the app asked of it is recorded for the UI model's tests.
#pragma once

#include <string>
#include <vector>

namespace gongkai::platform::null {

struct Download {
    std::string file_name, mime_type, bytes;
};

// What the app has asked of the host so far.
struct Record {
    std::vector<Download> downloads;
    std::vector<std::string> fetched;   // fetch_file URLs
    std::string clipboard;              // the last copy_to_clipboard
    std::string url_state;              // the last set_url_state
    int file_pickers = 0;               // open_file_picker calls
};
Record& record();
// Forgets the record and sets the clock (seconds) and the page URL's ?report= values.
void reset(double now = 0, std::vector<std::string> report_urls = {});
void set_now(double seconds);

}  // namespace gongkai::platform::null
