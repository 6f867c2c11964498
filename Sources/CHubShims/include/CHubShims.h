#ifndef CHUBSHIMS_H
#define CHUBSHIMS_H

#include <stddef.h>
#include <linux/input.h>
#include <linux/uinput.h>

/// EVIOCGRAB is a function-like macro, which Swift cannot import.
static const unsigned long HUB_EVIOCGRAB = EVIOCGRAB;

/// uinput's requests, for the device lab's virtual keyboards (function-like macros as well).
static const unsigned long HUB_UI_SET_EVBIT = UI_SET_EVBIT;
static const unsigned long HUB_UI_SET_KEYBIT = UI_SET_KEYBIT;
static const unsigned long HUB_UI_DEV_CREATE = UI_DEV_CREATE;
static const unsigned long HUB_UI_DEV_DESTROY = UI_DEV_DESTROY;

/// Opens a pseudo-terminal master (O_RDWR | O_NOCTTY | O_CLOEXEC) and unlocks its slave.
///
/// glibc hides posix_openpt, grantpt, unlockpt and ptsname_r from Swift behind feature macros,
/// so they are wrapped here. Returns the master fd and writes the slave's path into
/// `slave_path`; on failure returns -1 with errno set and closes anything it opened.
int hub_open_pty(char *slave_path, size_t len);

/// Names the calling thread for the kernel (`ps -L`, `perf`); prctl is variadic, which Swift
/// cannot call. Names longer than 15 bytes are cut. Returns 0, or -1 with errno set.
int hub_name_this_thread(const char *name);

/// Whether a time source (NTP, PTP) disciplines the system clock: adjtimex's state and
/// STA_UNSYNC, from <sys/timex.h>, which Swift's Glibc module does not include. 1 synced,
/// 0 not, -1 with errno set when the kernel refused the question.
int hub_clock_is_synced(void);

#endif
