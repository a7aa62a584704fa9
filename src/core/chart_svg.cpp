// chart_svg.cpp — SVG writer for ChartData (see chart_svg.hpp).
//
// [SECTION] Text: escaping, UTF-8, width estimate
// [SECTION] Document pieces: header, legend, axis
// [SECTION] Kinds: bars (single, stacked, grouped), donut, treemap
#include "core/chart_svg.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "core/utf8.hpp"

namespace gongkai {

// ============================================================================
// [SECTION] Text
// ============================================================================

namespace {

// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i, or
// U+FFFD for a malformed one (advancing by one byte).
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    std::size_t len = 0;
    char32_t cp = 0;
    if (c < 0x80) { ++i; return c; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else { ++i; return 0xFFFD; }
    if (i + len > s.size()) { ++i; return 0xFFFD; }
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) { ++i; return 0xFFFD; }
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { ++i; return 0xFFFD; }
    i += len;
    return cp;
}


double code_point_width(char32_t cp) {
    // CJK, full-width forms and the like take a full em; Latin about 0.6 on average.
    if (cp >= 0x2E80 || cp == 0x2026) return 1.0;
    return 0.6;
}

}  // namespace

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = next_code_point(text, i);
        switch (cp) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF) break;
                append_utf8(out, cp);
        }
    }
    return out;
}

double estimated_text_width(std::string_view text) {
    double w = 0;
    for (std::size_t i = 0; i < text.size();) w += code_point_width(next_code_point(text, i));
    return w;
}

std::string shorten_text(std::string_view text, double width, double font_size) {
    if (estimated_text_width(text) * font_size <= width) return std::string(text);
    const double room = width / font_size - 1.0;  // keep space for "…"
    std::string out;
    double w = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const double cw = code_point_width(next_code_point(text, i));
        if (w + cw > room) break;
        w += cw;
        out.append(text.substr(start, i - start));
    }
    return out + "…";
}

// ============================================================================
// [SECTION] Document pieces
// ============================================================================

namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

struct Writer {
    std::string body;
    const SvgOptions& opt;

    void text(double x, double y, std::string_view t, double size, const char* fill, const char* anchor = "start",
              const char* weight = nullptr) {
        body += "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"" + num(size) + "\" fill=\"" + fill +
                "\"";
        if (std::string_view(anchor) != "start") body += std::string(" text-anchor=\"") + anchor + "\"";
        if (weight) body += std::string(" font-weight=\"") + weight + "\"";
        body += ">" + xml_escape(t) + "</text>\n";
    }
    void rect(double x, double y, double w, double h, const std::string& fill, std::string_view title = {},
              const char* extra = "") {
        body += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(std::max(0.0, w)) + "\" height=\"" +
                num(std::max(0.0, h)) + "\" fill=\"" + fill + "\"" + extra;
        if (title.empty()) {
            body += "/>\n";
        } else {
            body += "><title>" + xml_escape(title) + "</title></rect>\n";
        }
    }
    void line(double x1, double y1, double x2, double y2, const char* stroke) {
        body += "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) +
                "\" stroke=\"" + stroke + "\" stroke-width=\"1\"/>\n";
    }
};

constexpr double kMargin = 16;
constexpr double kFont = 13;
constexpr const char* kInk = "#1a1a1a";
constexpr const char* kDim = "#5f5f5f";
constexpr const char* kGrid = "#d9d9d9";

std::string value_text(double v, const std::string& unit) { return display_number(v) + (unit.empty() ? "" : " " + unit); }

std::string share_text(double v, double total) {
    if (!(total > 0)) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * v / total);
    return buf;
}

// Title and subtitle; returns the y where the chart starts.
double header(Writer& w, const ChartData& d) {
    double y = kMargin + 18;
    w.text(kMargin, y, d.title, 18, kInk, "start", "bold");
    if (!d.subtitle.empty()) {
        y += 22;
        w.text(kMargin, y, d.subtitle, 12, kDim);
    }
    // Totals shown apart: a figure above the chart, never a bar beside its own parts.
    for (const ChartKpi& k : d.kpis) {
        y += 20;
        w.text(kMargin, y,
               w.opt.kpi_text + "：" + (k.series.empty() ? "" : k.series + " · ") + k.label + " " +
                   value_text(k.value, k.unit),
               kFont, kInk, "start", "bold");
    }
    return y + 16;
}

// The source line at the foot (数据来源…).
double footer(Writer& w, const ChartData& d, double y, double width) {
    if (d.source.empty()) return y;
    w.text(kMargin, y + 14, shorten_text(d.source, width - 2 * kMargin, 11), 11, kDim);
    return y + 22;
}

