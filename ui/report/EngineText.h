#pragma once

#include <QString>
#include <string>

namespace kol {

struct ValidationError;

// The engine's messages (allocation notes, data warnings, rule breaks, set-up problems) in the
// user's language. The engine writes one-line English for the command line and its logs; the
// window matches each message against a table of the engine's phrasings and says it with the
// translated phrasing, channel, phase and tier names as displayName() shows them. A message the
// table does not know is shown as the engine wrote it.
QString engineText(const std::string& message);
// A set-up problem as the user reads it: "Phase Warm-up: ends (…) before it starts (…)", not
// "phases[Warm-up]: …" (the field path stays for the command line).
QString validationText(const ValidationError& error);

} // namespace kol
