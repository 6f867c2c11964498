extension InputRejection {
    /// Codes a reading thread had to drop because the hub did not keep up with the device.
    public static func overflow(_ count: Int) -> InputRejection {
        InputRejection(.overflow, "\(count) input(s) dropped: the device sends faster than the hub can take — check it is not stuck", count: count)
    }
}
