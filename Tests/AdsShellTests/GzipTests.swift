import Testing

@testable import AdsShell

private let reportText = Array(
    String(
        repeating: #"{"campaignId":554815712391234,"impressions":1200,"clicks":17,"cost":3.50},"#,
        count: 2000
    ).utf8)

/// Deterministic bytes that do not compress, from a linear congruential generator.
private func noise(count: Int, seed: UInt64 = 42) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 33)
    }
}

/// Inflates `compressed` in chunks of `chunkSize` bytes.
private func inflateInChunks(_ compressed: [UInt8], chunkSize: Int, limit: Int = .max) throws
    -> [UInt8]
{
    var inflater = try GzipInflater(limit: limit)
    var output: [UInt8] = []
    var start = 0
    while start < compressed.count {
        let end = min(start + chunkSize, compressed.count)
        try inflater.write(Array(compressed[start..<end])) { output.append(contentsOf: $0) }
        start = end
    }
    try inflater.finish()
    return output
}

@Suite struct GzipTests {
    @Test(arguments: [0, 1, 100, 70_000, 300_000])
    func roundTrip(count: Int) throws {
        let original = noise(count: count)
        let compressed = Gzip.compress(original)
        #expect(Gzip.isGzip(compressed))
        #expect(try Gzip.decompress(compressed, limit: .max) == original)
    }

    @Test func roundTripCompressesText() throws {
        let compressed = Gzip.compress(reportText, level: 9)
        #expect(compressed.count < reportText.count / 20)
        #expect(try Gzip.decompress(compressed, limit: reportText.count) == reportText)
    }

    @Test(arguments: [1, 7, 4096, 1 << 20])
    func chunkedInflation(chunkSize: Int) throws {
        let compressed = Gzip.compress(reportText)
        #expect(try inflateInChunks(compressed, chunkSize: chunkSize) == reportText)
    }

    @Test func concatenatedMembersJoin() throws {
        let first = Array("first part\n".utf8)
        let second = Array("second part\n".utf8)
        let joined = Gzip.compress(first) + Gzip.compress(second)
        #expect(try Gzip.decompress(joined, limit: .max) == first + second)
        #expect(try inflateInChunks(joined, chunkSize: 3) == first + second)
    }

    @Test func truncatedStreamIsReported() throws {
        let compressed = Gzip.compress(reportText)
        for cut in [0, 1, 10, compressed.count / 2, compressed.count - 1] {
            #expect(throws: GzipError.truncated(inputBytes: cut)) {
                try Gzip.decompress(Array(compressed.prefix(cut)), limit: .max)
            }
        }
    }

    @Test func garbageIsInvalid() throws {
        let error = try #require(throws: GzipError.self) {
            try Gzip.decompress(noise(count: 1000), limit: .max)
        }
        guard case .invalidData(let reason, _) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(reason == "incorrect header check")
        #expect(error.description.hasPrefix("invalid gzip data near compressed byte 0:"))
    }

    @Test func corruptChecksumIsInvalid() throws {
        var compressed = Gzip.compress(reportText)
        compressed[compressed.count - 6] ^= 0xFF
        let error = try #require(throws: GzipError.self) {
            try Gzip.decompress(compressed, limit: .max)
        }
        #expect(error.description.contains("incorrect data check"))
    }

    @Test func trailingGarbageIsRejected() throws {
        let compressed = Gzip.compress(reportText) + [0x00, 0x01]
        #expect(throws: GzipError.trailingData(inputOffset: compressed.count - 2)) {
            try Gzip.decompress(compressed, limit: .max)
        }
    }

    @Test func bombStopsAtLimit() throws {
        let zeros = [UInt8](repeating: 0, count: 20_000_000)
        let bomb = Gzip.compress(zeros, level: 9)
        #expect(bomb.count < 40_000)
        #expect(throws: GzipError.limitExceeded(limit: 1_000_000)) {
            try Gzip.decompress(bomb, limit: 1_000_000)
        }
        #expect(throws: GzipError.limitExceeded(limit: 1_000_000)) {
            try inflateInChunks(bomb, chunkSize: 512, limit: 1_000_000)
        }
        #expect(try Gzip.decompress(bomb, limit: zeros.count).count == zeros.count)
    }

    @Test(
        arguments: [
            ([0x1F, 0x8B, 0x08], true),
            ([0x1F, 0x8B], true),
            ([0x1F], false),
            ([], false),
            ([0x78, 0x9C], false),
            (Array("{}".utf8), false),
        ] as [([UInt8], Bool)])
    func magicNumber(bytes: [UInt8], expected: Bool) {
        #expect(Gzip.isGzip(bytes) == expected)
        #expect(Gzip.isGzip(bytes[...]) == expected)
    }

    @Test func errorMessagesGroupDigits() {
        #expect(
            GzipError.limitExceeded(limit: 104_857_600).description
                == "decompressed body exceeds the limit of 104,857,600 bytes; "
                + "save it to a file or raise the limit")
        #expect(
            GzipError.truncated(inputBytes: 1234).description
                == "truncated gzip stream: the input ended after 1,234 compressed bytes; "
                + "download it again")
    }
}
