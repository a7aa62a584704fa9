// section_tree_view.cpp — the selected report's sections (area → topic) with their counts.
//
// Counts come from the core's aggregation, so a total and its parts are counted once
// (docs/report-format.md, "Totals and their parts"). Clicking a section filters the table.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "imgui.h"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

struct Counts {
    std::vector<std::pair<std::string, double>> by_unit;  // in order of first appearance
    void add(const std::string& unit, double v) {
        for (auto& [u, total] : by_unit)
            if (u == unit) {
                total += v;
                return;
            }
        by_unit.emplace_back(unit, v);
    }
    std::string text() const {
        std::string s;
        for (const auto& [u, total] : by_unit) {
            if (!s.empty()) s += " · ";
            s += display_number(total) + u;
        }
        return s;
    }
};

// `counts` is what the figures add up to (a total and its parts counted once, the parts when
// they exceed the total); `stated` what the report's own totals say. Where they differ the node
// shows both, named, so 50 beside the table's 47 is never a puzzle.
struct TopicNode {
    std::string name;
    Counts counts, stated;
};
struct AreaNode {
    std::string name;
    Counts counts, stated;
    std::vector<TopicNode> topics;
};

std::string count_label(const Counts& counts, const Counts& stated) {
    const std::string sum = counts.text(), said = stated.text();
    if (said.empty() || said == sum) return sum;
    return std::string(tr("tree.sum")) + " " + sum + " · " + tr("tree.stated") + " " + said;
}

struct TreeCache {
    std::uint64_t generation = ~0ull;
    int report = -2;
    std::vector<AreaNode> areas;
};

const std::vector<AreaNode>& tree_of(const App& app, const Report& report) {
    static TreeCache cache;
    if (cache.generation == app.generation && cache.report == app.selected) return cache.areas;
    cache.generation = app.generation;
    cache.report = app.selected;
    cache.areas.clear();
    // Report order, not size order: the tree mirrors the report's own outline.
    std::map<std::string, std::size_t> area_at;
    for (const Figure& f : report.figures) {
        if (area_at.emplace(f.area, cache.areas.size()).second) cache.areas.push_back({f.area, {}, {}, {}});
        AreaNode& a = cache.areas[area_at[f.area]];
        if (!f.topic.empty() && std::none_of(a.topics.begin(), a.topics.end(),
                                             [&](const TopicNode& t) { return t.name == f.topic; }))
            a.topics.push_back({f.topic, {}, {}});
    }
    // The report's own totals: figures that are no one's part and no share.
    for (const Figure& f : report.figures) {
        if (!f.parent.empty() || !f.share_of.empty() || f.unit == "%") continue;
        AreaNode& a = cache.areas[area_at[f.area]];
        a.stated.add(f.unit, f.value);
        for (TopicNode& t : a.topics)
            if (t.name == f.topic) t.stated.add(f.unit, f.value);
    }
    const std::vector<Report> one{report};
    for (const Group& g : aggregate(one, {Field::Area, Field::Topic})) {
        auto it = area_at.find(g.keys[0]);
        if (it == area_at.end()) continue;
        AreaNode& a = cache.areas[it->second];
        a.counts.add(g.unit, g.total);
        for (TopicNode& t : a.topics)
            if (t.name == g.keys[1]) t.counts.add(g.unit, g.total);
    }
    return cache.areas;
}

// Enter on the node the keyboard is on filters by it, as a click does (Space and the arrows
// open and close it).
bool key_activated() {
    return ImGui::IsItemFocused() &&
           (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false));
}

}  // namespace

void draw_section_tree(App& app) {
    const Report* report = app.current();
    if (!report) return;
    ImGui::SeparatorText(tr("panel.sections"));
    const std::vector<AreaNode>& areas = tree_of(app, *report);
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const AreaNode& a = areas[i];
        const std::string name = a.name.empty() ? tr("figures.not_stated") : a.name;
        const std::string label = name + "  " + count_label(a.counts, a.stated) + "###tree.area." + std::to_string(i);
        ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_OpenOnDoubleClick |
                                   ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_NavLeftJumpsToParent;
        if (a.topics.empty()) flags |= ImGuiTreeNodeFlags_Leaf;
        if (app.filter.area == a.name && app.filter.topic.empty() && !a.name.empty())
            flags |= ImGuiTreeNodeFlags_Selected;
        const bool open = ImGui::TreeNodeEx(label.c_str(), flags);
        const std::string key = "tree.area." + std::to_string(i);
        app.remember_item(key.c_str());
        if (a.counts.text() != a.stated.text() && !a.stated.by_unit.empty()) ImGui::SetItemTooltip("%s", tr("tree.sum_note"));
        if ((ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) || key_activated()) {
            FigureFilter f = app.filter;
            const bool again = f.area == a.name && f.topic.empty();
            f.area = again ? std::string() : a.name;  // a second click shows everything again
            f.topic.clear();
            app.set_filter(f);
            app.pending_tab = Tab::Figures;
        }
        if (!open) continue;
        for (std::size_t j = 0; j < a.topics.size(); ++j) {
            const TopicNode& t = a.topics[j];
            const std::string tkey = key + "." + std::to_string(j);
            const std::string tlabel = t.name + "  " + count_label(t.counts, t.stated) + "###" + tkey;
            ImGuiTreeNodeFlags tf = ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen |
                                    ImGuiTreeNodeFlags_SpanAvailWidth;
            if (app.filter.area == a.name && app.filter.topic == t.name) tf |= ImGuiTreeNodeFlags_Selected;
            ImGui::TreeNodeEx(tlabel.c_str(), tf);
            app.remember_item(tkey.c_str());
            if (ImGui::IsItemClicked() || key_activated()) {
                FigureFilter f = app.filter;
                f.area = a.name;
                f.topic = t.name;
                app.set_filter(f);
                app.pending_tab = Tab::Figures;
            }
        }
        ImGui::TreePop();
    }
}

}  // namespace gongkai::ui
