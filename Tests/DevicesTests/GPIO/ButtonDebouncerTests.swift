import Devices
import Testing

@Suite("Button debouncer")
struct ButtonDebouncerTests {
    private func presses(_ edges: [(GPIOEdge.Kind, Int)], polarity: ButtonPolarity = .activeLow) -> [Int] {
        var debouncer = ButtonDebouncer(window: .milliseconds(30), polarity: polarity)
        return edges.compactMap { kind, ms in
            debouncer.feed(GPIOEdge(kind, at: .milliseconds(ms))) ? ms : nil
        }
    }

    @Test("a bouncy press and release is one press")
    func bouncyBurst() {
        let edges: [(GPIOEdge.Kind, Int)] = [
            (.falling, 1000), (.rising, 1001), (.falling, 1002), (.rising, 1005), (.falling, 1008),
            (.rising, 1200), (.falling, 1203), (.rising, 1205),
        ]
        #expect(presses(edges) == [1000])
    }

    @Test("two presses far apart are two presses")
    func twoPresses() {
        let edges: [(GPIOEdge.Kind, Int)] = [
            (.falling, 0), (.rising, 2), (.falling, 3), (.rising, 150),
            (.falling, 600), (.rising, 601), (.falling, 604), (.rising, 700),
        ]
        #expect(presses(edges) == [0, 600])
    }

    @Test("a release is never a press")
    func releaseOnly() {
        #expect(presses([(.rising, 0), (.rising, 500)]).isEmpty)
    }

    @Test("an edge exactly one window later is accepted")
    func windowBoundary() {
        #expect(presses([(.falling, 0), (.falling, 29)]) == [0])
        #expect(presses([(.falling, 0), (.falling, 30)]) == [0, 30])
    }

    @Test("active-high buttons press on the rising edge")
    func activeHigh() {
        let edges: [(GPIOEdge.Kind, Int)] = [(.rising, 0), (.falling, 1), (.rising, 2), (.falling, 200)]
        #expect(presses(edges, polarity: .activeHigh) == [0])
    }

    @Test("a timestamp going backwards starts afresh instead of blocking presses")
    func clockJump() {
        #expect(presses([(.falling, 5000), (.rising, 5100), (.falling, 100)]) == [5000, 100])
    }
}
