// app_instance.hpp — the one App of the page, shared by the main loop and the page API.
#pragma once

#include "ui/app.hpp"

namespace gongkai {

ui::App& app_instance();
// True once the first frame with the bundled report has been drawn (gongkai.ready).
bool app_is_ready();

}  // namespace gongkai
