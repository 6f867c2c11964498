/// The socket API's paths, shared by `hubd` and `kiosk` so they cannot drift apart.
public enum APIRoute {
    public static let status = "/v1/status"
    public static let devices = "/v1/devices"
    public static let parcels = "/v1/parcels"
    public static let assign = "/v1/parcels/assign"
    public static let deliver = "/v1/parcels/deliver"
    public static let manifests = "/v1/manifests"
    public static let today = "/v1/today"
    public static let residents = "/v1/residents"
    public static let session = "/v1/session"
    public static let simulateScan = "/v1/simulate/scan"
    public static let simulateTap = "/v1/simulate/tap"
    public static let events = "/v1/events"
}
