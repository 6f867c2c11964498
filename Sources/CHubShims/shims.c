#define _GNU_SOURCE
#include "CHubShims.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/timex.h>
#include <unistd.h>

int hub_open_pty(char *slave_path, size_t len) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) {
        return -1;
    }
    if (grantpt(master) != 0 || unlockpt(master) != 0) {
        int saved = errno;
        close(master);
        errno = saved;
        return -1;
    }
    int rc = ptsname_r(master, slave_path, len);
    if (rc != 0) {
        close(master);
        errno = rc;
        return -1;
    }
    return master;
}

int hub_name_this_thread(const char *name) {
    char cut[16];
    strncpy(cut, name, sizeof cut - 1);
    cut[sizeof cut - 1] = '\0';
    return prctl(PR_SET_NAME, (unsigned long)cut, 0, 0, 0);
}

int hub_clock_is_synced(void) {
    struct timex request = {0};
    int state = adjtimex(&request);
    if (state < 0) return -1;
    return state != TIME_ERROR && (request.status & STA_UNSYNC) == 0;
}