// Legend entries in lines; hidden series are listed struck through, so the export says what is left out.
double legend(Writer& w, const std::vector<std::string>& names, const ChartData& d, double y, double width) {
    double x = kMargin;
    const double h = 18;
    for (std::size_t s = 0; s < names.size(); ++s) {
        const std::string label = shorten_text(names[s], 220, kFont);
        const double item = 16 + estimated_text_width(label) * kFont + 18;
        if (x + item > width - kMargin && x > kMargin) {
            x = kMargin;
            y += h + 4;
        }
        const bool visible = d.series_visible(s) || d.kind == ChartKind::Donut;
        w.rect(x, y, 12, 12, visible ? css_colour(series_colour(s)) : "#ffffff", names[s],
               visible ? "" : " stroke=\"#999999\"");
        w.body += "<text x=\"" + num(x + 16) + "\" y=\"" + num(y + 11) + "\" font-size=\"" + num(kFont) +
                  "\" fill=\"" + (visible ? kInk : kDim) + "\"" +
                  (visible ? "" : " text-decoration=\"line-through\"") + ">" + xml_escape(label) + "</text>\n";
        x += item;
    }
    return y + h + 8;
}

// Value axis: grid lines at nice ticks from 0 to the axis end, labels under the plot.
void axis(Writer& w, double plot_x, double plot_w, double top, double bottom, const Ticks& t) {
    for (double v = 0; v <= t.end + t.step * 1e-6; v += t.step) {
        const double x = plot_x + v / t.end * plot_w;
        w.line(x, top, x, bottom, kGrid);
        w.text(x, bottom + 14, display_number(v), 11, kDim, "middle");
    }
}

// ============================================================================
// [SECTION] Kinds
// ============================================================================

// Bars, stacked bars and grouped (compare) bars share one layout: labels, plot, values.
double bars(Writer& w, const ChartData& d, double y, double width) {
    const bool grouped = d.kind == ChartKind::Compare;
    const bool stacked = d.kind == ChartKind::Stacked;
    const std::size_t n_series = d.series.size();
    std::size_t visible_series = 0;
    for (std::size_t s = 0; s < n_series; ++s) visible_series += d.series_visible(s) ? 1 : 0;
    const double sub_h = 14;
    const double bar_h = grouped ? std::max(1.0, static_cast<double>(visible_series)) * sub_h : 20;
    const double gap = 10;

    double label_w = 0;
    for (const ChartRow& r : d.rows) label_w = std::max(label_w, estimated_text_width(d.row_label(r)) * kFont);
    label_w = std::min(label_w, width * 0.3) + 10;
    const double value_w = 90;
    const double plot_x = kMargin + label_w;
    const double plot_w = std::max(100.0, width - plot_x - value_w - kMargin);
    const Ticks t = nice_ticks(d.max_value(), 5);
    const double top = y;
    const double bottom = top + static_cast<double>(d.rows.size()) * (bar_h + gap);
    axis(w, plot_x, plot_w, top, bottom, t);

    for (std::size_t i = 0; i < d.rows.size(); ++i) {
        const ChartRow& r = d.rows[i];
        const double ry = top + static_cast<double>(i) * (bar_h + gap) + gap / 2;
        const std::string full = d.row_label(r);
        w.body += "<g class=\"row\"><title>" + xml_escape(full) + "</title>\n";
        w.text(plot_x - 8, ry + bar_h / 2 + 4.5, shorten_text(full, label_w - 10, kFont), kFont, kInk, "end");
        const double unit_total = d.unit_total(r.unit);
        if (grouped) {
            double sy = ry;
            for (std::size_t s = 0; s < n_series; ++s) {
                if (!d.series_visible(s)) continue;
                const double v = r.values[s];
                const double len = v / t.end * plot_w;
                w.rect(plot_x, sy + 1, len, sub_h - 2, css_colour(series_colour(s)),
                       d.series[s] + ": " + (r.present[s] ? value_text(v, r.unit) : w.opt.absent_text));
                w.text(plot_x + len + 4, sy + sub_h - 3, r.present[s] ? display_number(v) : w.opt.absent_text, 11, kInk);
                sy += sub_h;
            }
        } else {
            double x = plot_x;
            double shown_total = 0;
            for (std::size_t s = 0; s < r.values.size(); ++s) {
                if (!d.series_visible(s)) continue;
                const double v = r.values[s];
                const double len = v / t.end * plot_w;
                if (v > 0) {
                    std::string tip = full + ": " + value_text(v, r.unit);
                    if (stacked) tip = d.series[s] + " · " + tip;
                    w.rect(x, ry, len, bar_h, css_colour(series_colour(stacked ? s : 0)), tip);
                }
                x += len;
                shown_total += v;
            }
            const bool absent = !stacked && !r.present.empty() && !r.present[0];
            std::string label = absent ? w.opt.absent_text : value_text(shown_total, r.unit);
            if (!stacked && !absent && d.shares) {
                const std::string share = share_text(shown_total, unit_total);
                if (!share.empty()) label += " (" + share + ")";
            }
            w.text(x + 6, ry + bar_h / 2 + 4.5, label, kFont, kInk);
        }
        w.body += "</g>\n";
    }
    return bottom + 24;
}

