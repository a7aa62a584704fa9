// load_parse.cpp — a depth-limited SAX parse that builds an nlohmann::json tree.
//
// Why not nlohmann::json::parse: it throws on errors (Emscripten builds may not catch),
// it cannot stop at a nesting limit (its callback can only discard values, so 100,000
// nested arrays would still be read), and it cannot report duplicate keys.
#include "core/load_parse.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>

#include "core/load_encoding.hpp"
#include "core/report.hpp"

namespace gongkai::load_detail {
namespace {

using json = nlohmann::json;

// A const char* iterator that publishes how far nlohmann has read, so that SAX callbacks
// (which get no position) can locate what they see.
class TrackingIterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackingIterator(const char* p, const char** published) : p_(p), published_(published) {}
    reference operator*() const { return *p_; }
    TrackingIterator& operator++() {
        ++p_;
        if (published_) *published_ = p_;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackingIterator& o) const { return p_ == o.p_; }
    bool operator!=(const TrackingIterator& o) const { return p_ != o.p_; }

  private:
    const char* p_;
    const char** published_;
};

std::string escape_pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 4: "; we give our own position (columns in code points), so drop that prefix.
std::string strip_nlohmann_prefix(std::string message) {
    const auto bracket = message.find("] ");
    if (bracket != std::string::npos) message.erase(0, bracket + 2);
    if (message.rfind("parse error", 0) == 0) {
        const auto colon = message.find(": ");
        if (colon != std::string::npos) message.erase(0, colon + 2);
    }
    return message;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// nlohmann's "last read: '...'" may hold several tokens (its token buffer is not reset for
// brackets, commas and colons), which misleads; it is replaced by an excerpt of the line.
std::string drop_last_read(std::string message) {
    const std::string marker = "; last read: '";
    const auto from = message.find(marker);
    if (from == std::string::npos) return message;
    auto to = message.find("'; expected", from + marker.size());
    to = to == std::string::npos ? message.size() : to + 1;
    message.erase(from, to - from);
    return message;
}

bool is_lead_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Up to 16 code points of the line before `at` and 8 from it, control characters blanked.
std::string excerpt_around(std::string_view text, std::size_t at) {
    std::size_t from = std::min(at, text.size()), to = from;
    for (int n = 0; n < 16 && from > 0 && text[from - 1] != '\n';) {
        --from;
        if (is_lead_byte(text[from])) ++n;
    }
    for (int n = 0; n < 8 && to < text.size() && text[to] != '\n';) {
        ++to;
        while (to < text.size() && !is_lead_byte(text[to])) ++to;
        ++n;
    }
    std::string out(text.substr(from, to - from));
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return out;
}

// A short explanation of the common hand-editing mistakes behind a syntax error at `at`
// (a load.hint.* code), or "".
const char* hint_for(std::string_view text, std::size_t at) {
    if (at >= text.size()) return "load.hint.truncated";
    const char c = text[at];
    if (c == '/') return "load.hint.comments";
    if (c == '\'') return "load.hint.single_quotes";
    if (c == ']' || c == '}') {
        std::size_t k = at;
        while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\n' || text[k - 1] == '\r')) --k;
        if (k > 0 && text[k - 1] == ',') return "load.hint.trailing_comma";
    }
    if (is_digit(c)) {
        std::size_t s = at;
        while (s > 0 && is_digit(text[s - 1])) --s;
        const bool number_start = s == 0 || !(text[s - 1] == '.' || text[s - 1] == 'e' ||
                                              text[s - 1] == 'E' || text[s - 1] == '+');
        if (s < at && text[s] == '0' && number_start)
            return "load.hint.leading_zeros";
    }
    const std::size_t from = at >= 9 ? at - 9 : 0;
    const std::string_view window = text.substr(from, 20);
    for (std::string_view word : {"NaN", "Infinity", "nan", "inf"})
        if (window.find(word) != std::string_view::npos)
            return "load.hint.nan";
    return "";
}

// nlohmann's "syntax error while parsing object key - unexpected '}'; expected string
// literal" as a message whose parts the catalog words (json.context.*, json.token.*,
// json.lexer.*); a part the catalog does not know is kept as nlohmann wrote it.
Message term_or_text(const std::string& prefix, const std::string& text) {
    std::string code = prefix;
    for (char ch : text) code += (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ? ch : '_';
    if (message_template(code, Language::English)) return Message(code);
    return std::move(Message("json.as_written").text("text", text));
}

// The lexer's own complaint ("invalid string: missing closing quote"): English keeps its
// words (the text argument), the catalog words its kind.
Message lexer_message(const std::string& text) {
    for (const char* kind : {"invalid literal", "invalid string", "invalid number", "invalid comment"}) {
        if (text.rfind(kind, 0) != 0) continue;
        std::string code = std::string("json.lexer.") + (kind + 8);
        return std::move(Message(code).text("text", text));
    }
    return std::move(Message("json.as_written").text("text", text));
}

Message syntax_message(const std::string& detail) {
    const std::string lead = "syntax error while parsing ";
    const auto dash = detail.find(" - ");
    if (detail.rfind(lead, 0) != 0 || dash == std::string::npos)
        return std::move(Message("json.as_written").text("text", detail));
    Message m("json.syntax");
    m.phrase("context", term_or_text("json.context.", detail.substr(lead.size(), dash - lead.size())));
    std::string rest = detail.substr(dash + 3);
    std::string expected;
    if (const auto e = rest.find("; expected "); e != std::string::npos) {
        expected = rest.substr(e + 11);
        rest.erase(e);
    }
    if (rest.rfind("unexpected ", 0) == 0)
        m.phrase("problem", std::move(Message("json.unexpected")
                                          .phrase("token", term_or_text("json.token.", rest.substr(11)))));
    else
        m.phrase("problem", lexer_message(rest));
    if (!expected.empty()) m.phrase("expected", term_or_text("json.token.", expected));
    return m;
}

class TreeBuilder {
  public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    TreeBuilder(std::string_view text, const char** cursor, int max_depth, ParseOutcome& out,
                const ReportElementHook* hook = nullptr)
        : text_(text), cursor_(cursor), max_depth_(max_depth), out_(out), hook_(hook) {}

    bool null() { return put(json(nullptr)); }
    bool boolean(bool v) { return put(json(v)); }
    bool number_integer(number_integer_t v) { return put(json(v)); }
    bool number_unsigned(number_unsigned_t v) { return put(json(v)); }
    bool number_float(number_float_t v, const string_t&) { return put(json(v)); }
    bool string(string_t& v) { return put(json(std::move(v))); }
    bool binary(binary_t& v) { return put(json::binary(std::move(v))); }

    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& k) {
        auto& object = stack_.back()->get_ref<json::object_t&>();
        if (stack_.size() == 1) {  // a key of the root object
            if (out_.streamed && object.count(k)) out_.stream_broken = true;  // its value may be stale
            stream_next_ = hook_ && !out_.streamed && k == "reports" && collection_header_is_valid(object);
        }
        auto found = object.find(k);
        if (found != object.end()) {
            // JSON leaves duplicate keys undefined; we keep the last one and say so.
            const auto lc = line_column_at(text_, consumed() - 1);
            out_.problems.push_back({false, lc.line, lc.column, pointer_of_current() + "/" + escape_pointer_token(k),
                                     std::move(Message("load.duplicate_key").text("key", k))});
            found->second = json();
            slot_ = &found->second;
            return true;
        }
        slot_ = &object.emplace(std::move(k), json()).first->second;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
        // `position` counts the characters read, the offending one included.
        std::size_t at = position > 0 ? position - 1 : 0;
        Message message;
        if (ex.id == 406) {  // number overflow, e.g. 1e400: valid syntax, but no double holds it
            if (at + 1 >= last_token.size()) at = at + 1 - last_token.size();
            std::string token = last_token.size() > 40 ? last_token.substr(0, 40) + "…" : last_token;
            message = std::move(Message("load.number_out_of_range").text("number", token));
        } else {
            const std::string detail = drop_last_read(strip_nlohmann_prefix(ex.what()));
            message = Message("load.malformed_json");
            message.phrase("detail", syntax_message(detail));
            // "unexpected <token>": point at the token's first character, not its last. A
            // structural character is its own token (nlohmann's token string is not reset
            // for those, so it cannot be used); for strings, numbers and literals it holds the
            // raw token, unless nlohmann escaped a control character in it ("<U+").
            const bool structural = at < text_.size() && std::string_view("[]{}:,").find(text_[at]) != std::string_view::npos;
            if (detail.find("unexpected") != std::string::npos && !structural && at < text_.size() &&
                !last_token.empty() && last_token.find("<U+") == std::string::npos && position >= last_token.size())
                at = position - last_token.size();
            const char* hint = hint_for(text_, at);
            if (*hint) message.phrase("hint", Message(hint));
            const std::string near = excerpt_around(text_, at);
            if (!near.empty()) message.text("near", near);
        }
        const auto lc = line_column_at(text_, at);
        out_.problems.push_back({true, lc.line, lc.column, "", std::move(message)});
        return false;
    }

  private:
    std::size_t consumed() const { return static_cast<std::size_t>(*cursor_ - text_.data()); }

    // "format": "gongkai.collection" and a supported "version" seen already.
    static bool collection_header_is_valid(const json::object_t& root) {
        const auto format = root.find("format");
        const auto version = root.find("version");
        return format != root.end() && format->second.is_string() &&
               format->second.get_ref<const std::string&>() == "gongkai.collection" && version != root.end() &&
               version->second.is_number() && version->second == kFormatVersion;
    }

    // An element of the streamed array is complete: hand it over, then free it.
    void stream_element(json& element, std::size_t index) {
        (*hook_)(element, index);
        element = json();
    }

    bool close() {
        if (stack_.size() == 3 && stack_[1] == streamed_) {
            json* element = stack_.back();
            stream_element(*element, streamed_->size() - 1);
        }
        stack_.pop_back();
        return true;
    }

    bool open(json::value_t type) {
        if (static_cast<int>(stack_.size()) >= max_depth_) {
            const auto lc = line_column_at(text_, consumed() - 1);
            out_.problems.push_back({true, lc.line, lc.column, "",
                                     std::move(Message("load.too_deep").number("limit", max_depth_))});
            return false;  // stops the parse: nothing deeper is read or stored
        }
        json* where = place(json(type));
        if (stack_.size() == 1 && stream_next_) {
            stream_next_ = false;
            if (type == json::value_t::array) {
                streamed_ = where;
                out_.streamed = true;
            }
        }
        stack_.push_back(where);
        return true;
    }

    bool put(json&& v) {
        if (stack_.size() == 1) stream_next_ = false;
        json* where = place(std::move(v));
        if (stack_.size() == 2 && stack_[1] == streamed_) stream_element(*where, streamed_->size() - 1);
        return true;
    }

    json* place(json&& v) {
        if (stack_.empty()) {
            out_.root = std::move(v);
            return &out_.root;
        }
        json* container = stack_.back();
        if (container->is_array()) {
            auto& array = container->get_ref<json::array_t&>();
            array.push_back(std::move(v));
            return &array.back();
        }
        *slot_ = std::move(v);
        return slot_;
    }

    // The JSON Pointer of the innermost open container (only needed for warnings, so slow is fine).
    std::string pointer_of_current() const {
        std::string pointer;
        for (std::size_t i = 1; i < stack_.size(); ++i) {
            const json* parent = stack_[i - 1];
            if (parent->is_array()) {
                pointer += "/" + std::to_string(parent->size() - 1);
            } else {
                for (const auto& [k, v] : parent->get_ref<const json::object_t&>())
                    if (&v == stack_[i]) pointer += "/" + escape_pointer_token(k);
            }
        }
        return pointer;
    }

    std::string_view text_;
    const char** cursor_;
    int max_depth_;
    ParseOutcome& out_;
    std::vector<json*> stack_;
    json* slot_ = nullptr;  // where the value after the last key goes
    const ReportElementHook* hook_ = nullptr;
    bool stream_next_ = false;  // the value after this root key is the "reports" to stream
    json* streamed_ = nullptr;  // root["reports"] while its elements are streamed
};

}  // namespace

ParseOutcome parse_json_text(std::string_view text, int max_depth) { return parse_json_text(text, max_depth, {}); }

ParseOutcome parse_json_text(std::string_view text, int max_depth, const ReportElementHook& hook) {
    ParseOutcome out;
    const char* cursor = text.data();
    TreeBuilder builder(text, &cursor, max_depth, out, hook ? &hook : nullptr);
    TrackingIterator first(text.data(), &cursor);
    TrackingIterator last(text.data() + text.size(), nullptr);
    out.ok = json::sax_parse(first, last, &builder, json::input_format_t::json, /*strict=*/true,
                             /*ignore_comments=*/false);
    if (!out.ok) out.root = json();  // a half-built tree is never looked at
    return out;
}

}  // namespace gongkai::load_detail
