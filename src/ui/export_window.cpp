// export_window.cpp — the export dialog (File → Export…, Ctrl+E) and the text view.
//
// Every format offers three ways out with the same bytes: a browser download, the
// clipboard, and a text view to select and copy from — for in-app webviews that refuse
// downloads (TOOLCHAIN.md: "<a download> fails in some in-app webviews").
#include <cstdio>
#include <string>
#include <string_view>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {

namespace {

const char* format_label_key(std::string_view format) {
    if (format == "csv") return "export.format.csv";
    if (format == "csv_view") return "export.format.csv_view";
    if (format == "json") return "export.format.json";
    if (format == "collection") return "export.format.collection";
    if (format == "md") return "export.format.md";
    if (format == "html") return "export.format.html";
    if (format == "scores_csv") return "export.format.scores_csv";
    if (format == "scores_json") return "export.format.scores_json";
    if (format == "svg") return "export.format.svg";
    if (format == "png") return "export.format.png";
    if (format == "chart_csv") return "export.format.chart_csv";
    return "";
}

// The chart as the Charts tab shows it now: offered here too, after the report's formats.
constexpr const char* kChartFormats[] = {"svg", "png", "chart_csv"};

std::string size_text(std::size_t bytes) {
    char buf[32];
    if (bytes < 10000)
        std::snprintf(buf, sizeof buf, "%zu B", bytes);
    else
        std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(bytes) / 1000.0);
    return buf;
}

}  // namespace

void draw_export_window(App& app) {
    if (!app.show_export) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Appearing);
    if (ImGui::Begin(tr_id("export.title"), &app.show_export, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        app.remember_item("export.window");
        if (!app.current()) {
            ImGui::TextWrapped("%s", tr("status.no_reports"));
        } else {
            const int n = static_cast<int>(std::size(kExportFormats));
            for (int i = 0; i < n; ++i) {
                const std::string key = std::string("export.format.") + kExportFormats[i];
                if (ImGui::RadioButton(tr_id(format_label_key(kExportFormats[i])), app.export_choice == i))
                    app.export_choice = i;
                app.remember_item(key.c_str());
            }
            ImGui::SeparatorText(tr("export.chart_heading"));
            const int charts = static_cast<int>(std::size(kChartFormats));
            for (int i = 0; i < charts; ++i) {
                const std::string key = std::string("export.format.") + kChartFormats[i];
                if (ImGui::RadioButton(tr_id(format_label_key(kChartFormats[i])), app.export_choice == n + i))
                    app.export_choice = n + i;
                app.remember_item(key.c_str());
            }
            if (app.export_choice < 0 || app.export_choice >= n + charts) app.export_choice = 0;
            const bool chart = app.export_choice >= n;
            const char* format = chart ? kChartFormats[app.export_choice - n] : kExportFormats[app.export_choice];
            // The words of summaries and CSV headers: Chinese or English (the UI's by default).
            const std::string_view chosen(format);
            if (chosen == "md" || chosen == "html" || chosen == "csv" || chosen == "csv_view") {
                ImGui::TextDisabled("%s", tr("export.language"));
                ImGui::SameLine();
                const Language l = app.export_lang();
                if (ImGui::RadioButton(tr_id("lang.zh"), l == Language::Chinese)) app.export_language = Language::Chinese;
                app.remember_item("export.language.zh");
                ImGui::SameLine();
                if (ImGui::RadioButton(tr_id("lang.en"), l == Language::English)) app.export_language = Language::English;
                app.remember_item("export.language.en");
                if (chosen == "csv" || chosen == "csv_view") {
                    ImGui::Checkbox(tr_id("export.machine_header"), &app.export_machine_header);
                    app.remember_item("export.machine_header");
                }
            }
            const std::optional<ExportFile> f = app.export_file(format);
            ImGui::Separator();
            if (chart) ImGui::TextWrapped("%s", tr(f ? "export.chart_note" : "export.chart_empty"));
            if (f) {
                ImGui::TextDisabled("%s", tr("export.file_name"));
                ImGui::SameLine();
                ImGui::TextUnformatted(f->file_name.c_str());
                ImGui::SameLine();
                ImGui::TextDisabled("(%s)", size_text(f->bytes.size()).c_str());
            }
            ImGui::BeginDisabled(!f);
            if (ImGui::Button(tr_id("export.download"))) app.download(format);
            app.remember_item("export.download");
            ImGui::SameLine();
            // A PNG is drawn by the browser at download: there is no text of it to copy or view.
            ImGui::BeginDisabled(std::string_view(format) == "png");
            if (ImGui::Button(tr_id("export.copy")) && f) {
                platform::copy_to_clipboard(f->bytes);
                app.show_toast(tr("toast.copied"));
            }
            app.remember_item("export.copy");
            ImGui::SameLine();
            if (ImGui::Button(tr_id("export.view")) && f) app.text_view = f;
            app.remember_item("export.view");
            ImGui::EndDisabled();
            ImGui::EndDisabled();
            ImGui::TextWrapped("%s", tr("export.fallback_hint"));
        }
        if (ImGui::Button(tr_id("about.close"))) app.show_export = false;
        app.remember_item("export.close");
    }
    ImGui::End();
}

void draw_text_view_window(App& app) {
    if (!app.text_view) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.7f, vp->WorkSize.y * 0.7f), ImGuiCond_Appearing);
    bool open = true;
    char title[300];
    std::snprintf(title, sizeof title, "%s — %s###textview", tr("textview.title"), app.text_view->file_name.c_str());
    if (ImGui::Begin(title, &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        app.remember_item("textview.window");
        ImGui::TextWrapped("%s", tr("textview.hint"));
        if (ImGui::Button(tr_id("export.copy"))) {
            platform::copy_to_clipboard(app.text_view->bytes);
            app.show_toast(tr("toast.copied"));
        }
        app.remember_item("textview.copy");
        ImGui::SameLine();
        if (ImGui::Button(tr_id("about.close"))) open = false;
        app.remember_item("textview.close");
        // Read-only: the text can be selected and copied (Ctrl+A, Ctrl+C) but not changed.
        std::string& bytes = app.text_view->bytes;
        ImGui::InputTextMultiline("##text", bytes.data(), bytes.size() + 1, ImVec2(-1, -1), ImGuiInputTextFlags_ReadOnly);
        app.remember_item("textview.text");
    }
    ImGui::End();
    if (!open) app.text_view.reset();
}

}  // namespace gongkai::ui
