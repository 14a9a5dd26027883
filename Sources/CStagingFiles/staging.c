// The list of staging files and the signal handlers that remove them. The handler may run on any
// thread at any moment, so it touches only this fixed table and calls only async-signal-safe
// functions (unlink, sigaction, sigprocmask, raise, _exit).
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "CStagingFiles.h"

#define ARKA_STAGING_SLOTS 32
#define ARKA_STAGING_PATH_MAX 4096

static char paths[ARKA_STAGING_SLOTS][ARKA_STAGING_PATH_MAX];
// 0: free; 1: listed. Written with release ordering after the path is copied, read with acquire
// ordering by the handler.
static int listed[ARKA_STAGING_SLOTS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

int arka_staging_add(const char *path) {
    size_t length = strlen(path);
    if (length >= ARKA_STAGING_PATH_MAX) return -1;
    int slot = -1;
    pthread_mutex_lock(&lock);
    for (int i = 0; i < ARKA_STAGING_SLOTS; i++) {
        if (__atomic_load_n(&listed[i], __ATOMIC_ACQUIRE) == 0) {
            memcpy(paths[i], path, length + 1);
            __atomic_store_n(&listed[i], 1, __ATOMIC_RELEASE);
            slot = i;
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    return slot;
}

void arka_staging_remove(int slot) {
    if (slot < 0 || slot >= ARKA_STAGING_SLOTS) return;
    pthread_mutex_lock(&lock);
    __atomic_store_n(&listed[slot], 0, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&lock);
}

static void remove_staging_files_and_end(int signal_number) {
    int saved = errno;
    for (int i = 0; i < ARKA_STAGING_SLOTS; i++) {
        if (__atomic_load_n(&listed[i], __ATOMIC_ACQUIRE) == 1) unlink(paths[i]);
    }
    errno = saved;
    // End by the same signal, with its default action, so that the parent sees it.
    struct sigaction standard;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigemptyset(&standard.sa_mask);
    sigaction(signal_number, &standard, NULL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal_number);
    sigprocmask(SIG_UNBLOCK, &only, NULL);
    raise(signal_number);
    _exit(128 + signal_number);
}

void arka_staging_install_handlers(void) {
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    // A parent's threads may have blocked them, and the mask is inherited: a blocked SIGTERM
    // would wait for ever. Called before any thread starts, so every thread inherits this mask.
    sigset_t handled;
    sigemptyset(&handled);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaddset(&handled, signals[i]);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction previous;
        if (sigaction(signals[i], NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
        struct sigaction handler;
        memset(&handler, 0, sizeof handler);
        handler.sa_handler = remove_staging_files_and_end;
        sigemptyset(&handler.sa_mask);
        // Every one of the three is held off while the handler runs.
        for (unsigned j = 0; j < sizeof signals / sizeof signals[0]; j++) sigaddset(&handler.sa_mask, signals[j]);
        sigaction(signals[i], &handler, NULL);
    }
}
