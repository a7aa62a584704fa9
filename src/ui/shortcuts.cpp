// shortcuts.cpp — the app's keyboard shortcuts, read once per frame before the views draw.
//
// Ctrl+O open (in the page's key handler, see below), Ctrl+E export, Ctrl+F find, Esc back/close, Ctrl+A select all rows,
// Ctrl+C copy the selected rows, F1 help. Keys typed into the text overlay never get
// here (web/gongkai-api.js keeps them from GLFW), so typing "a" or Esc in the search box
// does not trigger anything on the canvas.
#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/model/model_changed.hpp"

namespace gongkai::ui {

namespace {
bool g_popup_open = false;  // at the end of the last frame: Esc then belonged to the popup
}

void handle_shortcuts(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput || !app.overlay_key.empty();
    const bool menu_escape = keyboard_menu_owns_escape(app);   // Esc leaves the menu bar, nothing else
    keyboard_begin_frame(app);
    // Ctrl+O is handled by the page itself (web/gongkai-api.js): a browser opens its file
    // picker only during the key event, and this frame runs after it.
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_E) && app.current()) app.show_export = true;
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_F) && app.current()) {
        app.pending_tab = Tab::Figures;
        app.focus_request = "figures.search";
    }
    if (ImGui::IsKeyPressed(ImGuiKey_F1, false)) app.show_help = true;
    if (!typing && app.tab == Tab::Figures && app.current()) {
        if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_A)) {
            for (int row : app.view_rows()) app.set_selected(row, true);
            model_changed();
        }
        if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_C) && !app.selection().empty()) {
            platform::copy_to_clipboard(app.selection_tsv());
            app.show_toast(tr("toast.copied"));
        }
    }
    // Esc: close the topmost window; else step back: selection, then filters.
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !typing && !g_popup_open && !menu_escape) {
        if (app.text_view) app.text_view.reset();
        else if (app.show_export) app.show_export = false;
        else if (app.show_help) app.show_help = false;
        else if (app.show_about) app.show_about = false;
        else if (app.show_welcome) app.show_welcome = false;
        else if (app.tab == Tab::Chart && app.chart.kind == ChartKind::Bars && !app.chart.drill.empty()) {
            // The chart view steps back one drill level on this Esc (chart_view.cpp).
        } else if (!app.selection().empty() || app.focused_figure >= 0) {
            app.clear_selection();
            app.focused_figure = -1;
            app.selected_finding = -1;
        } else if (!app.filter.empty()) app.set_filter({});
        model_changed();
    }
}

void shortcuts_end_frame() { g_popup_open = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId); }

}  // namespace gongkai::ui
