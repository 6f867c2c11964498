/// How long personal data stays linked to a resident, from `[retention]` in hubd.toml. The
/// defaults and their reasons are in the README ("How long the hub keeps personal data"). A
/// nightly purge applies it; 0 days means at the next purge.
public struct RetentionPolicy: Sendable, Equatable {
    /// Manifest lines (which barcode is for whom) after their import.
    public var manifestDays: Int
    /// Delivered or returned parcels keep their resident this long after they closed; then only
    /// the counts remain for reports.
    public var parcelDays: Int
    /// Closed loans and their stock movements keep their resident this long.
    public var loanDays: Int
    /// A resident with nothing open and no parcel, ride, chore, visit, credit or loan for this long
    /// is erased as if asked to.
    public var inactiveResidentDays: Int
    /// Card details on payments (masked card number, card name, receipt lines). The payment row
    /// itself stays: bookkeeping must be kept seven years (Algemene wet inzake rijksbelastingen, art. 52).
    public var paymentDetailDays: Int
    public var hour: Int
    public var minute: Int

    public init(
        manifestDays: Int = 30, parcelDays: Int = 400, loanDays: Int = 400, inactiveResidentDays: Int = 730,
        paymentDetailDays: Int = 400, hour: Int = 2, minute: Int = 30
    ) {
        self.manifestDays = manifestDays
        self.parcelDays = parcelDays
        self.loanDays = loanDays
        self.inactiveResidentDays = inactiveResidentDays
        self.paymentDetailDays = paymentDetailDays
        self.hour = hour
        self.minute = minute
    }
}
