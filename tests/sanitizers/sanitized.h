// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hindsight::tests {

// How much smaller the tests of very large inputs make them under AddressSanitizer (the asan
// preset), where the code runs ten times slower or more: a tenth of the input takes every path
// the whole one does, within the test's time limit. 1 in every other build.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int sanitizerScale = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr int sanitizerScale = 10;
#else
inline constexpr int sanitizerScale = 1;
#endif
#else
inline constexpr int sanitizerScale = 1;
#endif

} // namespace hindsight::tests
