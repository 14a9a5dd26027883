#ifndef ARKA_CSQLITESETTINGS_H
#define ARKA_CSQLITESETTINGS_H

/// Turns off SQLite's memory statistics, which take a global mutex on every allocation SQLite
/// makes: a bulk import allocates for every value bound. Arka never reads those statistics.
/// Works only before SQLite is initialized (before the first connection opens); returns
/// SQLITE_OK, or SQLITE_MISUSE when it came too late and changed nothing.
int arka_sqlite_disable_memory_statistics(void);

#endif
