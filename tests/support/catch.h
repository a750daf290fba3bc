// SPDX-License-Identifier: MPL-2.0
#pragma once

// Debian 12 ships Catch2 2; newer systems ship Catch2 3 with another header layout.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define AKADEMIPLAN_CATCH3 1
#else
#include <catch2/catch.hpp>
#endif
