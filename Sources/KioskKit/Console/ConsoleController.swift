import Dispatch
import HubAPI

/// The full-screen console: one parent task whose children keep hubd's event stream open and
/// send requests, while this loop applies every input to the `ConsoleModel` and draws.
///
/// All state lives in the loop (the model and the frame writer), so no two tasks ever touch it;
/// the children only talk to the loop through its inbox.
public struct ConsoleController: Sendable {
    let client: HubClient
    let terminal: Terminal
    let language: Language

    public init(client: HubClient, terminal: Terminal, language: Language) {
        self.client = client
        self.terminal = terminal
        self.language = language
    }

    /// Runs until Ctrl-C, SIGINT/SIGTERM/SIGHUP or the end of keypad input. The caller has put
    /// the terminal in raw mode and restores it afterwards.
    public func run() async {
        let (inbox, inputs) = AsyncStream.makeStream(of: ConsoleInput.self)
        let (outbox, requests) = AsyncStream.makeStream(of: PendingRequest.self)
        let deliver: @Sendable (ConsoleInput) -> Void = { inputs.yield($0) }
        let queue = DispatchQueue(label: "buurhub.kiosk.console-input")
        let signals = SignalWatcher(queue: queue, deliver: deliver)
        let keyboard = KeyboardReader(fd: terminal.input, queue: queue, deliver: deliver)
        defer {
            keyboard.stop()
            signals.stop()
            requests.finish()
        }
        await withDiscardingTaskGroup { group in
            group.addTask { await HubLink(client: client).maintain(deliver: deliver) }
            group.addTask { await RequestSender(client: client).run(outbox, deliver: deliver) }
            await loop(inbox, requests: requests, group: &group, deliver: deliver)
            group.cancelAll()
        }
    }

    private func loop(
        _ inbox: AsyncStream<ConsoleInput>, requests: AsyncStream<PendingRequest>.Continuation,
        group: inout DiscardingTaskGroup, deliver: @escaping @Sendable (ConsoleInput) -> Void
    ) async {
        var model = ConsoleModel()
        var writer = FrameWriter()
        draw(model, with: &writer)
        for await input in inbox {
            var redraw = false
            for effect in model.handle(input) {
                switch effect {
                case .quit:
                    return
                case .send(let request, let generation):
                    requests.yield(PendingRequest(request: request, generation: generation))
                case .armIdleTimer(let seconds, let token):
                    group.addTask { await Self.after(seconds: seconds) { deliver(.idleTimeout(token: token)) } }
                case .armHintTimer(let seconds, let token):
                    group.addTask { await Self.after(seconds: seconds) { deliver(.hintExpired(token: token)) } }
                case .cancelIdleTimer:
                    break // The model has already moved past the old timer's token.
                case .redraw(let full):
                    if full { writer.invalidate() }
                    redraw = true
                }
            }
            if redraw { draw(model, with: &writer) }
        }
    }

    /// A timer as a child task: a stale one (its token superseded) is ignored by the model,
    /// and all of them end when the console does.
    private static func after(seconds: Int, _ action: @Sendable () -> Void) async {
        do {
            try await Task.sleep(for: .seconds(seconds))
            action()
        } catch {
            // Cancelled: the console is closing.
        }
    }

    private func draw(_ model: ConsoleModel, with writer: inout FrameWriter) {
        let size = terminal.size()
        let frame = ScreenRenderer.render(model.screen, model.view, language: language, width: size.columns, height: size.rows)
        let bytes = writer.bytes(for: frame, size: size)
        if !bytes.isEmpty { terminal.write(bytes) }
    }
}
