// import_docx.cpp — one pass over document.xml with a stack of open tables (no recursion).
#include "core/import_docx.hpp"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

#include "core/xml_scan.hpp"

namespace gongkai::import_detail {
namespace {

struct DocxCell {
    std::string html;
    int grid_span = 1;
    enum { None, Restart, Continue } merge = None;
    std::size_t column = 0;  // grid column, set when the row is done
};

struct DocxTable {
    std::vector<std::vector<DocxCell>> rows;
    std::vector<int> grid_before;  // w:gridBefore per row
    bool in_cell = false;
};

void escape_into(std::string& out, std::string_view text) {
    for (char c : text) {
        if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '&') out += "&amp;";
        else out.push_back(c);
    }
}

std::string render(DocxTable& t) {
    // Grid columns, then how far each vertical merge reaches down its column.
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        std::size_t col = r < t.grid_before.size() ? static_cast<std::size_t>(std::max(0, t.grid_before[r])) : 0;
        for (auto& c : t.rows[r]) {
            c.column = col;
            col += static_cast<std::size_t>(c.grid_span);
        }
    }
    std::string out = "<table>";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        out += "<tr>";
        for (const auto& c : t.rows[r]) {
            if (c.merge == DocxCell::Continue) continue;
            int rowspan = 1;
            if (c.merge == DocxCell::Restart) {
                for (std::size_t below = r + 1; below < t.rows.size(); ++below) {
                    bool continues = false;
                    for (const auto& d : t.rows[below])
                        if (d.column == c.column && d.merge == DocxCell::Continue) continues = true;
                    if (!continues) break;
                    ++rowspan;
                }
            }
            out += "<td";
            if (c.grid_span > 1) out += " colspan=\"" + std::to_string(c.grid_span) + "\"";
            if (rowspan > 1) out += " rowspan=\"" + std::to_string(rowspan) + "\"";
            out += ">" + c.html + "</td>";
        }
        out += "</tr>";
    }
    out += "</table>";
    return out;
}

}  // namespace

std::string docx_to_html(std::string_view xml) {
    std::string body;
    std::vector<std::unique_ptr<DocxTable>> tables;
    auto sink = [&]() -> std::string& {
        if (!tables.empty() && tables.back()->in_cell && !tables.back()->rows.empty() && !tables.back()->rows.back().empty())
            return tables.back()->rows.back().back().html;
        return body;
    };
    auto cell = [&]() -> DocxCell* {
        if (tables.empty() || !tables.back()->in_cell || tables.back()->rows.empty() || tables.back()->rows.back().empty())
            return nullptr;
        return &tables.back()->rows.back().back();
    };
    XmlScan x(xml);
    bool in_text = false;
    for (auto k = x.next(); k != XmlScan::Kind::End; k = x.next()) {
        const std::string_view name = x.name();
        if (k == XmlScan::Kind::Text) {
            if (in_text) escape_into(sink(), x.text());
            continue;
        }
        const bool open = k == XmlScan::Kind::Open;
        if (name == "t") {
            in_text = open && !x.self_closing();
        } else if (name == "p") {
            if (open) sink() += "<p>";
            if (!open || x.self_closing()) sink() += "</p>";
        } else if ((name == "br" || name == "cr") && open) {
            sink() += "<br>";
        } else if (name == "tab" && open && !tables.empty() && cell() == nullptr) {
            // a w:tab in a tab-stop list (w:tabs) inside table properties: nothing to write
        } else if (name == "tab" && open) {
            sink() += " ";
        } else if (name == "tbl") {
            if (open && !x.self_closing()) {
                if (tables.size() >= 32) continue;
                tables.push_back(std::make_unique<DocxTable>());
            } else if (!open && !tables.empty()) {
                std::string html = render(*tables.back());
                tables.pop_back();
                sink() += html;
            }
        } else if (name == "tr" && !tables.empty()) {
            if (open) {
                tables.back()->rows.emplace_back();
                tables.back()->grid_before.push_back(0);
            }
            tables.back()->in_cell = false;
        } else if (name == "tc" && !tables.empty()) {
            if (open) {
                if (tables.back()->rows.empty()) {
                    tables.back()->rows.emplace_back();
                    tables.back()->grid_before.push_back(0);
                }
                tables.back()->rows.back().emplace_back();
                tables.back()->in_cell = !x.self_closing();
            } else {
                tables.back()->in_cell = false;
            }
        } else if (name == "gridSpan" && open) {
            if (DocxCell* c = cell()) {
                const int n = std::atoi(x.attribute("val").c_str());
                c->grid_span = std::clamp(n, 1, 256);
            }
        } else if (name == "vMerge" && open) {
            if (DocxCell* c = cell()) c->merge = x.attribute("val") == "restart" ? DocxCell::Restart : DocxCell::Continue;
        } else if (name == "gridBefore" && open && !tables.empty() && !tables.back()->grid_before.empty()) {
            tables.back()->grid_before.back() = std::clamp(std::atoi(x.attribute("val").c_str()), 0, 256);
        }
    }
    while (!tables.empty()) {
        std::string html = render(*tables.back());
        tables.pop_back();
        sink() += html;
    }
    return "<html><body>" + body + "</body></html>";
}

}  // namespace gongkai::import_detail
