// sqlite3_config takes variadic arguments, which Swift cannot pass: the settings Arka makes
// are wrapped here, one function each.
#include <sqlite3.h>
#include "CSQLiteSettings.h"

int arka_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
