// loading_view.cpp — progress of files on their way in: reading (bytes so far) and parsing.
// It only shows the load queue; the frame steps it (App::advance_load_queue, App::loads_shown).
#include <cstdio>
#include <string>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {

namespace {

std::string megabytes(double bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
    return buf;
}

}  // namespace

void draw_loading_window(App& app) {
    const std::vector<platform::FileProgress> reading = platform::files_in_progress();
    if (reading.empty() && app.pending_loads.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.35f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 24, 0));
    ImGui::Begin(tr_id("loading.title"), nullptr,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoNav);
    app.remember_item("loading.window");
    for (const platform::FileProgress& p : reading) {
        ImGui::TextUnformatted(p.name.c_str());
        char overlay[96];
        if (p.total > 0) {
            std::snprintf(overlay, sizeof overlay, "%s  %s / %s", tr("loading.reading"), megabytes(p.loaded).c_str(),
                          megabytes(p.total).c_str());
            ImGui::ProgressBar(static_cast<float>(p.loaded / p.total), ImVec2(-1, 0), overlay);
        } else {
            // Unknown size: an indeterminate bar (ImGui animates a negative fraction).
            std::snprintf(overlay, sizeof overlay, "%s  %s", tr("loading.reading"), megabytes(p.loaded).c_str());
            ImGui::ProgressBar(-1.0f * static_cast<float>(ImGui::GetTime()), ImVec2(-1, 0), overlay);
        }
    }
    for (const PendingLoad& p : app.pending_loads) {
        ImGui::TextUnformatted(p.name.c_str());
        char overlay[96];
        std::snprintf(overlay, sizeof overlay, "%s  %s", tr("loading.parsing"), megabytes(static_cast<double>(p.bytes->size())).c_str());
        ImGui::ProgressBar(-1.0f * static_cast<float>(ImGui::GetTime()), ImVec2(-1, 0), overlay);
    }
    ImGui::End();
    platform::request_redraw();  // keep the bar moving while anything is in progress
}

}  // namespace gongkai::ui
