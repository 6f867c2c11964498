import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A HID interface for a gadget: its class codes and the report descriptor the host parses.
struct HIDGadgetFunction: Sendable {
    var subclass: UInt8
    var interfaceProtocol: UInt8
    var reportLength: Int
    var reportDescriptor: [UInt8]

    /// A scanner in USB keyboard mode: boot subclass and protocol 1, 8-byte reports, with the
    /// keyboard report descriptor of the HID 1.11 specification (appendix B.1), written out here.
    static let bootKeyboard = HIDGadgetFunction(subclass: 1, interfaceProtocol: 1, reportLength: 8, reportDescriptor: [
        0x05, 0x01, 0x09, 0x06, 0xA1, 0x01,        // Generic Desktop, Keyboard, Collection (Application)
        0x05, 0x07, 0x19, 0xE0, 0x29, 0xE7,        // Key Codes, modifiers LeftControl…RightGUI
        0x15, 0x00, 0x25, 0x01, 0x75, 0x01, 0x95, 0x08, 0x81, 0x02,  // 8 one-bit modifier flags
        0x95, 0x01, 0x75, 0x08, 0x81, 0x01,        // reserved byte
        0x95, 0x05, 0x75, 0x01, 0x05, 0x08, 0x19, 0x01, 0x29, 0x05, 0x91, 0x02,  // 5 LED outputs
        0x95, 0x01, 0x75, 0x03, 0x91, 0x01,        // LED padding
        0x95, 0x06, 0x75, 0x08, 0x15, 0x00, 0x25, 0x65,
        0x05, 0x07, 0x19, 0x00, 0x29, 0x65, 0x81, 0x00,  // 6 key usages 0x00–0x65
        0xC0,
    ])

    /// A scanner in HID POS mode. The usages come from the USB-IF "HID Point of Sale Usage
    /// Tables" 1.02, page 0x8C (Bar Code Scanner): 0x02 Bar Code Scanner, 0x12 Scanned Data
    /// Report, 0xFB–0xFD Symbology Identifier 1–3, 0xFE Decoded Data, 0xFF Decode Data
    /// Continued. The length byte and the two vendor bytes before the continuation flag are
    /// vendor-defined (page 0xFF00), as in the scanners `HIDPOSReportLayout.standard` describes,
    /// so the report is the 64 bytes that layout reads: ID, length, 3 AIM, 56 data, 2, flag.
    static let pointOfSale = HIDGadgetFunction(subclass: 0, interfaceProtocol: 0, reportLength: 64, reportDescriptor: [
        0x05, 0x8C, 0x09, 0x02, 0xA1, 0x01,        // Bar Code Scanner page, Bar Code Scanner, Collection (Application)
        0x09, 0x12, 0xA1, 0x02,                    // Scanned Data Report, Collection (Logical)
        0x85, 0x02,                                // Report ID 2
        0x15, 0x00, 0x26, 0xFF, 0x00, 0x75, 0x08,  // bytes 0–255
        0x06, 0x00, 0xFF, 0x09, 0x01, 0x95, 0x01, 0x81, 0x02,  // vendor: data length
        0x05, 0x8C, 0x09, 0xFB, 0x09, 0xFC, 0x09, 0xFD, 0x95, 0x03, 0x81, 0x02,  // AIM identifier
        0x09, 0xFE, 0x95, 0x38, 0x82, 0x02, 0x01,  // Decoded Data, 56 buffered bytes
        0x06, 0x00, 0xFF, 0x09, 0x02, 0x09, 0x03, 0x95, 0x02, 0x81, 0x02,  // vendor: symbology code, reserved
        0x05, 0x8C, 0x09, 0xFF, 0x95, 0x01, 0x81, 0x02,  // Decode Data Continued
        0xC0, 0xC0,
    ])
}

/// The gadget end of a HID function (`/dev/hidg<n>`): each write is one input report, sent when
/// the host next polls the interrupt endpoint.
final class HIDGadgetWriter {
    private let fd: CInt
    let path: String

    init(path: String) throws {
        fd = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw LabError("could not open \(path): \(String(cString: strerror(errno)))") }
        self.path = path
    }

    deinit {
        close(fd)
    }

    /// Sends reports one by one, each once the host has taken the previous one.
    func send(_ reports: [[UInt8]], timeout: Double = 10) throws {
        for report in reports {
            try send(report, timeout: timeout)
        }
    }

    private func send(_ report: [UInt8], timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if write(fd, report, report.count) == report.count { return }
            guard errno == EAGAIN || errno == EINTR else {
                throw LabError("could not send a report on \(path): \(String(cString: strerror(errno)))")
            }
            guard Date() < deadline else { throw LabError("the host did not read \(path) for \(Int(timeout)) s") }
            var writable = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            _ = poll(&writable, 1, 100)
        }
    }
}
