// message.cpp — building, wording and (de)serialising messages; the wording is in message_catalog.cpp.
#include "core/message.hpp"

#include <algorithm>
#include <cmath>

#include "core/message_catalog.hpp"
#include "core/number_text.hpp"

namespace gongkai {

Message& Message::text(std::string name, std::string value) {
    MessageArg a;
    a.name = std::move(name);
    a.kind = MessageArg::Kind::Text;
    a.text = std::move(value);
    args.push_back(std::move(a));
    return *this;
}

Message& Message::number(std::string name, double value, std::string unit, std::string qualifier, int decimals) {
    MessageArg a;
    a.name = std::move(name);
    a.kind = MessageArg::Kind::Number;
    a.value = value;
    a.unit = std::move(unit);
    a.qualifier = std::move(qualifier);
    a.decimals = decimals;
    args.push_back(std::move(a));
    return *this;
}

Message& Message::phrase(std::string name, Message value) {
    MessageArg a;
    a.name = std::move(name);
    a.kind = MessageArg::Kind::Phrase;
    a.phrase.push_back(std::move(value));
    args.push_back(std::move(a));
    return *this;
}

const MessageArg* Message::arg(std::string_view name) const {
    for (const MessageArg& a : args)
        if (a.name == name) return &a;
    return nullptr;
}

bool operator==(const MessageArg& a, const MessageArg& b) {
    return a.name == b.name && a.kind == b.kind && a.text == b.text && a.unit == b.unit &&
           a.qualifier == b.qualifier && a.decimals == b.decimals && a.phrase == b.phrase &&
           (a.value == b.value || (std::isnan(a.value) && std::isnan(b.value)));
}

bool operator==(const Message& a, const Message& b) { return a.code == b.code && a.args == b.args; }

namespace {

std::string render_number(const MessageArg& a, Language language) {
    const bool zh = language == Language::Chinese;
    std::string out;
    if (a.qualifier == "over") out = zh ? "超过" : "over ";
    else if (a.qualifier == "under") out = zh ? "不足" : "under ";
    else if (a.qualifier == "about") out = zh ? "约" : "about ";
    else if (a.qualifier == "at_least") out = zh ? "至少" : "at least ";
    out += a.decimals >= 0 ? detail::format_fixed(a.value, a.decimals) : detail::format_number(a.value);
    if (!a.unit.empty()) {
        if (!zh && a.unit != "%") out += ' ';
        out += a.unit;
    }
    return out;
}

std::string render_arg(const MessageArg& a, Language language) {
    switch (a.kind) {
        case MessageArg::Kind::Text: return a.text;
        case MessageArg::Kind::Number: return render_number(a, language);
        case MessageArg::Kind::Phrase: return a.phrase.empty() ? std::string() : render(a.phrase.front(), language);
    }
    return {};
}

// Fills `out` from `tmpl` (up to `end` or the closing ']'); returns false when a placeholder
// names a missing argument or one that renders empty, so an optional part can be dropped.
bool fill(const Message& m, Language language, std::string_view tmpl, std::size_t& i, std::string& out,
          bool in_group) {
    bool complete = true;
    while (i < tmpl.size()) {
        const char c = tmpl[i];
        // "[[" and "]]" are literal brackets ("text[[{start}:{end}]]").
        if ((c == '[' || c == ']') && i + 1 < tmpl.size() && tmpl[i + 1] == c) {
            out += c;
            i += 2;
            continue;
        }
        if (c == ']' && in_group) {
            ++i;
            return complete;
        }
        if (c == '[') {
            ++i;
            std::string group;
            if (fill(m, language, tmpl, i, group, true)) out += group;
            continue;
        }
        if (c == '{') {
            const auto close = tmpl.find('}', i);
            if (close == std::string_view::npos) {
                out += tmpl.substr(i);
                i = tmpl.size();
                break;
            }
            const std::string_view name = tmpl.substr(i + 1, close - i - 1);
            i = close + 1;
            const MessageArg* a = m.arg(name);
            std::string value = a ? render_arg(*a, language) : std::string();
            if (value.empty()) complete = false;
            out += value;
            continue;
        }
        out += c;
        ++i;
    }
    return complete;
}

}  // namespace

std::string render(const Message& message, Language language) {
    const char* tmpl = message_template(message.code, language);
    if (!tmpl) {
        // Not in the catalog: still say everything that is known.
        std::string out = message.code;
        for (const MessageArg& a : message.args) out += " " + a.name + "=" + render_arg(a, language);
        return out;
    }
    std::string out;
    std::size_t i = 0;
    fill(message, language, tmpl, i, out, false);
    return out;
}

const char* message_template(std::string_view code, Language language) {
    const detail::CatalogEntry* e = detail::find_catalog_entry(code);
    if (!e) return nullptr;
    return language == Language::Chinese ? e->zh : e->en;
}

std::vector<std::string_view> message_codes() {
    std::vector<std::string_view> codes;
    for (const detail::CatalogEntry& e : detail::catalog_entries()) codes.push_back(e.code);
    return codes;
}

std::string catalog_text(std::string_view code, Language language, std::string_view fallback) {
    const char* t = message_template(code, language);
    return t ? std::string(t) : std::string(fallback);
}

std::string render_figure_note(const std::string& note, Language language) {
    if (language == Language::English) return note;
    std::string out;
    std::size_t start = 0;
    while (start <= note.size()) {
        const auto end = std::min(note.find("; ", start), note.size());
        const std::string part = note.substr(start, end - start);
        const char* worded = nullptr;
        for (const detail::CatalogEntry& e : detail::catalog_entries())
            if (std::string_view(e.code).substr(0, 14) == "import.unsure." && part == e.en) worded = e.zh;
        if (!worded) return note;  // not the importer's words: a person's note, kept as written
        if (!out.empty()) out += "；";
        out += worded;
        start = end + 2;
    }
    return out;
}

nlohmann::json message_to_json(const Message& message) {
    nlohmann::json args = nlohmann::json::object();
    for (const MessageArg& a : message.args) {
        switch (a.kind) {
            case MessageArg::Kind::Text: args[a.name] = a.text; break;
            case MessageArg::Kind::Number:
                if (a.unit.empty() && a.qualifier.empty() && a.decimals < 0) {
                    args[a.name] = a.value;
                } else {
                    nlohmann::json n = {{"value", a.value}};
                    if (!a.unit.empty()) n["unit"] = a.unit;
                    if (!a.qualifier.empty()) n["qualifier"] = a.qualifier;
                    if (a.decimals >= 0) n["decimals"] = a.decimals;
                    args[a.name] = std::move(n);
                }
                break;
            case MessageArg::Kind::Phrase:
                args[a.name] = a.phrase.empty() ? nlohmann::json(nullptr) : message_to_json(a.phrase.front());
                break;
        }
    }
    // nlohmann's object sorts keys; the order of the arguments is kept in "order" so that a
    // round trip gives back the same message.
    nlohmann::json order = nlohmann::json::array();
    for (const MessageArg& a : message.args) order.push_back(a.name);
    nlohmann::json j = {{"code", message.code}, {"args", std::move(args)}};
    if (message.args.size() > 1) j["arg_order"] = std::move(order);
    return j;
}

namespace {

bool arg_from_json(const std::string& name, const nlohmann::json& v, MessageArg& a) {
    a.name = name;
    if (v.is_string()) {
        a.kind = MessageArg::Kind::Text;
        a.text = v.get<std::string>();
        return true;
    }
    if (v.is_number()) {
        a.kind = MessageArg::Kind::Number;
        a.value = v.get<double>();
        return true;
    }
    if (!v.is_object()) return false;
    if (v.contains("code")) {
        Message inner;
        if (!message_from_json(v, inner)) return false;
        a.kind = MessageArg::Kind::Phrase;
        a.phrase.push_back(std::move(inner));
        return true;
    }
    const auto value = v.find("value");
    if (value == v.end() || !value->is_number()) return false;
    a.kind = MessageArg::Kind::Number;
    a.value = value->get<double>();
    if (const auto u = v.find("unit"); u != v.end() && u->is_string()) a.unit = u->get<std::string>();
    if (const auto q = v.find("qualifier"); q != v.end() && q->is_string()) a.qualifier = q->get<std::string>();
    if (const auto d = v.find("decimals"); d != v.end() && d->is_number_integer()) a.decimals = d->get<int>();
    return true;
}

}  // namespace

bool message_from_json(const nlohmann::json& j, Message& out) {
    if (!j.is_object()) return false;
    const auto code = j.find("code");
    if (code == j.end() || !code->is_string()) return false;
    Message m(code->get<std::string>());
    const auto args = j.find("args");
    if (args != j.end()) {
        if (!args->is_object()) return false;
        std::vector<std::string> names;
        const auto order = j.find("arg_order");
        if (order != j.end() && order->is_array() && order->size() == args->size()) {
            for (const auto& n : *order) {
                if (!n.is_string() || !args->contains(n.get<std::string>())) return false;
                names.push_back(n.get<std::string>());
            }
        } else {
            for (const auto& [name, v] : args->items()) names.push_back(name);
        }
        for (const std::string& name : names) {
            MessageArg a;
            if (!arg_from_json(name, (*args)[name], a)) return false;
            m.args.push_back(std::move(a));
        }
    }
    out = std::move(m);
    return true;
}

Language language_from_locale(std::string_view locale) {
    return locale.substr(0, 2) == "zh" ? Language::Chinese : Language::English;
}

bool parse_language_code(std::string_view code, Language& out) {
    if (code == "zh") { out = Language::Chinese; return true; }
    if (code == "en") { out = Language::English; return true; }
    return false;
}

const char* language_code_of(Language language) { return language == Language::Chinese ? "zh" : "en"; }

}  // namespace gongkai
