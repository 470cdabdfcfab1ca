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