// Line: a key figure over the years, points joined where neighbouring years are stated.
double line_chart(Writer& w, const ChartData& d, double y, double width) {
    const double h = 300, left = kMargin + 56, right = width - kMargin - 24, top = y + 10, bottom = y + h;
    const Ticks t = nice_ticks(d.max_value(), 5);
    const auto y_of = [&](double v) { return bottom - v / t.end * (bottom - top); };
    const std::size_t n = d.rows.size();
    const auto x_of = [&](std::size_t i) {
        return n <= 1 ? (left + right) / 2 : left + (right - left) * static_cast<double>(i) / static_cast<double>(n - 1);
    };
    for (double v = 0; v <= t.end + t.step * 1e-6; v += t.step) {
        w.line(left, y_of(v), right, y_of(v), kGrid);
        w.text(left - 8, y_of(v) + 4, display_number(v), 11, kDim, "end");
    }
    const std::string colour = css_colour(series_colour(0));
    for (std::size_t i = 1; i < n; ++i)
        if (d.rows[i - 1].present[0] && d.rows[i].present[0])
            w.body += "<line x1=\"" + num(x_of(i - 1)) + "\" y1=\"" + num(y_of(d.rows[i - 1].values[0])) + "\" x2=\"" +
                      num(x_of(i)) + "\" y2=\"" + num(y_of(d.rows[i].values[0])) + "\" stroke=\"" + colour +
                      "\" stroke-width=\"2.5\"/>\n";
    for (std::size_t i = 0; i < n; ++i) {
        const ChartRow& r = d.rows[i];
        const double x = x_of(i);
        w.text(x, bottom + 18, r.label, kFont, kInk, "middle");
        if (!r.present[0]) {
            w.text(x, bottom - 8, w.opt.absent_text, kFont, kDim, "middle");
            continue;
        }
        const double py = y_of(r.values[0]);
        w.body += "<circle cx=\"" + num(x) + "\" cy=\"" + num(py) + "\" r=\"5\" fill=\"" + colour + "\"><title>" +
                  xml_escape(r.label + ": " + value_text(r.values[0], r.unit)) + "</title></circle>\n";
        w.text(x, py - 10, value_text(r.values[0], r.unit), kFont, kInk, "middle");
    }
    return bottom + 34;
}

// Donut: slices clockwise from 12 o'clock, legend with values and shares on the right.
double donut(Writer& w, const ChartData& d, double y, double width) {
    const double r_out = 130, r_in = 78;
    const double cx = kMargin + r_out + 10, cy = y + r_out + 10;
    double total = 0;
    for (std::size_t i = 0; i < d.rows.size(); ++i)
        if (d.row_visible(i)) total += d.rows[i].values[0];
    const double pi = std::acos(-1.0);
    double angle = -pi / 2;
    const std::string unit = d.rows.empty() ? std::string() : d.rows.front().unit;
    for (std::size_t i = 0; i < d.rows.size() && total > 0; ++i) {
        if (!d.row_visible(i)) continue;
        const ChartRow& r = d.rows[i];
        const double sweep = r.values[0] / total * 2 * pi;
        const std::string fill = css_colour(series_colour(i));
        const std::string tip = r.label + ": " + value_text(r.values[0], r.unit) + " (" + share_text(r.values[0], total) + ")";
        if (sweep >= 2 * pi - 1e-9) {  // one slice: a full ring (an arc cannot start and end at one point)
            w.body += "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num((r_out + r_in) / 2) +
                      "\" fill=\"none\" stroke=\"" + fill + "\" stroke-width=\"" + num(r_out - r_in) + "\"><title>" +
                      xml_escape(tip) + "</title></circle>\n";
        } else if (sweep > 0) {
            const double a0 = angle, a1 = angle + sweep;
            const int large = sweep > pi ? 1 : 0;
            char path[512];
            std::snprintf(path, sizeof path,
                          "M%.2f %.2fA%.2f %.2f 0 %d 1 %.2f %.2fL%.2f %.2fA%.2f %.2f 0 %d 0 %.2f %.2fZ",
                          cx + r_out * std::cos(a0), cy + r_out * std::sin(a0), r_out, r_out, large,
                          cx + r_out * std::cos(a1), cy + r_out * std::sin(a1), cx + r_in * std::cos(a1),
                          cy + r_in * std::sin(a1), r_in, r_in, large, cx + r_in * std::cos(a0),
                          cy + r_in * std::sin(a0));
            w.body += std::string("<path d=\"") + path + "\" fill=\"" + fill +
                      "\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>" + xml_escape(tip) + "</title></path>\n";
        }
        angle += sweep;
    }
    w.text(cx, cy - 4, display_number(total) + (unit.empty() ? "" : " " + unit), 22, kInk, "middle", "bold");
    w.text(cx, cy + 18, w.opt.total_text, kFont, kDim, "middle");

    double ly = y + 12;
    const double lx = cx + r_out + 40;
    for (std::size_t i = 0; i < d.rows.size(); ++i) {
        const ChartRow& r = d.rows[i];
        const bool visible = d.row_visible(i);
        w.rect(lx, ly, 14, 14, visible ? css_colour(series_colour(i)) : "#ffffff", r.label,
               visible ? "" : " stroke=\"#999999\"");
        std::string label = shorten_text(r.label, width - lx - 200, kFont);
        w.text(lx + 22, ly + 12, label, kFont, visible ? kInk : kDim);
        std::string value = value_text(r.values[0], r.unit);
        if (visible) value += "  " + share_text(r.values[0], total);
        w.text(width - kMargin, ly + 12, value, kFont, visible ? kInk : kDim, "end");
        ly += 24;
    }
    return std::max(cy + r_out + 20, ly + 10);
}

