#ifndef ARKA_CSQLITESETTINGS_H
#define ARKA_CSQLITESETTINGS_H

/// Turns off SQLite's memory statistics, which take a global mutex on every allocation SQLite
/// makes: a bulk import allocates for every value bound. Arka never reads those statistics.
/// Works only before SQLite is initialized (before the first connection opens); returns
/// SQLITE_OK, or SQLITE_MISUSE when it came too late and changed nothing.
int arka_sqlite_disable_memory_statistics(void);

/// Reads the first `size` bytes of the file at `path` through SQLite's own file layer, so that
/// closing it never drops the locks that this process's connections hold on the same file (a
/// plain close() of any descriptor of a file drops all of the process's POSIX locks on it, and
/// a writer elsewhere would then take the ledger's WAL from under them). Returns SQLITE_OK,
/// SQLITE_IOERR_SHORT_READ when the file is shorter (the rest zeroed), or SQLite's error.
/// Keeps each statement's journal in memory until it holds more than `bytes` (SQLite's
/// SQLITE_CONFIG_STMTJRNL_SPILL; 64 KiB by default, beyond which it is written to a temporary
/// file). Works only before SQLite is initialized; returns SQLITE_OK, or SQLITE_MISUSE when it
/// came too late and changed nothing.
int arka_sqlite_statement_journal_in_memory(int bytes);
int arka_sqlite_read_header(const char *path, unsigned char *buffer, int size);

#endif
