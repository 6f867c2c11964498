import Devices
import Inventory

extension HubKey {
    /// A tap's digests, with the device layer's rule of which bits a Wiegand reader reports,
    /// so a pass enrolled on one reader type is found when tapped on another.
    public func digest(of uid: PassUID) -> PassDigest {
        digest(ofPass: uid.bytes, wiegandBits: uid.wiegandBits, wiegandOnly: uid.isWiegandOnly)
    }
}
