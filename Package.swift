// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "buurhub",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hubd", targets: ["HubDaemon"]),
        .executable(name: "kiosk", targets: ["KioskCLI"]),
        .executable(name: "hub-bench", targets: ["HubBench"]),
        .executable(name: "hubcentral", targets: ["HubCentral"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.1.4"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .target(name: "CHubShims"),
        .systemLibrary(name: "CLibUSB", pkgConfig: "libusb-1.0", providers: [.apt(["libusb-1.0-0-dev"])]),
        .systemLibrary(name: "CGPIOD", pkgConfig: "libgpiod", providers: [.apt(["libgpiod-dev"])]),
        .target(
            name: "Devices",
            dependencies: [
                "CHubShims", "CLibUSB", "CGPIOD",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
            ]
        ),
        .target(
            name: "Inventory",
            dependencies: [
                "SafeCSV",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Central",
            dependencies: [
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "HubCentral",
            dependencies: [
                "Central", "HubConfig", "Inventory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TOMLGuard"),
        .target(name: "SafeCSV"),
        .target(name: "HubCharts"),
        .target(name: "HubReports", dependencies: ["HubAPI", "HubCharts", "SafeCSV"]),
        .target(
            name: "HubConfig",
            dependencies: [
                "Devices",
                "Inventory",
                "TOMLGuard",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(name: "HubAPI"),
        .target(
            name: "Workflows",
            dependencies: [
                "Devices",
                "Inventory",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "HubApp",
            dependencies: [
                "CHubShims", "Central",
                "Devices", "Inventory", "HubConfig", "HubAPI", "Workflows", "HubCharts", "HubReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .target(
            name: "KioskKit",
            dependencies: [
                "HubAPI", "TOMLGuard", "SafeCSV", "HubCharts", "HubReports",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "HubDaemon",
            dependencies: [
                "HubApp", "HubConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "KioskCLI", dependencies: ["KioskKit"]),
        .executableTarget(
            name: "HubBench",
            dependencies: [
                "Devices", "Inventory", "Workflows", "CHubShims", "Central",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "DevicesTests", dependencies: ["Devices", "CHubShims"]),
        .testTarget(
            name: "InventoryTests",
            dependencies: [
                "Inventory", "SafeCSV",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "CentralTests", dependencies: ["Central"]),
        .testTarget(name: "HubConfigTests", dependencies: ["HubConfig", "TOMLGuard"]),
        .testTarget(name: "WorkflowsTests", dependencies: ["Workflows", "Devices", "Inventory"]),
        .testTarget(
            name: "HubAppTests",
            dependencies: [
                "HubApp", "HubAPI", "HubConfig", "Inventory", "Workflows", "Devices",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "KioskKitTests", dependencies: ["KioskKit", "HubAPI", "HubCharts", "HubReports"]),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "HubDaemon", "KioskCLI", "KioskKit", "Devices", "Inventory", "Workflows", "HubAPI", "CHubShims", "Central",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ]
)
