// inputs.cpp — see inputs.hpp.
//
// Files are handed to the core's load_json, which owns validation. A regular file is read by the
// loader in chunks (FileByteSource), so a clean collection never sits whole in memory. Standard
// input and other streams cannot be read twice, as the loader may need to: they are read whole,
// at most one byte more than the load limit, so a huge one is refused without being held.
#include "cli/inputs.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <unistd.h>

#include "core/byte_source.hpp"
#include "core/load.hpp"

namespace gongkai::cli {

namespace {

Diagnostic io_error(const std::string& file, const std::string& message) {
    Diagnostic d;
    d.severity = Severity::Error;
    d.file = file;
    d.message = message;
    return d;
}

bool read_stream(std::istream& in, std::size_t limit, std::string& bytes) {
    bytes.clear();
    char buffer[1 << 16];
    while (bytes.size() <= limit && in) {
        in.read(buffer, sizeof buffer);
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (bytes.size() > limit + 1) bytes.resize(limit + 1);
    return !in.bad();
}

bool load_input(const std::string& name, const LoadLimits& limits, LoadResult& loaded, Diagnostic& error) {
    const std::size_t limit = limits.max_bytes;
    std::string bytes;
    if (name == "-") {
        if (!read_stream(std::cin, limit, bytes)) {
            error = io_error(name, "cannot read standard input");
            return false;
        }
        // A pipe has no size to check first: reading stopped one byte past the limit, and
        // the loader would call that byte count the input's size.
        if (bytes.size() > limit) {
            error = io_error(name, "standard input holds more than the limit of " + std::to_string(limit >> 20) +
                                       " MiB; it was not read");
            return false;
        }
        loaded = load_json(bytes, name, limits);
        return true;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(name, ec)) {
        error = io_error(name, "is a directory, expected a report JSON file");
        return false;
    }
    // A regular file over the limit is refused from its size alone: reading limit + 1 bytes of
    // it first would hold 256 MiB (and more while the buffer grows) only to say no.
    if (const auto size = std::filesystem::file_size(name, ec); !ec && size > limit) {
        error = io_error(name, "the file is " + std::to_string(size) + " bytes, larger than the limit of " +
                                   std::to_string(limit >> 20) + " MiB; it was not read");
        return false;
    }
    if (std::filesystem::is_regular_file(name, ec)) {
        std::FILE* file = std::fopen(name.c_str(), "rb");
        if (!file) {
            error = io_error(name, std::string("cannot open file: ") + std::strerror(errno));
            return false;
        }
        FileByteSource source(file);
        loaded = load_json(source, name, limits);
        std::fclose(file);
        if (source.failed()) {  // what was loaded may be cut short
            error = io_error(name, std::string("cannot read file: ") + std::strerror(source.error_number()));
            return false;
        }
        return true;
    }
    std::ifstream file(name, std::ios::binary);  // a named pipe, a device: no size, no second reading
    if (!file) {
        error = io_error(name, std::string("cannot open file: ") + std::strerror(errno));
        return false;
    }
    if (!read_stream(file, limit, bytes)) {
        error = io_error(name, std::string("cannot read file: ") + std::strerror(errno));
        return false;
    }
    loaded = load_json(bytes, name, limits);
    return true;
}

}  // namespace

bool Inputs::ok() const {
    for (const auto& f : files)
        if (!f.ok()) return false;
    return true;
}

bool resolve_input_names(std::vector<std::string>& names, std::ostream& err) {
    if (!names.empty()) return true;
    if (isatty(STDIN_FILENO)) {
        err << "gongkai: no input files (give FILE..., or - to read standard input)\n";
        return false;
    }
    names.push_back("-");
    return true;
}

Inputs load_inputs(const std::vector<std::string>& names, std::ostream& err, Language language) {
    Inputs inputs;
    const LoadLimits limits;
    std::map<std::string, std::string> id_file;  // report id -> the file it came from first
    bool stdin_used = false;
    for (const std::string& name : names) {
        FileResult result;
        result.name = name;
        LoadResult loaded;
        Diagnostic error;
        if (name == "-" && stdin_used) {
            result.diagnostics.push_back(io_error(name, "standard input can be read only once"));
        } else if (!load_input(name, limits, loaded, error)) {
            result.diagnostics.push_back(error);
        } else {
            stdin_used = stdin_used || name == "-";
            result.diagnostics = std::move(loaded.diagnostics);
            for (Report& report : loaded.reports) {
                const auto [it, added] = id_file.emplace(report.id, name);
                if (!added) {
                    result.diagnostics.push_back(make_diagnostic(
                        Severity::Warning, name, 0, 0, "",
                        std::move(Message("cli.id_loaded_twice").text("id", report.id).text("other", it->second))));
                }
                result.reports += 1;
                result.figures += report.figures.size();
                inputs.reports.push_back(std::move(report));
            }
        }
        for (const auto& d : result.diagnostics) err << d.to_string(language) << '\n';
        inputs.files.push_back(std::move(result));
    }
    return inputs;
}

bool write_output(const std::string& path, const std::string& bytes, std::ostream& out, std::ostream& err) {
    if (path == "-") {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        return static_cast<bool>(out);
    }
    const std::string temporary = path + ".part";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        if (file) file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (file) file.close();
        if (!file) {
            err << io_error(path, std::string("cannot write file: ") + std::strerror(errno)).to_string() << '\n';
            std::remove(temporary.c_str());
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        err << io_error(path, "cannot write file: " + ec.message()).to_string() << '\n';
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

}  // namespace gongkai::cli
