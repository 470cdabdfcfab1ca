// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/modelset.h"

#include <string_view>
#include <vector>

class Page;

// Every lesson page, in the order of the tabs declared in the state schema ("tab").
struct PageType {
    std::string_view key;  // the tab's key in the schema and in scenario files
    Page* (*create)(const ModelSet& models);
};

const std::vector<PageType>& pageTypes();
// The page type of a tab key, or nullptr.
const PageType* findPageType(std::string_view key);
