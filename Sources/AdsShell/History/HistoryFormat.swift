/// The history file format: a version line, then one entry per line.
///
/// Inside an entry a backslash is written `\\`, a line feed `\n`, a carriage return `\r` and a
/// NUL `\0`. So a command that spans several lines (an open JSON body) stays one entry, and a
/// NUL byte marks a binary file. Every line, the last included, ends with a line feed.
enum HistoryFormat {
    static let header = "#adsh-history v1"
    /// The first line of files that libedit's `H_SAVE` writes.
    static let libeditHeader = "_HiStOrY_V2_"

    /// The entries of a file, and whether its last line was cut off and dropped.
    struct Decoded: Equatable {
        var entries: [String]
        var droppedTruncatedLine: Bool
    }

    static func encode(_ entries: [String]) -> [UInt8] {
        var text = header + "\n"
        for entry in entries {
            text += escape(entry) + "\n"
        }
        return Array(text.utf8)
    }

    static func escape(_ entry: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(entry.utf8.count)
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\0": escaped += "\\0"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Parses a whole file. An empty file has no entries.
    /// - Throws: a reason when the bytes are not this format: a wrong first line, invalid
    ///   UTF-8, a NUL byte or an unknown escape.
    static func decode(_ bytes: [UInt8]) throws(DecodeFailure) -> Decoded {
        if bytes.isEmpty { return Decoded(entries: [], droppedTruncatedLine: false) }
        if bytes.contains(0) { throw .binary }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .binary }
        // Split on the scalar, not on `Character`: "\r\n" is one `Character`, and a file
        // saved with CRLF line ends should still read, its carriage returns dropped.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in Substring(line.last == "\r" ? line.dropLast() : line) }
        let truncated = lines.last.map { !$0.isEmpty } ?? false
        lines.removeLast()
        guard let first = lines.first, first == header else {
            if text.hasPrefix(libeditHeader) { throw .libedit }
            if text.hasPrefix("#adsh-history ") { throw .unknownVersion }
            throw .missingHeader
        }
        var entries: [String] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            entries.append(try unescape(line, lineNumber: index + 1))
        }
        return Decoded(entries: entries, droppedTruncatedLine: truncated)
    }

    private static func unescape(_ line: Substring, lineNumber: Int) throws(DecodeFailure)
        -> String
    {
        var entry = ""
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                switch scalar {
                case "\\": entry += "\\"
                case "n": entry += "\n"
                case "r": entry += "\r"
                case "0": entry += "\0"
                default: throw .unknownEscape(line: lineNumber, character: Character(scalar))
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                entry.unicodeScalars.append(scalar)
            }
        }
        if escaping { throw .unknownEscape(line: lineNumber, character: nil) }
        return entry
    }

    enum DecodeFailure: Error, Equatable, CustomStringConvertible {
        case binary
        case libedit
        case missingHeader
        case unknownVersion
        case unknownEscape(line: Int, character: Character?)

        var description: String {
            switch self {
            case .binary:
                return "it contains binary data"
            case .libedit:
                return "it is in libedit's _HiStOrY_V2_ format"
            case .missingHeader:
                return "the first line is not '\(HistoryFormat.header)'"
            case .unknownVersion:
                return "it was written by a newer version of adsh"
            case .unknownEscape(let line, let character?):
                return "line \(line) has an unknown escape '\\\(character)'"
            case .unknownEscape(let line, nil):
                return "line \(line) ends with a lone backslash"
            }
        }
    }
}
