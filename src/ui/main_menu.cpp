// main_menu.cpp — the main menu bar: 文件 (open, export), 视图 (tabs), 语言, 帮助.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/import_review.hpp"

namespace gongkai::ui {
namespace {

void export_item(App& app, const char* key, const char* format) {
    const bool enabled = app.current() != nullptr;
    if (ImGui::MenuItem(tr_id(key), nullptr, false, enabled)) app.download(format);
    app.remember_item(key);
}

// File → Samples: the reports bundled in the app (JSON, and source texts for the importer).
void samples_menu(App& app) {
    const bool open = ImGui::BeginMenu(tr_id("menu.file.samples"));
    app.remember_item("menu.file.samples");
    if (!open) return;
    const std::vector<std::string> files = app.sample_files();
    for (std::size_t i = 0; i < files.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::MenuItem(files[i].c_str())) app.load_sample(files[i]);
        const std::string key = "sample." + std::to_string(i);
        app.remember_item(key.c_str());
        ImGui::PopID();
    }
    if (files.empty()) ImGui::TextDisabled("—");
    ImGui::EndMenu();
}

}  // namespace

void draw_main_menu(App& app) {
    // On a phone the menus and their items are a finger's height: a menu item's box is its
    // text plus the item spacing (ImGui::Selectable), so the spacing makes up the rest.
    const bool phone = phone_layout(ImGui::GetMainViewport()->WorkSize.x);
    if (!ImGui::BeginMainMenuBar()) return;
    if (phone)
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x,
                                                              std::max(ImGui::GetStyle().ItemSpacing.y,
                                                                       kTouchTarget - ImGui::GetTextLineHeight())));

    const bool file_open = ImGui::BeginMenu(tr_id("menu.file"));
    app.remember_item("menu.file");
    if (file_open) {
        if (ImGui::MenuItem(tr_id("menu.file.open"), "Ctrl+O")) app.open_files();
        app.remember_item("menu.file.open");
        samples_menu(app);
        // review (issue 4): a report's text from the clipboard goes to the import review.
        if (ImGui::MenuItem(tr_id("menu.file.paste_report"))) open_paste_review(app);
        app.remember_item("menu.file.paste_report");
        ImGui::Separator();
        if (ImGui::MenuItem(tr_id("menu.file.export"), "Ctrl+E", false, app.current() != nullptr)) app.show_export = true;
        app.remember_item("menu.file.export");
        export_item(app, "menu.file.export_csv", "csv");
        export_item(app, "menu.file.export_csv_view", "csv_view");
        export_item(app, "menu.file.export_json", "json");
        export_item(app, "menu.file.export_collection", "collection");
        export_item(app, "menu.file.export_md", "md");
        export_item(app, "menu.file.export_html", "html");
        ImGui::Separator();
        // Some in-app webviews refuse downloads: the clipboard is the fallback.
        if (ImGui::MenuItem(tr_id("menu.file.copy_md"), nullptr, false, app.current() != nullptr)) {
            if (auto f = app.export_file("md")) {
                platform::copy_to_clipboard(f->bytes);
                app.show_toast(tr("toast.copied"));
            }
        }
        app.remember_item("menu.file.copy_md");
        ImGui::Separator();
        // Reports are kept in browser storage (src/app/session.cpp); this forgets them. What is
        // on screen stays until the page is reloaded.
        if (ImGui::MenuItem(tr_id("menu.file.clear_storage"))) {
            platform::storage_clear();
            app.show_toast(tr("toast.storage_cleared"), 3.0);
        }
        app.remember_item("menu.file.clear_storage");
        // Removes the report shown (also from browser storage); the toast offers Undo.
        if (ImGui::MenuItem(tr_id("menu.file.remove"), nullptr, false, app.current() != nullptr && app.waiting_for.empty()))
            app.unload(app.current()->id);
        app.remember_item("menu.file.remove");
        ImGui::EndMenu();
    }

    const bool view_open = ImGui::BeginMenu(tr_id("menu.view"));
    app.remember_item("menu.view");
    if (view_open) {
        struct Item { Tab tab; const char* key; };
        for (const Item& it : {Item{Tab::Figures, "tab.figures"}, Item{Tab::Tables, "tab.tables"}, Item{Tab::Chart, "tab.chart"},
                               Item{Tab::Audit, "tab.audit"}, Item{Tab::Errors, "tab.errors"},
                               Item{Tab::Scores, "tab.scores"}}) {
            if (ImGui::MenuItem(tr_id(it.key), nullptr, app.tab == it.tab)) { app.pending_tab = it.tab; app.tab = it.tab; }
            std::string key = std::string("menu.view.") + tab_name(it.tab);
            app.remember_item(key.c_str());
        }
        ImGui::Separator();
        // Font size and high contrast (适老化): kept for the browser session.
        const bool font_open = ImGui::BeginMenu(tr_id("menu.view.font"));
        app.remember_item("menu.view.font");
        if (font_open) {
            for (float px : kFontSizes) {
                char label[64];
                const int n = static_cast<int>(px);
                std::snprintf(label, sizeof label, "%d px%s###font.%d", n,
                              px == kDefaultFontSize ? tr("menu.view.font.default") : "", n);
                if (ImGui::MenuItem(label, nullptr, app.font_size == px)) app.set_font_size(px);
                const std::string key = "font." + std::to_string(n);
                app.remember_item(key.c_str());
            }
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem(tr_id("menu.view.high_contrast"), nullptr, app.high_contrast))
            app.set_high_contrast(!app.high_contrast);
        app.remember_item("menu.view.high_contrast");
        ImGui::EndMenu();
    }

    const bool lang_open = ImGui::BeginMenu(tr_id("menu.language"));
    app.remember_item("menu.language");
    if (lang_open) {
        if (ImGui::MenuItem(tr_id("lang.zh"), nullptr, language() == Language::Chinese)) set_language(Language::Chinese);
        app.remember_item("lang.zh");
        if (ImGui::MenuItem(tr_id("lang.en"), nullptr, language() == Language::English)) set_language(Language::English);
        app.remember_item("lang.en");
        ImGui::EndMenu();
    }

    const bool help_open = ImGui::BeginMenu(tr_id("menu.help"));
    app.remember_item("menu.help");
    if (help_open) {
        if (ImGui::MenuItem(tr_id("menu.help.help"), "F1")) app.show_help = true;
        app.remember_item("menu.help.help");
        if (ImGui::MenuItem(tr_id("menu.help.welcome"))) app.show_welcome = true;
        app.remember_item("menu.help.welcome");
        if (ImGui::MenuItem(tr_id("menu.help.about"))) app.show_about = true;
        app.remember_item("menu.help.about");
        ImGui::EndMenu();
    }

    // Right-aligned: what is loaded.
    if (const Report* r = app.current()) {
        char buf[256];
        std::snprintf(buf, sizeof buf, "%s · %d %s", r->meta.title.c_str(), static_cast<int>(r->figures.size()),
                      tr("status.figures"));
        const float w = ImGui::CalcTextSize(buf).x;
        const float x = ImGui::GetWindowWidth() - w - ImGui::GetStyle().ItemSpacing.x * 2;
        if (x > ImGui::GetCursorPosX()) {
            ImGui::SetCursorPosX(x);
            ImGui::TextDisabled("%s", buf);
        }
    }
    if (phone) ImGui::PopStyleVar();
    ImGui::EndMainMenuBar();
}

void draw_about_window(App& app) {
    if (!app.show_about) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 28, 0), ImGuiCond_Appearing);
    if (ImGui::Begin(tr_id("about.title"), &app.show_about, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::Text("Gongkai %s · Dear ImGui %s", GONGKAI_VERSION, ImGui::GetVersion());
        ImGui::Separator();
        ImGui::TextWrapped("%s", tr("about.text"));
        ImGui::Spacing();
        if (ImGui::Button(tr_id("about.close"))) app.show_about = false;
        app.remember_item("about.close");
    }
    ImGui::End();
}

}  // namespace gongkai::ui
