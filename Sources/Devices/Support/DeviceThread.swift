import CHubShims
import Foundation

/// Starts a thread of the hub's own, named for `ps -L`, `top -H` and `perf`.
///
/// With this toolchain on Linux, `Thread.name` set before `start()` did not reach the kernel:
/// `ps -L` showed the name the thread inherited (often libdispatch's `…default-qos`), and a
/// maintainer looking for the thread stuck on a scanner could not tell it apart. The name is
/// set from inside the thread, cut to the 15 bytes the kernel keeps.
enum DeviceThread {
    static func start(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread {
            _ = hub_name_this_thread(name)
            body()
        }
        thread.name = name
        thread.start()
    }
}
