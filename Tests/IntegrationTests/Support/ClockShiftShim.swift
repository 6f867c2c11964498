import Foundation

/// An `LD_PRELOAD` library, compiled by the test like `FsyncFailureShim`, that moves hubd's
/// wall clock by `BUURHUB_CLOCK_SHIFT` seconds: `clock_gettime` for the realtime clocks,
/// `gettimeofday` and `time`, which is every way Foundation, swift-log and SQLite read it.
/// The monotonic clocks stay as they are, as on a Pi that booted without a clock battery.
/// (`BUURHUB_FAKE_NOW` moves only `HubCalendar`; device input times read `Date()` directly.)
struct ClockShiftShim {
    let directory: String
    var library: String { directory + "/clock-shift.so" }

    static let source = """
    #define _GNU_SOURCE
    #include <dlfcn.h>
    #include <stdlib.h>
    #include <sys/time.h>
    #include <time.h>

    static long shift(void) {
        const char *value = getenv("BUURHUB_CLOCK_SHIFT");
        return value ? atol(value) : 0;
    }

    static int is_wall(clockid_t id) {
        return id == CLOCK_REALTIME || id == CLOCK_REALTIME_COARSE || id == CLOCK_TAI;
    }

    int clock_gettime(clockid_t id, struct timespec *ts) {
        int (*real)(clockid_t, struct timespec *) = (int (*)(clockid_t, struct timespec *))dlsym(RTLD_NEXT, "clock_gettime");
        int result = real(id, ts);
        if (result == 0 && ts && is_wall(id)) ts->tv_sec += shift();
        return result;
    }

    int gettimeofday(struct timeval *tv, void *tz) {
        int (*real)(struct timeval *, void *) = (int (*)(struct timeval *, void *))dlsym(RTLD_NEXT, "gettimeofday");
        int result = real(tv, tz);
        if (result == 0 && tv) tv->tv_sec += shift();
        return result;
    }

    time_t time(time_t *out) {
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        if (out) *out = now.tv_sec;
        return now.tv_sec;
    }
    """

    init() async throws {
        directory = try await PreloadShim.compile(Self.source, as: "clock-shift.so")
    }

    func environment(shiftedBy seconds: Int) -> [String: String] {
        ["LD_PRELOAD": library, "BUURHUB_CLOCK_SHIFT": "\(seconds)"]
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
