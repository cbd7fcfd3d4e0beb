#pragma once

#include <cstddef>

namespace tessera::largememory {

/// Size of a transparent huge page on x86-64 and arm64 (the unit of the advice below).
inline constexpr std::size_t kHugePage = std::size_t(2) << 20;

/// Zeroed memory for a large array that is read at random places: the waiting room's user index
/// and its slot records at a million entries. With `hugePages` the block is aligned to 2 MiB and
/// advised for transparent huge pages (madvise MADV_HUGEPAGE), so that a random lookup costs its
/// cache misses but not a page-table walk on top of each (a 4 KiB-page TLB covers a few MiB, the
/// arrays are tens of MiB). Pages are still faulted in only when touched. Without `hugePages`, or
/// where the system has no such advice, it is ordinary heap memory. Returns nullptr when out of
/// memory. Release with release() and the same size and flag.
void *allocateZeroed(std::size_t bytes, bool hugePages);
void release(void *memory, std::size_t bytes, bool hugePages);

} // namespace tessera::largememory