// Treemap: areas framed, topics inside, categories as filled tiles; labels where they fit.
double treemap(Writer& w, const ChartData& d, double y, double width) {
    const double h = 560, tw = width - 2 * kMargin;
    const std::vector<TreemapTile> tiles = layout_treemap(d, tw, h, 18, 2);
    for (const TreemapTile& t : tiles) {
        const double x = kMargin + t.x, ty = y + t.y;
        const Rgb c = series_colour(t.area);
        const std::string tip = (t.depth == 2 && t.row < d.rows.size())
                                    ? d.rows[t.row].path[0] + " › " +
                                          (d.rows[t.row].path[1].empty() ? "" : d.rows[t.row].path[1] + " › ") +
                                          t.label + ": " + value_text(t.value, d.rows[t.row].unit)
                                    : t.label + ": " + display_number(t.value);
        if (t.depth == 2) {
            w.rect(x, ty, t.w, t.h, css_colour(c), tip, " stroke=\"#ffffff\" stroke-width=\"1\"");
            const Rgb ink = text_colour_on(c);
            const std::string ink_css = css_colour(ink);
            if (t.w > 30 && t.h > 30) {
                w.text(x + 4, ty + 14, shorten_text(t.label, t.w - 8, 12), 12, ink_css.c_str());
                w.text(x + 4, ty + 28, display_number(t.value), 12, ink_css.c_str());
            } else if (t.w > 24 && t.h > 16) {
                w.text(x + 3, ty + 12, display_number(t.value), 10, ink_css.c_str());
            }
        } else {
            const std::string bg = t.depth == 0 ? "#f2f2f2" : "#e4e4e4";
            w.rect(x, ty, t.w, t.h, bg, tip, " stroke=\"#8c8c8c\" stroke-width=\"1\"");
            if (t.w > 40)
                w.text(x + 4, ty + 13, shorten_text(t.label + " " + display_number(t.value), t.w - 8, 12), 12,
                       t.depth == 0 ? kInk : kDim, "start", t.depth == 0 ? "bold" : nullptr);
        }
    }
    return y + h + 16;
}

}  // namespace

SvgImage chart_svg(const ChartData& data, const SvgOptions& options) {
    Writer w{{}, options};
    const double width = std::max(320.0, options.width);
    double y = header(w, data);
    if (data.kind == ChartKind::Stacked || data.kind == ChartKind::Compare) y = legend(w, data.series, data, y, width);
    if (data.rows.empty()) {
        y += 10;
        w.text(kMargin, y, "—", kFont, kDim);
        y += 20;
    } else if (data.kind == ChartKind::Donut) {
        y = donut(w, data, y, width);
    } else if (data.kind == ChartKind::Treemap) {
        y = treemap(w, data, y, width);
    } else if (data.kind == ChartKind::Line) {
        y = line_chart(w, data, y, width);
    } else {
        y = bars(w, data, y + 4, width);
    }
    y = footer(w, data, y, width);
    const double height = std::ceil(y + kMargin);

    SvgImage img;
    img.width = width;
    img.height = height;
    img.svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
              num(width) + "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
              "\" role=\"img\" aria-label=\"" + xml_escape(data.title) + "\" font-family=\"" +
              xml_escape(options.font_family) + "\">\n<title>" + xml_escape(data.title) + "</title>\n";
    if (!data.subtitle.empty()) img.svg += "<desc>" + xml_escape(data.subtitle) + "</desc>\n";
    img.svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    img.svg += w.body;
    img.svg += "</svg>\n";
    return img;
}

}  // namespace gongkai
