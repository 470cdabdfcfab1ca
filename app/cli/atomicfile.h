// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace al {

// Writes `contents` to a temporary file beside `path` and renames it over `path`, so a reader
// sees either the old file or the complete new one, never a half-written file. On failure
// returns false, removes the temporary file and describes the reason in `error`.
bool writeFileAtomically(const std::string& path, const std::string& contents, std::string* error);

}  // namespace al
