// cli_run.hpp — runs the real `gongkai` binary (GONGKAI_CLI_PATH, set by CMake) from a test,
// with a deadline, and tells an exit code from death by a signal or a hang.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "test_paths.hpp"

namespace gongkai::test {

struct CliRun {
    int exit_code = -1;  // when it exited normally
    int signal = 0;      // when a signal ended it (SIGSEGV, SIGABRT, ... or our SIGKILL on timeout)
    bool timed_out = false;
    std::string out, err;
    bool exited() const { return signal == 0 && !timed_out; }
};

inline std::filesystem::path cli_path() { return std::filesystem::path(GONGKAI_CLI_PATH); }

// Runs `gongkai ARGS...` with stdin from /dev/null (or from `stdin_file`), stdout and stderr
// to temporary files (no pipe can fill up and block it), killed after `timeout`.
inline CliRun run_cli(const std::vector<std::string>& args, std::chrono::milliseconds timeout = std::chrono::seconds(30),
                      const std::string& stdin_file = "/dev/null") {
    namespace fs = std::filesystem;
    CliRun run;
    const fs::path dir = fs::temp_directory_path();
    const std::string tag = std::to_string(::getpid()) + "-" + std::to_string(std::rand());
    const fs::path out_path = dir / ("gongkai-cli-out-" + tag), err_path = dir / ("gongkai-cli-err-" + tag);
    const std::string cli = cli_path().string();
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(cli.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid == 0) {
        const int in = ::open(stdin_file.c_str(), O_RDONLY);
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0) ::_exit(127);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        ::execv(cli.c_str(), argv.data());
        ::_exit(127);
    }
    if (pid < 0) {
        run.err = "fork failed";
        return run;
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (std::chrono::steady_clock::now() > deadline) {
            run.timed_out = true;
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) run.signal = WTERMSIG(status);
    run.out = read_file(out_path);
    run.err = read_file(err_path);
    std::error_code ec;
    fs::remove(out_path, ec);
    fs::remove(err_path, ec);
    return run;
}

}  // namespace gongkai::test
