// Frees a table made by TOMLKit's tableCreateFromString. TOMLKit 0.6.0 never deletes the
// toml::table behind a TOMLTable; hubd parses once, but the fuzzer parses millions of times.
#include "toml.hpp"

extern "C" void fuzzReleaseTable(void *table) {
    delete reinterpret_cast<toml::table *>(table);
}
