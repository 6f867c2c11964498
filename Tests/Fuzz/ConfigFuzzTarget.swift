/// The libFuzzer entry point for `scripts/fuzz-config`.
///
/// It is compiled in one module with the TOMLGuard sources, TOMLKit's Swift sources and HubConfig's
/// line locator, so the sanitized build needs neither GRDB nor the device stack. It drives the same
/// steps as `ConfigLoader`: guard first, then TOMLKit and the locator only on what the guard let
/// through. Any abort, sanitizer report or broken promise below counts as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        try TOMLGuard.check(bytes)
    } catch {
        precondition(error.line >= 1 && error.column >= 1, "a refusal without a place: \(error)")
        precondition(!error.description.isEmpty)
        return 0
    }
    let body = bytes.starts(with: TOMLGuard.byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
    let text = String(decoding: body, as: UTF8.self)
    precondition(Array(text.utf8) == body, "the guard let through bytes that are not UTF-8")
    _ = KeyLineLocator(text: text)
    do {
        let table = try TOMLTable(string: text)
        fuzzReleaseTable(table.tablePointer)
    } catch let error as TOMLParseError {
        precondition(error.source.begin.line >= 1, "toml++ refused without a line: \(error)")
    } catch {
        preconditionFailure("TOMLKit threw something other than a parse error: \(error)")
    }
    return 0
}

/// From ReleaseTable.cpp; `tablePointer` is internal to TOMLKit, visible here because the fuzz
/// build compiles TOMLKit's sources into this module.
@_silgen_name("fuzzReleaseTable")
func fuzzReleaseTable(_ table: OpaquePointer)
