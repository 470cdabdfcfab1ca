// SPDX-License-Identifier: MIT
#include "app/cli/atomicfile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace al {

bool writeFileAtomically(const std::string& path, const std::string& contents, std::string* error)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    if (target.filename().empty()) {
        *error = "not a file name";
        return false;
    }
    std::error_code ec;
    if (fs::is_directory(target, ec)) {
        *error = "it is a directory";
        return false;
    }
    if (fs::exists(target, ec) && !fs::is_regular_file(target, ec)) {
        // A device or a pipe (/dev/stdout, /dev/full): written as it is. A temporary file renamed
        // over it would replace the device itself (as root, /dev/full became a plain file).
        std::ofstream file(target, std::ios::binary);
        file.write(contents.data(), static_cast<std::streamsize>(contents.size()));
        file.flush();
        if (!file) {
            *error = errno != 0 ? std::strerror(errno) : "cannot write";
            return false;
        }
        return true;
    }
    fs::path temporary = target;
    temporary += ".part";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        if (!file) {
            *error = std::strerror(errno);
            return false;
        }
        file.write(contents.data(), static_cast<std::streamsize>(contents.size()));
        file.flush();
        if (!file) {
            *error = std::strerror(errno);
            file.close();
            fs::remove(temporary, ec);
            return false;
        }
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        *error = ec.message();
        fs::remove(temporary, ec);
        return false;
    }
    return true;
}

}  // namespace al
