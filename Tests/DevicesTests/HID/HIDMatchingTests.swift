@testable import Devices
import Testing

@Suite struct HIDMatchingTests {
    @Test func portPathIsWrittenAsSysfsNamesIt() {
        #expect(HIDDevicePath(bus: 1, ports: [1, 3]).sysfsName == "1-1.3")
        #expect(HIDDevicePath(bus: 3, ports: [2]).sysfsName == "3-2")
        #expect(HIDDevicePath(bus: 2, ports: []).sysfsName == "usb2")
        #expect(HIDDevicePath(sysfsName: "1-1.3") == HIDDevicePath(bus: 1, ports: [1, 3]))
        #expect(HIDDevicePath(sysfsName: "1-1.3:1.0") == nil)
        #expect(HIDDevicePath(sysfsName: "usb1") == nil)
        #expect(HIDDevicePath(sysfsName: "1-") == nil)
        #expect(HIDDevicePath(sysfsName: "1-1..2") == nil)
    }

    @Test func matchNeedsVIDPIDAndWhateverElseIsConfigured() {
        let plain = USBMatch(vendorID: 0x0C2E, productID: 0x0B61)
        #expect(plain.matches(vendorID: 0x0C2E, productID: 0x0B61, serial: nil, portPath: "1-1.3"))
        #expect(!plain.matches(vendorID: 0x0C2E, productID: 0x0B62, serial: nil, portPath: "1-1.3"))
        #expect(!plain.matches(vendorID: 0x05E0, productID: 0x0B61, serial: nil, portPath: "1-1.3"))

        let bySerial = USBMatch(vendorID: 0x0C2E, productID: 0x0B61, serial: "17072B1234")
        #expect(bySerial.matches(vendorID: 0x0C2E, productID: 0x0B61, serial: "17072B1234", portPath: "1-1.2"))
        #expect(!bySerial.matches(vendorID: 0x0C2E, productID: 0x0B61, serial: "17072B9999", portPath: "1-1.2"))
        #expect(!bySerial.matches(vendorID: 0x0C2E, productID: 0x0B61, serial: nil, portPath: "1-1.2"))

        let byPort = USBMatch(vendorID: 0x0C2E, productID: 0x0B61, port: "1-1.3")
        #expect(byPort.matches(vendorID: 0x0C2E, productID: 0x0B61, serial: nil, portPath: "1-1.3"))
        #expect(!byPort.matches(vendorID: 0x0C2E, productID: 0x0B61, serial: nil, portPath: "1-1.4"))
    }

    /// The serial is only known once a device is open, so a configured serial must not rule out
    /// a candidate before that (the device lab found every `serial = …` HID device unmatched).
    @Test func candidatesAreChosenBeforeTheirSerialIsRead() {
        let bySerial = USBMatch(vendorID: 0x0C2E, productID: 0x0B61, serial: "17072B1234")
        #expect(bySerial.mayMatch(vendorID: 0x0C2E, productID: 0x0B61, portPath: "1-1.2"))
        #expect(!bySerial.mayMatch(vendorID: 0x0C2E, productID: 0x0B62, portPath: "1-1.2"))
        let byPort = USBMatch(vendorID: 0x0C2E, productID: 0x0B61, serial: "X", port: "1-1.3")
        #expect(byPort.mayMatch(vendorID: 0x0C2E, productID: 0x0B61, portPath: "1-1.3"))
        #expect(!byPort.mayMatch(vendorID: 0x0C2E, productID: 0x0B61, portPath: "1-1.4"))
    }

    @Test func summaryReadsLikeLsusb() {
        #expect(USBMatch(vendorID: 0x0C2E, productID: 0x0B61).summary == "0c2e:0b61")
        #expect(USBMatch(vendorID: 0x5E0, productID: 0x1200, serial: "S1", port: "1-2").summary == "05e0:1200 serial S1 at port 1-2")
    }

    private func interface(_ number: UInt8, class interfaceClass: UInt8 = 3, protocol proto: UInt8, endpoint: UInt8? = 0x81) -> HIDInterfaceSummary {
        HIDInterfaceSummary(number: number, interfaceClass: interfaceClass, subclass: proto == 0 ? 0 : 1, interfaceProtocol: proto, inEndpoint: endpoint, maxPacketSize: 64)
    }

    @Test func posInterfaceIsPreferredOverBootKeyboard() {
        let keyboard = interface(0, protocol: 1)
        let pos = interface(1, protocol: 0, endpoint: 0x82)
        #expect(HIDInterfaceSummary.choose(from: [keyboard, pos]) == pos)
        #expect(HIDInterfaceSummary.choose(from: [keyboard])?.kind == .bootKeyboard)
        #expect(pos.kind == .pointOfSale)
    }

    @Test func interfacesThatCannotBeReadAreNeverChosen() {
        let cdc = interface(0, class: 2, protocol: 0)
        let mouse = interface(1, protocol: 2)
        let outOnly = interface(2, protocol: 0, endpoint: nil)
        #expect(HIDInterfaceSummary.choose(from: [cdc, mouse, outOnly]) == nil)
    }

    @Test func transferTimeoutIsNeverZero() {
        #expect(HIDInterruptReader.milliseconds(.milliseconds(100)) == 100)
        #expect(HIDInterruptReader.milliseconds(.seconds(2)) == 2000)
        #expect(HIDInterruptReader.milliseconds(.microseconds(10)) == 1)
    }
}
