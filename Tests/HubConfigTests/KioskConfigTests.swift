import Devices
import Inventory
import Testing
@testable import HubConfig

@Suite struct KioskConfigTests {
    @Test func kioskTableSetsTheRules() throws {
        let text = """
            [hub]
            data_dir = "/var/lib/hubd"

            [kiosk]
            idle_seconds = 30
            double_tap_seconds = 5
            day_end = "21:30"
            staff_idle_minutes = 10
            max_price = "12,50"
            """
        let configuration = try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(configuration.kiosk == KioskRules(
            doubleTapSeconds: 5, dayEndHour: 21, dayEndMinute: 30, idleSeconds: 30, staffIdleSeconds: 600, defaultMaxPrice: Cents(1250)
        ))
        #expect(configuration.hub.keyFile == "/var/lib/hubd/hub.key")
    }

    @Test func badKioskValuesNameTheirLine() {
        let text = "[kiosk]\nday_end = \"25:00\"\nmax_price = \"1,505\"\nidle_secs = 3\n"
        let found = issues(in: text)
        #expect(found.contains { $0.line == 2 && $0.key == "day_end" && $0.message.contains("22:00") })
        #expect(found.contains { $0.line == 3 && $0.key == "max_price" && $0.message.contains("fraction of a cent") })
        #expect(found.contains { $0.line == 4 && $0.code == .unknownKey && $0.message.contains("idle_seconds") })
    }

    @Test func paymentsTableAndTerminalTimeouts() throws {
        let text = """
            [payments]
            max_amount = "50,00"

            [[devices]]
            name = "pin"
            role = "payment"
            driver = "zvt"
            path = "/dev/ttyACM0"
            password = "123456"
            ack_timeout_ms = 800
            customer_timeout_s = 60
            """
        let configuration = try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml", pathExists: { _ in true }).configuration
        #expect(configuration.payments.maxAmount == Cents(5000))
        let terminal = try #require(configuration.devices.first?.terminal)
        #expect(terminal.password == "123456")
        #expect(terminal.host == nil)
        #expect(terminal.acknowledgementTimeout == .milliseconds(800))
        #expect(terminal.customerTimeout == .seconds(60))
    }

    @Test func badPaymentValuesNameTheirLine() {
        let text = "[payments]\nmax_amount = \"0\"\nmax_amout = 3\n\n[[devices]]\nname = \"pin\"\nrole = \"payment\"\ndriver = \"zvt\"\naddress = \"localhost\"\npassword = \"12ab\"\n"
        let found = issues(in: text)
        #expect(found.contains { $0.line == 2 && $0.key == "max_amount" })
        #expect(found.contains { $0.line == 3 && $0.code == .unknownKey && $0.message.contains("max_amount") })
        #expect(found.contains { $0.key == "address" && $0.message.contains("host:port") })
        #expect(found.contains { $0.key == "password" && $0.message.contains("6 digits") })
    }

    /// Staff count consumables by scanning the same box again, so a stock scanner folds no repeats
    /// unless its table says so; other roles keep the 2 s window.
    @Test func stockScannersCountRepeatsByDefault() throws {
        let text = """
            [[devices]]
            name = "stock-scanner"
            role = "stock"
            driver = "serial"
            path = "/dev/ttyACM1"

            [[devices]]
            name = "intake-scanner"
            role = "intake"
            driver = "serial"
            path = "/dev/ttyACM0"
            """
        let devices = try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml", pathExists: { _ in true }).configuration.devices
        #expect(devices.first { $0.name == "stock-scanner" }?.repeatWindow == .zero)
        #expect(devices.first { $0.name == "intake-scanner" }?.repeatWindow == .seconds(2))
    }
}
