#include "core/waitingroom/largememory.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace tessera::largememory {

namespace {

std::size_t roundUp(std::size_t bytes)
{
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}

} // namespace

void *allocateZeroed(std::size_t bytes, bool hugePages)
{
#ifdef Q_OS_LINUX
    if (hugePages) {
        // Map one huge page more than needed, keep the 2 MiB-aligned part, return the rest.
        const std::size_t size = roundUp(bytes);
        void *mapped =
            mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED)
            return nullptr;
        const auto start = reinterpret_cast<std::uintptr_t>(mapped);
        const std::uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
        if (aligned > start)
            munmap(mapped, aligned - start);
        if (const std::uintptr_t tail = start + size + kHugePage - (aligned + size); tail > 0)
            munmap(reinterpret_cast<void *>(aligned + size), tail);
        void *memory = reinterpret_cast<void *>(aligned);
        madvise(memory, size, MADV_HUGEPAGE); // advice only: without THP these stay small pages
        return memory;                        // anonymous mappings are zero-filled
    }
#else
    Q_UNUSED(hugePages)
#endif
    return std::calloc(bytes, 1);
}

void release(void *memory, std::size_t bytes, bool hugePages)
{
    if (!memory)
        return;
#ifdef Q_OS_LINUX
    if (hugePages) {
        munmap(memory, roundUp(bytes));
        return;
    }
#else
    Q_UNUSED(hugePages)
#endif
    Q_UNUSED(bytes)
    std::free(memory);
}

} // namespace tessera::largememory
