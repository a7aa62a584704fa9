// pdf_extractor.cpp — see pdf_extractor.hpp. One extraction for the page and the command line:
// pdf.js in JavaScript, web/pdf-extract.mjs (docs/import-pdf.md). The PDF goes to a temporary
// file, the JSON comes back on a pipe; no shell, so no file name is ever interpreted.
#include "cli/pdf_extractor.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include <sys/wait.h>
#include <unistd.h>

namespace gongkai::cli {

namespace {

std::string env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return v && *v ? v : fallback;
}

}  // namespace

bool extract_pdf(const std::string& bytes, std::string& json, std::string& problem) {
    char path[] = "/tmp/gongkai-pdf-XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) {
        problem = std::string("cannot write a temporary file: ") + std::strerror(errno);
        return false;
    }
    bool written = true;
    for (std::size_t at = 0; at < bytes.size() && written;) {
        const ssize_t n = write(fd, bytes.data() + at, bytes.size() - at);
        if (n <= 0) written = false; else at += static_cast<std::size_t>(n);
    }
    close(fd);
    const std::string node = env_or("GONGKAI_NODE", "node");
    const std::string script = env_or("GONGKAI_PDF_EXTRACTOR", GONGKAI_PDF_EXTRACTOR);
    int out[2];
    if (!written || pipe(out) != 0) {
        unlink(path);
        problem = "cannot hand the PDF to the extractor";
        return false;
    }
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        execlp(node.c_str(), node.c_str(), script.c_str(), path, static_cast<char*>(nullptr));
        _exit(127);
    }
    close(out[1]);
    json.clear();
    char buffer[65536];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) != 0;) {
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        json.append(buffer, static_cast<std::size_t>(n));
    }
    close(out[0]);
    int status = 0;
    if (pid > 0) waitpid(pid, &status, 0);
    unlink(path);
    if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        problem = pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 127
                      ? "reading PDF needs Node.js (" + node + " was not found; install it or set GONGKAI_NODE)"
                      : "the PDF extractor (" + script + ") failed; run scripts/setup to install pdf.js";
        return false;
    }
    return true;
}

}  // namespace gongkai::cli
