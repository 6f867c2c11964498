/// Shown by `kiosk status` and `hubd --version`, so a maintainer knows what is running.
public enum HubVersion {
    public static let current = "0.1.0"
}
