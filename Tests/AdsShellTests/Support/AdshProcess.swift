import Foundation

@testable import AdsShell

/// Runs the built `adsh` binary as a child process with piped standard streams.
enum AdshProcess {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `adsh` executable next to the test bundle in the build folder.
    static var executablePath: String {
        let testBinary =
            (try? FileManager.default.destinationOfSymbolicLink(
                atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = FileSystem.parentFolder(of: testBinary)
        // The test binary is inside `adshPackageTests.xctest` on some layouts.
        if folder.hasSuffix(".xctest") { folder = FileSystem.parentFolder(of: folder) }
        return folder + "/adsh"
    }

    /// Runs `adsh ARGUMENTS` with `input` on standard input and `ADSH_HOME` set to `home`.
    static func run(_ arguments: [String], input: String, home: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ADSH_HOME"] = home
        environment["NO_COLOR"] = "1"
        for name in ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] {
            environment[name] = nil
        }
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }
}
