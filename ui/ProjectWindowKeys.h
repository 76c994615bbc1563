#pragma once

// Helpers shared by ProjectWindow's source files (settings live in Settings.h).
#include <QString>
#include <string>

namespace kol::window {

inline QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace kol::window
