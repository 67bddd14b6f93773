import Foundation
import Testing

@testable import AdsShell

@Suite struct ResponseFeatureTests {
    private let listCampaigns =
        #"POST /sp/campaigns/list -H "Content-Type: application/vnd.spCampaign.v3+json" "#
        + #"-H "Accept: application/vnd.spCampaign.v3+json" {"maxResults": 3}"#

    @Test func queryEndingShowsOnlyPickedValues() throws {
        let shell = try SimulatedShell()
        #expect(shell.run("GET /v2/profiles | .[].profileId") == .success)
        let lines = shell.console.capturedOutput.split(separator: "\n")
        #expect(lines == ["3382741658212519", "9007199254740993"])
    }

    @Test func bigIdKeepsItsDigits() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        #expect(shell.console.capturedOutput.contains("9007199254740993"))
        #expect(!shell.console.capturedOutput.contains("9007199254740992"))
    }

    @Test func captureFromQuery() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        #expect(shell.run("set profileId from .[0].profileId") == .success)
        #expect(shell.environment["profileId"] == "3382741658212519")
        #expect(shell.run(listCampaigns) == .success)
        let outcome = shell.run(
            #"set campaignId from .campaigns[] | select(.name == "Brand - Phrase") | .campaignId"#)
        #expect(outcome == .success)
        #expect(shell.environment["campaignId"] == "100000212519002")
    }

    @Test func captureErrorsAreClear() throws {
        let shell = try SimulatedShell()
        #expect(shell.run("set x from .[0]") == .failure)
        #expect(shell.console.capturedError.contains("no response yet"))
        shell.run("GET /v2/profiles")
        #expect(shell.run("set x from .[].profileId") == .failure)
        #expect(shell.console.capturedError.contains("found 2 values"))
        #expect(shell.run("set x from .[5]") == .failure)
        #expect(shell.run("set x from .[0") == .failure)
        #expect(shell.environment["x"] == nil)
    }

    @Test func responseTemplates() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        shell.run("set code {{response.status}}")
        shell.run("set first {{response.body .[0].accountInfo.name}}")
        shell.run("set type {{response.headers.content-type}}")
        #expect(shell.environment["code"] == "200")
        #expect(shell.environment["first"] == "Demo Seller US")
        #expect(shell.environment["type"]?.hasPrefix("application/json") == true)
    }

    @Test func downloadStreamsToFile() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        let path = shell.folder.file("profiles.json")
        shell.console.clearCapture()
        #expect(shell.run("GET /v2/profiles > \(path)") == .success)
        let saved = try FileSystem.readFile(path)
        let profiles = try JSONParser.parse(saved)
        #expect(profiles.arrayValue?.count == 2)
        #expect(!shell.console.capturedOutput.contains("profileId"))
    }

    @Test func failedDownloadLeavesNoFile() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        let path = shell.folder.file("partial.json")
        #expect(shell.run("GET /_faults/reset > \(path)") == .failure)
        #expect(!FileSystem.exists(path))
        #expect(FileSystem.listFolder(shell.folder.path).allSatisfy { !$0.contains("download") })
    }

    @Test func saveWritesLastBody() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        let path = shell.folder.file("saved.json")
        #expect(shell.run("save \(path)") == .success)
        #expect(try JSONParser.parse(try FileSystem.readFile(path)).arrayValue?.count == 2)
    }

    @Test func binaryBodyIsSummarised() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        shell.console.clearCapture()
        #expect(shell.run("GET /_faults/binary?bytes=300") == .success)
        #expect(shell.console.capturedOutput.hasPrefix("binary body: application/octet-stream"))
        #expect(shell.console.capturedOutput.count < 200)
    }

    @Test func invalidJSONIsShownAsTextWithPosition() throws {
        let shell = try SimulatedShell()
        shell.run("GET /v2/profiles")
        #expect(shell.run("GET /_faults/wrong-length") == .failure)
        #expect(shell.run("vars") == .success)
    }

    @Test func curlExportMasksSecrets() throws {
        let shell = try SimulatedShell()
        shell.run("set profileId 3382741658212519")
        shell.run(listCampaigns)
        shell.console.clearCapture()
        #expect(shell.run("curl") == .success)
        let command = shell.console.capturedOutput
        #expect(command.contains("\"$ADS_ACCESS_TOKEN\""))
        #expect(command.contains("\"$ADS_CLIENT_ID\""))
        #expect(!command.contains(shell.environment["access_token"]!))
        #expect(!command.contains(shell.environment["client_id"]!))
        #expect(command.contains("Amazon-Advertising-API-Scope: 3382741658212519"))
    }

    @Test func curlExportGetsSameAnswerFromCurl() throws {
        let shell = try SimulatedShell()
        shell.run("set profileId 3382741658212519")
        #expect(shell.run(listCampaigns) == .success)
        let expected = try #require(shell.session.lastExchange?.response.body)
        shell.console.clearCapture()
        shell.run("curl")
        let command = shell.console.capturedOutput

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        environment["ADS_ACCESS_TOKEN"] = shell.environment["access_token"]
        environment["ADS_CLIENT_ID"] = shell.environment["client_id"]
        environment["NO_PROXY"] = "*"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try JSONParser.parse(Array(data)) == JSONParser.parse(expected))
    }

    @Test func showCommandsAfterRequest() throws {
        let shell = try SimulatedShell()
        #expect(shell.run("show headers") == .failure)
        shell.run("GET /v2/profiles")
        shell.console.clearCapture()
        #expect(shell.run("show headers") == .success)
        #expect(shell.console.capturedOutput.contains("x-amzn-RequestId"))
        #expect(shell.run("show timing") == .success)
        #expect(shell.console.capturedOutput.contains("first byte"))
        #expect(shell.run("show request") == .success)
        #expect(shell.console.capturedOutput.contains("Authorization: Bearer {{access_token}}"))
        #expect(shell.run("show body") == .success)
    }
}

