#pragma once

#include <QString>
#include <string>

namespace kol {

class StrategyMatrix;

// A channel, phase, tier or format name as the user's language says it: the demo vocabulary's
// English names (Douyin, Warm-up, Head, short video) become 抖音, 预热期, 头部, 短视频 in Chinese.
// Names a project adds itself are shown as written. The project file keeps the stored names;
// this is display only.
QString displayName(const std::string& name);
// A method's label and description (MethodRegistry) in the user's language; `name` is its
// registry name ("optimal"), "manual" for a hand-edited plan. An unknown name is shown as is.
QString methodLabel(const std::string& name);
QString methodDescription(const std::string& name);

// A cell of `matrix` (flat index) as "Douyin · Launch · Head", each part as displayName() shows it.
QString displayCellName(const StrategyMatrix& matrix, int cell);

} // namespace kol
