// report_keeping_view.cpp — what the user sees of reports kept, removed and linked
// (report_keeping.cpp): the question when the same report is imported again, the Undo toast
// after a removal, and the banner of a link whose report is not loaded.
#include <optional>
#include <string>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {
namespace {

const Report* find_report(const App& app, const std::string& id) {
    for (const Report& r : app.reports)
        if (r.id == id) return &r;
    return nullptr;
}

// 《title》 (id), or the id alone.
std::string report_name(const std::string& title, const std::string& id) {
    return title.empty() ? id : "《" + title + "》 (" + id + ")";
}

// A UI string with its one %s filled in (not a printf format: names may hold '%').
std::string fill(const char* pattern, const std::string& value) {
    std::string out = pattern;
    if (const std::size_t at = out.find("%s"); at != std::string::npos) out.replace(at, 2, value);
    return out;
}

}  // namespace

void draw_duplicate_question(App& app) {
    constexpr const char* kPopup = "###duplicate";
    if (!app.duplicate) return;
    if (!ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Always);
    const std::string title = std::string(tr("duplicate.title")) + kPopup;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove))
        return;
    {
        const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
        app.remember_rect("duplicate.window", p.x, p.y, s.x, s.y);
    }
    const DuplicateQuestion& q = *app.duplicate;
    const Report* loaded = find_report(app, q.existing_id);
    const std::string name = report_name(loaded ? loaded->meta.title : std::string(), q.existing_id);
    ImGui::TextWrapped("%s", fill(tr("duplicate.text"), name).c_str());
    ImGui::TextWrapped("%s", tr(q.same_figures ? "duplicate.identical" : "duplicate.same_text"));
    ImGui::Spacing();
    std::optional<DuplicateAnswer> answer;
    if (ImGui::Button(tr_id("duplicate.replace"))) answer = DuplicateAnswer::Replace;
    app.remember_item("duplicate.replace");
    ImGui::SameLine();
    if (ImGui::Button(tr_id("duplicate.keep_both"))) answer = DuplicateAnswer::KeepBoth;
    app.remember_item("duplicate.keep_both");
    ImGui::SameLine();
    if (ImGui::Button(tr_id("duplicate.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) answer = DuplicateAnswer::Cancel;
    app.remember_item("duplicate.cancel");
    if (answer) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        app.answer_duplicate(*answer);
        return;
    }
    ImGui::EndPopup();
}

void draw_undo_toast(App& app) {
    if (!app.removed) return;
    const double now = platform::now_seconds();
    if (now >= app.removed_until) {
        app.removed.reset();   // too late to undo: the report is gone for good
        return;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 16),
                            ImGuiCond_Always, ImVec2(0.5f, 1));
    ImGui::SetNextWindowBgAlpha(0.95f);
    ImGui::Begin("##undo-toast", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                          ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoSavedSettings);
    const Report& r = app.removed->report;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(fill(tr("removed.text"), report_name(r.meta.title, r.id)).c_str());
    ImGui::SameLine();
    const bool undo = ImGui::Button(tr_id("removed.undo"));
    app.remember_item("removed.undo");
    ImGui::End();
    if (undo) app.undo_unload();
    // Wake up when the toast is due to go (the app sleeps while nothing changes).
    model_changed();
}

void draw_waiting_banner(App& app) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::BeginChild("##waiting", ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
    {
        const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
        app.remember_rect("waiting.banner", p.x, p.y, s.x, s.y);
    }
    ImGui::TextColored(severity_colour(Severity::Warning), "%s", tr("waiting.heading"));
    ImGui::TextWrapped("%s", fill(tr("waiting.text"), report_name(app.waiting_title, app.waiting_for)).c_str());
    ImGui::TextWrapped("%s", tr("waiting.how"));
    ImGui::Spacing();
    if (ImGui::Button(tr_id("waiting.open"))) app.open_files();
    app.remember_item("waiting.open");
    if (app.current()) {
        ImGui::SameLine();
        if (ImGui::Button(tr_id("waiting.show_loaded"))) app.select_report(app.selected);
        app.remember_item("waiting.show_loaded");
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace gongkai::ui
