// model_changed.hpp — the one signal from the explorer's model to the main loop: "what the
// screen shows has changed, draw again". Every model operation that changes state raises it;
// the main loop (src/app/main_web.cpp) takes it once per frame, beside the platform's own
// input events. Native tests take it to see that an action was noticed.
#pragma once

namespace gongkai::ui {

void model_changed();
// True once after model_changed(): the main loop draws a frame for it.
bool take_model_changed();

}  // namespace gongkai::ui
