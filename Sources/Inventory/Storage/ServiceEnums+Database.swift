import GRDB

extension ServiceKind: DatabaseValueConvertible {}
extension PaymentMethod: DatabaseValueConvertible {}
extension PaymentState: DatabaseValueConvertible {}
extension ServiceUse.EndReason: DatabaseValueConvertible {}
extension ServiceUse.ReviewState: DatabaseValueConvertible {}
extension PaymentStatus: DatabaseValueConvertible {}
