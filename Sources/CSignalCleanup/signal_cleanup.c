#include "signal_cleanup.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { SLOT_COUNT = 128, SLOT_PATH = PATH_MAX };

/* Slot states: free, being filled (no file exists yet: the caller registers before it creates
 * the file), live (remove on a signal), taken by the handler (never reused: the process is
 * about to end). */
enum { FREE = 0, FILLING = 1, LIVE = 2, TAKEN = 3 };

static char paths[SLOT_COUNT][SLOT_PATH];
static _Atomic int states[SLOT_COUNT];
static atomic_flag installed = ATOMIC_FLAG_INIT;
static atomic_int leave_signals;
static atomic_int next_slot;

int tarjama_cleanup_register(const char *path) {
    size_t length = strlen(path);
    if (length >= SLOT_PATH) return -1;
    int start = atomic_fetch_add(&next_slot, 1);
    for (int offset = 0; offset < SLOT_COUNT; offset++) {
        int slot = (int)(((unsigned)start + (unsigned)offset) % SLOT_COUNT);
        int expected = FREE;
        if (atomic_compare_exchange_strong(&states[slot], &expected, FILLING)) {
            memcpy(paths[slot], path, length + 1);
            atomic_store(&states[slot], LIVE);
            return slot;
        }
    }
    return -1;
}

void tarjama_cleanup_unregister(int slot) {
    if (slot < 0 || slot >= SLOT_COUNT) return;
    int expected = LIVE;
    atomic_compare_exchange_strong(&states[slot], &expected, FREE);
}

int tarjama_cleanup_count(void) {
    int count = 0;
    for (int slot = 0; slot < SLOT_COUNT; slot++) {
        if (atomic_load(&states[slot]) == LIVE) count++;
    }
    return count;
}

static void remove_all(void) {
    for (int slot = 0; slot < SLOT_COUNT; slot++) {
        int expected = LIVE;
        if (atomic_compare_exchange_strong(&states[slot], &expected, TAKEN)) {
            unlink(paths[slot]);
        }
    }
}

static void on_signal(int signo) {
    int saved = errno;
    remove_all();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signo, &action, NULL);
    /* The signal is blocked while this handler runs: it stays pending and ends the process with
     * the default action as soon as the handler returns. */
    raise(signo);
    errno = saved;
}

void tarjama_cleanup_leave_signals(void) {
    atomic_store(&leave_signals, 1);
}

void tarjama_cleanup_install(void) {
    if (atomic_flag_test_and_set(&installed)) return;
    atexit(remove_all);
    if (atomic_load(&leave_signals)) return;
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        struct sigaction current;
        if (sigaction(signals[index], NULL, &current) != 0) continue;
        if ((current.sa_flags & SA_SIGINFO) || current.sa_handler != SIG_DFL) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_signal;
        sigemptyset(&action.sa_mask);
        for (size_t other = 0; other < sizeof signals / sizeof signals[0]; other++) sigaddset(&action.sa_mask, signals[other]);
        action.sa_flags = SA_RESTART;
        sigaction(signals[index], &action, NULL);
    }
}