@Suite struct ByteRedactionTests {
    @Test(arguments: [
        ("abcXYZdef", "XYZ", "abc{{k}}def"),
        ("XYZ", "XYZ", "{{k}}"),
        ("XYXYZXYZ", "XYZ", "XY{{k}}{{k}}"),
        ("no match here", "XYZ", "no match here"),
        ("XY", "XYZ", "XY"),
        ("", "XYZ", ""),
    ])
    func replacesEveryOccurrence(text: String, secret: String, expected: String) {
        let output = Console.replacing(
            Array(secret.utf8), with: Array("{{k}}".utf8), in: Array(text.utf8))
        #expect(String(decoding: output, as: UTF8.self) == expected)
    }

    @Test func pipedJSONBodyIsRedacted() throws {
        let shell = try SimulatedShell()
        shell.run("set --secret account ENTITYXB2Y2BHXUV")
        shell.console.clearCapture()
        #expect(shell.run("GET /v2/profiles") == .success)
        #expect(!shell.console.capturedOutput.contains("ENTITYXB2Y2BHXUV"))
        #expect(shell.console.capturedOutput.contains(#""id": "{{account}}""#))
        #expect(shell.console.capturedOutput.contains("Demo Seller US"))
    }
}

@Suite struct TextDetectionTests {
    @Test(
        arguments: [
            ([0x7B, 0x7D], true),
            (Array("Été 2026 – 🎯\n\t".utf8), true),
            ([0xC2, 0x85], false),
            ([0xC2, 0xA0], true),
            ([0xC0, 0x80], false),
            ([0xE0, 0x80, 0x80], false),
            ([0xED, 0xA0, 0x80], false),
            ([0xF4, 0x90, 0x80, 0x80], false),
            ([0xF0, 0x9F, 0x8E], false),
            ([0x41, 0x00], false),
            ([0x1B, 0x5B], false),
            ([0x7F], false),
            ([0xE2, 0x80, 0x93], true),
        ] as [([UInt8], Bool)])
    func classifiesBytes(bytes: [UInt8], expected: Bool) {
        #expect(BodySummary.isText(bytes) == expected)
        #expect(
            BodySummary.isText(bytes)
                == (String(validating: bytes, as: UTF8.self).map { text in
                    !text.unicodeScalars.contains { scalar in
                        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
                            || (0x7F...0x9F).contains(scalar.value)
                    }
                } ?? false))
    }
}
