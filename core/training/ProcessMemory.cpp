#include "ProcessMemory.h"

#include <cstdlib>
#include <initializer_list>
#include <malloc.h>

namespace kol {

void keepFreedMemory()
{
    for (const char* tuned :
         {"MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "GLIBC_TUNABLES"}) {
        if (std::getenv(tuned)) {
            return;
        }
    }
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
}

} // namespace kol
