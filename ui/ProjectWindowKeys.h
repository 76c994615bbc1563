#pragma once

// Settings keys and helpers shared by ProjectWindow's source files.
#include <QString>
#include <string>

namespace kol::window {

inline constexpr const char* kRecent = "recentFiles";
inline constexpr const char* kLastFolder = "lastFolder";
inline constexpr const char* kGeometry = "window/geometry";
inline constexpr const char* kState = "window/state";
inline constexpr int kMaxRecent = 8;

inline QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace kol::window
