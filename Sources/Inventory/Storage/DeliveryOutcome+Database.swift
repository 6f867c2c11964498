import GRDB

extension DeliveryOutcome: DatabaseValueConvertible {}
