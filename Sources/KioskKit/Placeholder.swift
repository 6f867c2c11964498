enum KioskKitPlaceholder {}
