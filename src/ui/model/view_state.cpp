// view_state.cpp — the URL hash <-> App's view. One row of kFields per hash key.
//
// [SECTION] Percent-encoding and parts
// [SECTION] Fields: how each key reads and sets App state
// [SECTION] view_hash / apply_view_hash / is_new_view
//
// To add a field: write its get (App -> text, "" = default/left out) and set (text -> App;
// "" = reset to the default) and add one row to kFields. Order matters: the report comes
// first, because the figure-level fields (selection, focus) refer to the current report.
#include "ui/view_state.hpp"

#include <algorithm>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "core/template_layout.hpp"
#include "core/utf8.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

namespace gongkai::ui {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Percent-encoding and parts
// ---------------------------------------------------------------------------

// Ids (letters, digits, - _ .) and lists of them (,) stay readable; everything else is %XX.
bool plain(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~' || c == ',';
}

std::string encode(std::string_view s) {
    static const char* const hex = "0123456789ABCDEF";
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (plain(c)) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// A malformed escape ("%4", "%zz") is kept as written: tolerant, never an error.
std::string decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else if (s[i] == '+') {
            out += ' ';  // form-style spaces, in case a link was written by hand
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t end = std::min(s.find(sep, start), s.size());
        if (end > start) out.emplace_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string join(const std::vector<std::string>& items, char sep) {
    std::string out;
    for (const std::string& s : items) {
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Fields: how each key reads and sets App state
// ---------------------------------------------------------------------------

enum class Set { Applied, NotYet, Invalid };

struct HashField {
    const char* key;
    bool new_view;                                 // a change is a new history entry
    std::string (*get)(const App&);                // "" = default, left out of the hash
    Set (*set)(App&, const std::string& value);    // "" = reset to the default
};

int figure_index(const App& app, const std::string& id) {
    const Report* r = app.current();
    if (!r) return -1;
    for (int i = 0; i < static_cast<int>(r->figures.size()); ++i)
        if (r->figures[i].id == id) return i;
    return -1;
}
std::string figure_id(const App& app, int index) {
    const Report* r = app.current();
    return r && index >= 0 && index < static_cast<int>(r->figures.size()) ? r->figures[index].id.str() : std::string();
}

// While a link waits for its report, the hash keeps naming that report (and its title).
std::string get_report(const App& app) {
    if (!app.waiting_for.empty()) return app.waiting_for;
    return app.current() ? app.current()->id : std::string();
}
Set set_report(App& app, const std::string& id) {
    if (id.empty()) {  // no report named: keep what is selected
        app.waiting_for.clear();
        app.waiting_title.clear();
        return Set::Applied;
    }
    for (int i = 0; i < static_cast<int>(app.reports.size()); ++i)
        if (app.reports[i].id == id) {
            app.select_report(i);
            return Set::Applied;
        }
    // Perhaps the user loads it next; until then a banner names it and nothing else is shown
    // as if it were that report.
    app.waiting_for = id;
    app.waiting_title.clear();
    return Set::NotYet;
}

// The report's title: a recipient who does not have the report learns which one it is.
std::string get_report_title(const App& app) {
    if (!app.waiting_for.empty()) return app.waiting_title;
    return app.current() ? app.current()->meta.title : std::string();
}
Set set_report_title(App& app, const std::string& title) {
    if (!app.waiting_for.empty()) app.waiting_title = title;
    return Set::Applied;  // a loaded report shows its own title
}

Set set_tab(App& app, const std::string& name) {
    const std::optional<Tab> tab = parse_tab(name.empty() ? "figures" : name);
    if (!tab) return Set::Invalid;
    app.tab = *tab;
    app.pending_tab = *tab;
    return Set::Applied;
}

// "value-d": column and direction.
std::string get_sort(const App& app) {
    if (app.figure_sort.column < 0) return {};
    return std::string(figure_column_name(app.figure_sort.column)) + (app.figure_sort.descending ? "-d" : "-a");
}
Set set_sort(App& app, const std::string& value) {
    if (value.empty()) {
        app.figure_sort = FigureSort{};
        return Set::Applied;
    }
    const std::size_t dash = value.rfind('-');
    if (dash == std::string::npos) return Set::Invalid;
    const std::string column = value.substr(0, dash), dir = value.substr(dash + 1);
    if (dir != "a" && dir != "d") return Set::Invalid;
    for (int c = 0; c < kFigureColumns; ++c)
        if (column == figure_column_name(c)) {
            app.figure_sort = FigureSort{c, dir == "d"};
            return Set::Applied;
        }
    return Set::Invalid;
}

// The figures table's filter: one key per part of FigureFilter.
template <std::string FigureFilter::*Member>
std::string get_filter(const App& app) {
    return app.filter.*Member;
}
template <std::string FigureFilter::*Member>
Set set_filter(App& app, const std::string& value) {
    FigureFilter f = app.filter;
    f.*Member = value;
    app.set_filter(f);
    return Set::Applied;
}

// Selected figures by id (indices change when a report is reloaded; ids do not).
// A selection of more rows than a link can sensibly name stays out of the link (the link keeps
// the filters that show those rows): a shared link stays short enough to paste anywhere.
constexpr std::size_t kLinkedSelectionMax = 20;
std::string get_selection(const App& app) {
    const std::vector<int> selected = app.selection();
    if (selected.size() > kLinkedSelectionMax) return {};
    std::vector<std::string> ids;
    for (int i : selected) ids.push_back(figure_id(app, i));
    return join(ids, ',');
}
Set set_selection(App& app, const std::string& value) {
    std::vector<int> figures;
    bool missing = false;
    for (const std::string& id : split(value, ',')) {
        const int i = figure_index(app, id);
        if (i >= 0) figures.push_back(i);
        else missing = true;
    }
    if (figures.empty()) app.clear_selection();
    else app.select_figures(figures, false);
    return missing ? Set::Invalid : Set::Applied;
}

// The figure shown in the details panel and the source view.
std::string get_focus(const App& app) { return figure_id(app, app.focused_figure); }
Set set_focus(App& app, const std::string& id) {
    if (id.empty()) {
        app.focused_figure = -1;
        return Set::Applied;
    }
    const int i = figure_index(app, id);
    if (i < 0) return Set::Invalid;
    app.focus_figure(i, false);
    return Set::Applied;
}

// The charts tab (src/ui/chart_view.hpp), set through the same apply_chart_view as setView.
// Lists (drill path, hidden series) are joined with U+001F, a character report text never holds.
constexpr char kListSep = '\x1f';
Set set_chart(App& app, const nlohmann::json& view) {
    return apply_chart_view(app, view).empty() ? Set::Applied : Set::Invalid;
}
std::vector<std::string> chart_list(const std::string& value) { return split(value, kListSep); }

std::string get_chart_kind(const App& app) {
    return app.chart.kind == ChartKind::Bars ? std::string() : chart_kind_name(app.chart.kind);
}
Set set_chart_kind(App& app, const std::string& v) { return set_chart(app, {{"chartKind", v.empty() ? "bars" : v}}); }

// Bars over every loaded report ("all"); the default, the selected report, is left out.
std::string get_scope(const App& app) { return app.chart.all_reports ? "all" : ""; }
Set set_scope(App& app, const std::string& v) { return set_chart(app, {{"scope", v.empty() ? "report" : v}}); }

std::string get_grouping(const App& app) {
    return app.chart.grouping == Field::Area ? std::string() : field_name(app.chart.grouping);
}
Set set_grouping(App& app, const std::string& v) { return set_chart(app, {{"grouping", v.empty() ? "area" : v}}); }

std::string get_measure(const App& app) { return app.chart.measure == "published" ? std::string() : app.chart.measure; }
Set set_measure(App& app, const std::string& v) { return set_chart(app, {{"measure", v.empty() ? "published" : v}}); }

std::string get_drill(const App& app) {
    std::vector<std::string> values;
    for (const auto& step : app.chart.drill) values.push_back(step.second);
    return join(values, kListSep);
}
Set set_drill(App& app, const std::string& v) { return set_chart(app, {{"drill", chart_list(v)}}); }

std::string get_hidden_series(const App& app) {
    auto it = app.chart.hidden.find(app.chart.kind);
    return it == app.chart.hidden.end() ? std::string()
                                        : join(std::vector<std::string>(it->second.begin(), it->second.end()), kListSep);
}
Set set_hidden_series(App& app, const std::string& v) { return set_chart(app, {{"hiddenSeries", chart_list(v)}}); }

// Donut: the total's figure id and its breakdown label.
std::string get_breakdown(const App& app) {
    if (app.chart.breakdown_total.empty()) return {};
    return app.chart.breakdown_total + kListSep + app.chart.breakdown;
}
Set set_breakdown(App& app, const std::string& v) {
    if (v.empty()) {
        if (!app.chart.breakdown_total.empty()) {
            app.chart.breakdown_total.clear();
            app.chart.breakdown.clear();
            ++app.chart.revision;
        }
        return Set::Applied;
    }
    const std::size_t sep = v.find(kListSep);
    return set_chart(app, {{"breakdown", {{"total", v.substr(0, sep)},
                                          {"breakdown", sep == std::string::npos ? "" : v.substr(sep + 1)}}}});
}

// Charts of template tables and key figures: which one, its style, the unit shown and the
// chosen bar. Each left out at its default.
std::string get_unit(const App& app) { return app.chart.unit; }
Set set_unit(App& app, const std::string& v) { return set_chart(app, {{"unit", v}}); }
std::string get_template_chart(const App& app) {
    return app.chart.template_chart == TemplateChart::Documents ? std::string()
                                                                : template_chart_name(app.chart.template_chart);
}
Set set_template_chart(App& app, const std::string& v) {
    return set_chart(app, {{"templateChart", v.empty() ? "documents" : v}});
}
std::string get_template_style(const App& app) { return app.chart.template_donut ? "donut" : ""; }
Set set_template_style(App& app, const std::string& v) {
    return set_chart(app, {{"templateStyle", v.empty() ? "stacked" : v}});
}
std::string get_key_figure(const App& app) {
    return app.chart.key_figure == "applications_received" ? std::string() : app.chart.key_figure;
}
Set set_key_figure(App& app, const std::string& v) {
    return set_chart(app, {{"keyFigure", v.empty() ? "applications_received" : v}});
}
std::string get_trend_style(const App& app) { return app.chart.trend_line ? "" : "bars"; }
Set set_trend_style(App& app, const std::string& v) { return set_chart(app, {{"trendStyle", v.empty() ? "line" : v}}); }
std::string get_chart_selected(const App& app) { return app.chart.selected; }
Set set_chart_selected(App& app, const std::string& v) {
    return set_chart(app, {{"chartSelected", v.empty() ? nlohmann::json(nullptr) : nlohmann::json(v)}});
}

std::string get_language(const App&) { return language_code(language()); }
Set set_language_field(App&, const std::string& code) {
    Language l;
    if (!parse_language(code.empty() ? "zh" : code, l)) return Set::Invalid;
    set_language(l);
    return Set::Applied;
}

// The tables tab: the focused cell (its JSON Pointer) and the reports compared with the current one.
std::string get_table_cell(const App& app) {
    const Report* r = app.current();
    return r && app.tables.focus_report == r->id ? app.tables.cell : std::string();
}
Set set_table_cell(App& app, const std::string& pointer) {
    const Report* r = app.current();
    if (pointer.empty()) {
        app.tables.cell.clear();
        return Set::Applied;
    }
    if (!r) return Set::NotYet;
    if (!template_cell_at(*r, pointer)) return Set::Invalid;
    app.tables.cell = pointer;
    app.tables.key_figure.clear();
    app.tables.focus_report = r->id;
    return Set::Applied;
}
std::string get_compare(const App& app) { return join(app.tables.compare, ','); }
Set set_compare(App& app, const std::string& ids) {
    app.tables.compare = split(ids, ',');  // reports not loaded (yet) are skipped when drawn
    return Set::Applied;
}

// One row per key. Keep keys short and never reuse a retired one.
const HashField kFields[] = {
    {"r", true, get_report, set_report},
    {"rt", false, get_report_title, set_report_title},   // after "r": it names the report "r" waits for
    {"t", true, [](const App& a) { return std::string(tab_name(a.tab)); }, set_tab},
    {"s", false, get_sort, set_sort},
    {"q", false, get_filter<&FigureFilter::search>, set_filter<&FigureFilter::search>},
    {"fa", false, get_filter<&FigureFilter::area>, set_filter<&FigureFilter::area>},
    {"ft", false, get_filter<&FigureFilter::topic>, set_filter<&FigureFilter::topic>},
    {"fd", false, get_filter<&FigureFilter::department>, set_filter<&FigureFilter::department>},
    {"fc", false, get_filter<&FigureFilter::category>, set_filter<&FigureFilter::category>},
    {"fu", false, get_filter<&FigureFilter::unit>, set_filter<&FigureFilter::unit>},
    {"sel", false, get_selection, set_selection},
    {"fig", false, get_focus, set_focus},
    {"ck", true, get_chart_kind, set_chart_kind},
    {"sc", true, get_scope, set_scope},  // before "g": region and year need it
    {"g", true, get_grouping, set_grouping},
    {"m", true, get_measure, set_measure},
    {"dr", true, get_drill, set_drill},
    {"hs", false, get_hidden_series, set_hidden_series},
    {"bd", false, get_breakdown, set_breakdown},
    {"tc", false, get_table_cell, set_table_cell},
    {"cmp", true, get_compare, set_compare},
    {"tt", true, get_template_chart, set_template_chart},
    {"ts", false, get_template_style, set_template_style},
    {"kf", true, get_key_figure, set_key_figure},
    {"tl", false, get_trend_style, set_trend_style},
    {"u", false, get_unit, set_unit},
    {"cs", false, get_chart_selected, set_chart_selected},
    {"l", false, get_language, set_language_field},
};

const HashField* find_field(std::string_view key) {
    for (const HashField& f : kFields)
        if (key == f.key) return &f;
    return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------
// [SECTION] view_hash / apply_view_hash / is_new_view
// ---------------------------------------------------------------------------

ViewParts parse_view_hash(std::string_view hash) {
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    ViewParts parts;
    for (const std::string& part : split(hash, '&')) {
        const std::size_t eq = part.find('=');
        if (eq == std::string::npos) parts.emplace_back(decode(part), std::string());
        else parts.emplace_back(decode(part.substr(0, eq)), decode(part.substr(eq + 1)));
    }
    return parts;
}

std::string format_view_hash(const ViewParts& parts) {
    std::string out;
    for (const auto& [key, value] : parts) {
        if (!out.empty()) out += '&';
        out += encode(key);
        out += '=';
        out += encode(value);
    }
    return out;
}

std::string view_hash(const App& app) {
    ViewParts parts;
    for (const HashField& f : kFields) {
        std::string value = f.get(app);
        if (!value.empty()) parts.emplace_back(f.key, std::move(value));
    }
    return format_view_hash(parts);
}

ViewApplied apply_view_hash(App& app, std::string_view hash) {
    ViewApplied out;
    const ViewParts parts = parse_view_hash(hash);
    // The last value of a repeated key wins, as in a query string.
    auto value_of = [&](const char* key) -> const std::string* {
        const std::string* found = nullptr;
        for (const auto& [k, v] : parts)
            if (k == key) found = &v;
        return found;
    };
    for (const auto& part : parts)
        if (!find_field(part.first)) out.ignored.push_back(part);
    for (const HashField& f : kFields) {
        const std::string* v = value_of(f.key);
        const std::string value = v ? *v : std::string();
        switch (f.set(app, value)) {
            case Set::Applied: break;
            case Set::NotYet: out.pending.emplace_back(f.key, value); break;
            case Set::Invalid: out.ignored.emplace_back(f.key, value); break;
        }
    }
    return out;
}

bool is_new_view(std::string_view from, std::string_view to) {
    const ViewParts a = parse_view_hash(from), b = parse_view_hash(to);
    auto value_of = [](const ViewParts& parts, const char* key) {
        std::string out;
        for (const auto& [k, v] : parts)
            if (k == key) out = v;
        return out;
    };
    for (const HashField& f : kFields)
        if (f.new_view && value_of(a, f.key) != value_of(b, f.key)) return true;
    return false;
}

}  // namespace gongkai::ui
