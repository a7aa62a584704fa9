// model_changed.cpp — the model's "draw again" flag (model_changed.hpp).
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {

namespace {
bool g_changed = true;   // the first frame is always drawn
}  // namespace

void model_changed() { g_changed = true; }

bool take_model_changed() {
    const bool changed = g_changed;
    g_changed = false;
    return changed;
}

}  // namespace gongkai::ui
