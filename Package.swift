// swift-tools-version: 6.1
import PackageDescription

/// Settings every Swift target shares: explicit existentials, imports that must be named where
/// they are used, and imports internal unless a module re-exports on purpose.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Tarjama",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tarjama", targets: ["tarjama"]),
        .library(name: "Tarjama", targets: ["Tarjama"]),
        .library(name: "TarjamaText", targets: ["TarjamaText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The only place ICU is visible: a C shim whose public headers use stdint types and
        // opaque pointers, so Swift code that imports Foundation never meets ICU's own headers.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // Temporary output files removed on SIGINT/SIGTERM/SIGHUP: the handler and its table must
        // be async-signal-safe, which only C can promise.
        .target(name: "CSignalCleanup"),
        .target(
            name: "TarjamaText",
            dependencies: ["CICU"],
            // The name dictionary (agency spellings), read once by NameDictionary.shipped.
            resources: [.copy("Resources/names.tsv")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Tarjama",
            dependencies: ["TarjamaText", "CSignalCleanup", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        // The HTTP service (`tarjama serve`): routes over the same library calls as the CLI.
        .target(
            name: "TarjamaServer",
            dependencies: [
                "Tarjama",
                "TarjamaText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("OpenAPI/openapi.json")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "tarjama",
            dependencies: [
                "Tarjama",
                "TarjamaText",
                "TarjamaServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TarjamaTextTests",
            dependencies: ["TarjamaText", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TarjamaTests",
            dependencies: ["Tarjama", "TarjamaText", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "tarjamaTests",
            dependencies: ["TestSupport", "tarjama"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TarjamaServerTests",
            dependencies: [
                "TarjamaServer", "Tarjama", "TestSupport", "tarjama",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        // Fixtures and helpers the test targets share: locating ../shared, running the binary.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport",
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ]
)
