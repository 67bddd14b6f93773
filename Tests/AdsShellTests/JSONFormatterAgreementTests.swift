import Foundation
import Testing

@testable import AdsShell

/// Mutates valid documents at random and checks that the formatter, the parser and the query
/// validator agree on which inputs are valid JSON.
@Suite struct JSONFormatterAgreementTests {
    private static let seeds = [
        #"{"a":[1,-2.5e+3,true,false,null,"x\"y\\z\u00e9"],"b":{"c":[]},"d":"Été 🎯"}"#,
        #"[{"campaignId":18446744073709551615,"name":"\ud83c\udfaf","bid":1.50},{}]"#,
        #"  "plain"  "#,
        "[0, -0, 0.0, 1E5, 2e-7]",
    ]

    /// Bytes that often turn valid JSON into invalid JSON, or the other way round.
    private static let replacements: [UInt8] =
        Array(#"{}[]:,"\ u0aE.-+"#.utf8) + [0x0A, 0xC3, 0xFF, 0x00]

    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test func validityAgrees() throws {
        var generator = Generator(state: 7)
        var accepted = 0
        for round in 0..<3000 {
            var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
            for _ in 0...(round % 3) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0:
                    bytes.remove(at: position)
                case 1:
                    bytes.insert(Self.replacements.randomElement(using: &generator)!, at: position)
                default:
                    bytes[position] = Self.replacements.randomElement(using: &generator)!
                }
                if bytes.isEmpty { bytes = [0x31] }
            }
            let parsed = try? JSONParser.parse(bytes)
            let formatted = try? JSONFormatter.format(bytes).get()
            let validated = try? JSONDocument(validating: bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            // The formatter also accepts JSON lines, so compare single-value inputs only.
            if validated?.values.count ?? 0 <= 1 && !bytes.allSatisfy({ $0 == 0x20 }) {
                #expect((parsed != nil) == (formatted != nil), "formatter disagrees on \(text)")
                #expect((parsed != nil) == (validated != nil), "validator disagrees on \(text)")
            }
            if let parsed, let formatted {
                accepted += 1
                #expect(try JSONParser.parse(formatted) == parsed, "output differs for \(text)")
            }
        }
        #expect(accepted > 100)
    }
}
