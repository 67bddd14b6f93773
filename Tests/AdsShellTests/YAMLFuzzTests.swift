import AdsShell
import Testing

/// A small seeded generator (SplitMix64), so random inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite struct YAMLFuzzTests {
    static let pieces = [
        "a", "b: ", ":", " ", "  ", "\n", "- ", "-", "[", "]", "{", "}", ",", "'", "\"", "\\", "#",
        "|", ">", "+", "2", "\t", "&", "*", "!", "?", "---", "\r\n", "é", "x: |\n", "k:\n",
    ]

    /// Joins random pieces of YAML syntax and checks that the parser returns a value or an
    /// error with a position, and never traps.
    @Test func randomInputNeverTraps() {
        var generator = SeededGenerator(state: 2026)
        var errors = 0
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...25, using: &generator) {
                text += Self.pieces.randomElement(using: &generator)!
            }
            do {
                _ = try YAMLParser.parse(text)
            } catch {
                errors += 1
                #expect(error.line >= 1, "\(text.debugDescription): \(error)")
                #expect(error.column >= 1, "\(text.debugDescription): \(error)")
            }
        }
        #expect(errors > 0)
    }
}
