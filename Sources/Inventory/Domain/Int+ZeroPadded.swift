extension Int {
    /// Decimal digits with leading zeros up to `width`, for dates written on every scan:
    /// `String(format:)` goes through NSString and a C varargs list each time.
    func zeroPadded(_ width: Int) -> String {
        let digits = String(self)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
