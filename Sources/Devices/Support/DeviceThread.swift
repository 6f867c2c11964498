import CHubShims
import Foundation

/// Starts a thread of the hub's own, named for `ps -L`, `top -H` and `perf`.
///
/// On Linux, Foundation keeps `Thread.name` to itself: the kernel's name stays the one the
/// thread inherited (often libdispatch's `…default-qos`), and a maintainer looking for the
/// thread stuck on a scanner cannot tell it apart. The kernel keeps the first 15 bytes.
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
