#include "cli/Cli.h"
#include "training/BlasKernel.h"
#include "training/ProcessMemory.h"

#include <iostream>

int main(int argc, char** argv)
{
    kol::chooseBlasKernel(); // first: it may set OPENBLAS_CORETYPE, before any thread starts
    kol::keepFreedMemory();
    return kol::runCli(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
