#ifndef ARKA_CSTAGINGFILES_H
#define ARKA_CSTAGINGFILES_H

/// The staging files of the running command: files written under a hidden name and renamed into
/// place when whole. A signal that ends the command (SIGINT, SIGTERM, SIGHUP) removes every one
/// still listed, from the signal handler itself, which only calls unlink(2).

/// Lists `path` (copied; at most 4,095 bytes) as a staging file. Returns its slot, or -1 when the
/// list is full or the path too long: the file is then not removed on a signal.
int arka_staging_add(const char *path);

/// Takes the slot returned by arka_staging_add off the list (the file is left as it is).
void arka_staging_remove(int slot);

/// Installs the handlers for SIGINT, SIGTERM and SIGHUP: each removes the listed files, then ends
/// the process by the same signal, so that its parent sees it killed by that signal (a shell's
/// status 130, 143 or 129). A signal that was ignored when the process started stays ignored; one
/// that was blocked is unblocked. Call it before any thread starts.
void arka_staging_install_handlers(void);

#endif
