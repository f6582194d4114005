// swift-tools-version: 6.1
// Benchmarks live in their own package (swift-nio's way) so the main build stays light.
// Run: cd Benchmarks && swift package benchmark   (or: swift package benchmark --target Segmentation)
import PackageDescription

let package = Package(
    name: "TarjamaBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Tarjama", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The ≥40 MB Arabic corpus built from ../shared, shared by every suite.
        .target(
            name: "BenchmarkSupport",
            dependencies: [.product(name: "TarjamaText", package: "Tarjama")],
            path: "Sources/BenchmarkSupport"
        ),
        .executableTarget(
            name: "Decoding",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TarjamaText", package: "Tarjama"),
            ],
            path: "Benchmarks/Decoding",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TextServices",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TarjamaText", package: "Tarjama"),
            ],
            path: "Benchmarks/TextServices",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Alignment",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Tarjama", package: "Tarjama"),
            ],
            path: "Benchmarks/Alignment",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Formats",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Tarjama", package: "Tarjama"),
                .product(name: "TarjamaText", package: "Tarjama"),
            ],
            path: "Benchmarks/Formats",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Segmentation",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TarjamaText", package: "Tarjama"),
            ],
            path: "Benchmarks/Segmentation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Glossary",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Tarjama", package: "Tarjama"),
                .product(name: "TarjamaText", package: "Tarjama"),
            ],
            path: "Benchmarks/Glossary",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TranslationMemory",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Tarjama", package: "Tarjama"),
            ],
            path: "Benchmarks/TranslationMemory",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
