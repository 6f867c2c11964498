/// Turns a decoded text into a `ScannedCode`: symbology prefix and GS1 fields recognised.
public enum CodeInterpreter {
    public static func interpret(_ raw: String) -> ScannedCode {
        ScannedCode(raw: raw)
    }
}
