// sqlite3_config takes variadic arguments, which Swift cannot pass: the settings Arka makes
// are wrapped here, one function each; and the one file read that must go through SQLite's
// file layer (its function pointers are awkward from Swift).
#include <sqlite3.h>
#include "CSQLiteSettings.h"

int arka_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// A statement that fires a trigger (every write to a table the record log records) keeps a
// statement journal of the pages it changes. SQLite writes it to a temporary file once it holds
// more than 64 KiB: a year of sales imported in one transaction then wrote 6 GB to /var/tmp.
// Kept in memory up to `bytes`, it is a copy of a few pages per statement.
int arka_sqlite_statement_journal_in_memory(int bytes) {
    return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, bytes);
}

int arka_sqlite_read_header(const char *path, unsigned char *buffer, int size) {
    sqlite3_vfs *vfs = sqlite3_vfs_find(0);
    if (vfs == 0) return SQLITE_ERROR;
    sqlite3_file *file = sqlite3_malloc(vfs->szOsFile);
    if (file == 0) return SQLITE_NOMEM;
    int opened = 0;
    int code = vfs->xOpen(vfs, path, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &opened);
    if (code == SQLITE_OK) {
        code = file->pMethods->xRead(file, buffer, size, 0);
        file->pMethods->xClose(file);
    }
    sqlite3_free(file);
    return code;
}
