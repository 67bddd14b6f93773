// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "adsh",
    products: [
        .executable(name: "adsh", targets: ["adsh"]),
        .library(name: "AdsShell", targets: ["AdsShell"]),
        .library(name: "AdsAPISimulator", targets: ["AdsAPISimulator"]),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "AdsShell",
            dependencies: ["CCurl", "CLibEdit", "CZlib"]
        ),
        .target(
            name: "AdsAPISimulator",
            dependencies: ["CZlib"]
        ),
        .executableTarget(
            name: "adsh",
            dependencies: ["AdsShell", "AdsAPISimulator"]
        ),
        .testTarget(
            name: "AdsShellTests",
            dependencies: ["AdsShell", "AdsAPISimulator"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AdsAPISimulatorTests",
            dependencies: ["AdsAPISimulator"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
