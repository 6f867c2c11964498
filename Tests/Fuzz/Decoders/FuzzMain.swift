import Foundation

/// The libFuzzer entry point for `scripts/fuzz`.
///
/// Every decoder target lives in this one sanitized binary, so the decoder sources are compiled
/// once for all of them; `BUURHUB_FUZZ_TARGET` names the target a run drives. A broken promise
/// is a `precondition`, which stays on in the optimised build and counts as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.selected.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// One decoder under test and the function that drives it with one input.
struct FuzzTarget: Sendable {
    let name: String
    let run: @Sendable ([UInt8]) -> Void

    static let all: [FuzzTarget] = [
        FuzzTarget(name: "evdev", run: EvdevFuzz.run),
        FuzzTarget(name: "hid", run: HIDFuzz.run),
        FuzzTarget(name: "serial-line", run: SerialLineFuzz.run),
        FuzzTarget(name: "rdm6300", run: RDM6300Fuzz.run),
        FuzzTarget(name: "zvt-frame", run: ZVTFrameFuzz.run),
        FuzzTarget(name: "zvt-apdu", run: ZVTAPDUFuzz.run),
        FuzzTarget(name: "gs1", run: GS1Fuzz.run),
        FuzzTarget(name: "manifest-csv", run: ManifestFuzz.runCSV),
        FuzzTarget(name: "manifest-json", run: ManifestFuzz.runJSON),
        FuzzTarget(name: "catalogue-csv", run: CatalogueFuzz.run),
        FuzzTarget(name: "api-body", run: APIBodyFuzz.run),
    ]

    /// Read once: libFuzzer calls the entry point millions of times.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["BUURHUB_FUZZ_TARGET"] ?? ""
        guard let target = all.first(where: { $0.name == name }) else {
            fatalError("set BUURHUB_FUZZ_TARGET to one of: \(all.map(\.name).joined(separator: " "))")
        }
        return target
    }()
}
