import Devices
import Testing

@Suite struct DeviceStatusBoardTests {
    @Test func statusBoardPublishesChanges() async {
        let board = DeviceStatusBoard()
        let changes = await board.changes()
        await board.update("scanner", to: .waiting("plug it in"))
        await board.update("scanner", to: .waiting("plug it in"))
        await board.update("scanner", to: .connected)
        var seen: [DeviceState] = []
        for await (name, state) in changes {
            #expect(name == "scanner")
            seen.append(state)
            if seen.count == 2 { break }
        }
        #expect(seen == [.waiting("plug it in"), .connected])
        #expect(await board.snapshot().count == 1)
    }
}
