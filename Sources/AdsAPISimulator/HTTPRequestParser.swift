import Glibc

/// A reason a request could not be read. Each case maps to the status the server sends before it
/// closes the connection.
enum HTTPParseError: Error, CustomStringConvertible {
    /// The peer closed the connection or the read failed; nothing can be sent back.
    case connectionClosed
    case malformed(String)
    case headersTooLarge(limit: Int)
    case tooManyHeaders(limit: Int)
    case bodyTooLarge(length: Int, limit: Int)

    var status: Int {
        switch self {
        case .connectionClosed, .malformed: return 400
        case .headersTooLarge, .tooManyHeaders: return 431
        case .bodyTooLarge: return 413
        }
    }

    var description: String {
        switch self {
        case .connectionClosed: return "connection closed before a complete request"
        case .malformed(let reason): return "malformed request: \(reason)"
        case .headersTooLarge(let limit): return "request headers exceed \(limit) bytes"
        case .tooManyHeaders(let limit): return "request has more than \(limit) header fields"
        case .bodyTooLarge(let length, let limit):
            return "request body of \(length) bytes exceeds the limit of \(limit) bytes"
        }
    }
}

/// Reads HTTP/1.1 requests one after another from a connected socket: request line, header
/// fields, and a body framed by `Content-Length` or chunked transfer coding.
final class HTTPRequestParser {
    static let maxHeaderBytes = 16 * 1024
    static let maxHeaderCount = 100
    static let maxBodyBytes = 16 * 1024 * 1024

    private let socket: Int32
    private var buffer: [UInt8] = []
    private var readIndex = 0

    init(socket: Int32) {
        self.socket = socket
    }

    /// Reads the next request. Returns nil when the peer closes the connection cleanly between
    /// requests. `sendInterim` writes `100 Continue` when the client sent `Expect: 100-continue`.
    func nextRequest(sendInterim: ([UInt8]) -> Void) throws -> HTTPRequest? {
        // RFC 9112 section 2.2: a server should ignore empty lines received before a request.
        while true {
            guard try ensureBuffered(2) else {
                if readIndex == buffer.count { return nil }
                throw HTTPParseError.connectionClosed
            }
            guard buffer[readIndex] == 13 && buffer[readIndex + 1] == 10 else { break }
            readIndex += 2
        }
        let head = try readHead()
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let requestLine = lines.removeFirst().split(
            separator: " ", omittingEmptySubsequences: false)
        guard requestLine.count == 3, !requestLine[0].isEmpty,
            requestLine[0].allSatisfy({ $0.isUppercase || $0 == "-" })
        else { throw HTTPParseError.malformed("invalid request line") }
        let version = String(requestLine[2])
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            throw HTTPParseError.malformed("unsupported version '\(version)'")
        }
        let target = String(requestLine[1])
        guard target.hasPrefix("/") else {
            throw HTTPParseError.malformed("request target must start with '/'")
        }
        guard lines.count <= Self.maxHeaderCount else {
            throw HTTPParseError.tooManyHeaders(limit: Self.maxHeaderCount)
        }
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                !line[..<colon].contains(where: { $0 == " " || $0 == "\t" })
            else { throw HTTPParseError.malformed("invalid header field '\(line.prefix(40))'") }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            headers.append((String(line[..<colon]), value))
        }
        var request = HTTPRequest(
            method: String(requestLine[0]), target: target, version: version, headers: headers,
            body: [])
        request.body = try readBody(of: request, sendInterim: sendInterim)
        return request
    }

    /// Reads up to the blank line that ends the header section and returns it as text,
    /// without the final CRLF CRLF.
    private func readHead() throws -> String {
        var searchFrom = readIndex
        while true {
            if let end = findHeadEnd(from: searchFrom) {
                let text = String(decoding: buffer[readIndex..<end], as: UTF8.self)
                readIndex = end + 4
                return text
            }
            guard buffer.count - readIndex <= Self.maxHeaderBytes else {
                throw HTTPParseError.headersTooLarge(limit: Self.maxHeaderBytes)
            }
            searchFrom = max(readIndex, buffer.count - 3)
            guard try fill() else { throw HTTPParseError.connectionClosed }
        }
    }

    private func findHeadEnd(from start: Int) -> Int? {
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13
                && buffer[index + 3] == 10
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private func readBody(of request: HTTPRequest, sendInterim: ([UInt8]) -> Void) throws
        -> [UInt8]
    {
        let transferEncoding = request.header("Transfer-Encoding")?.lowercased()
        let lengths = request.headers.filter { $0.name.lowercased() == "content-length" }
        if let transferEncoding {
            guard transferEncoding == "chunked" else {
                throw HTTPParseError.malformed(
                    "unsupported Transfer-Encoding '\(transferEncoding)'")
            }
            guard lengths.isEmpty else {
                throw HTTPParseError.malformed("both Content-Length and Transfer-Encoding present")
            }
            sendContinueIfExpected(request, sendInterim: sendInterim)
            return try readChunkedBody()
        }
        guard let first = lengths.first else { return [] }
        guard lengths.allSatisfy({ $0.value == first.value }), first.value.allSatisfy(\.isNumber),
            let length = Int(first.value)
        else { throw HTTPParseError.malformed("invalid Content-Length '\(first.value)'") }
        guard length <= Self.maxBodyBytes else {
            throw HTTPParseError.bodyTooLarge(length: length, limit: Self.maxBodyBytes)
        }
        if length > 0 { sendContinueIfExpected(request, sendInterim: sendInterim) }
        return try readBytes(length)
    }

    private func sendContinueIfExpected(_ request: HTTPRequest, sendInterim: ([UInt8]) -> Void) {
        guard request.header("Expect")?.lowercased() == "100-continue", readIndex == buffer.count
        else { return }
        sendInterim(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
    }

    private func readChunkedBody() throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let sizeLine = try readLine()
            let sizeText = sizeLine.split(separator: ";", maxSplits: 1).first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: " \t"), radix: 16), size >= 0
            else {
                throw HTTPParseError.malformed("invalid chunk size '\(sizeLine.prefix(20))'")
            }
            if size == 0 { break }
            guard size <= Self.maxBodyBytes - body.count else {
                throw HTTPParseError.bodyTooLarge(
                    length: body.count + size, limit: Self.maxBodyBytes)
            }
            body += try readBytes(size)
            guard try readLine().isEmpty else {
                throw HTTPParseError.malformed("chunk data longer than its size")
            }
        }
        // Trailer fields are read and dropped.
        while try !readLine().isEmpty {}
        return body
    }

    private func readLine() throws -> String {
        var index = readIndex
        while true {
            while index + 1 < buffer.count {
                if buffer[index] == 13 && buffer[index + 1] == 10 {
                    let line = String(decoding: buffer[readIndex..<index], as: UTF8.self)
                    readIndex = index + 2
                    return line
                }
                index += 1
            }
            guard buffer.count - readIndex <= Self.maxHeaderBytes else {
                throw HTTPParseError.headersTooLarge(limit: Self.maxHeaderBytes)
            }
            guard try fill() else { throw HTTPParseError.connectionClosed }
        }
    }

    private func readBytes(_ count: Int) throws -> [UInt8] {
        guard try ensureBuffered(count) else { throw HTTPParseError.connectionClosed }
        let bytes = Array(buffer[readIndex..<readIndex + count])
        readIndex += count
        return bytes
    }

    /// Reads until `count` unread bytes are buffered. Returns false at end of stream.
    private func ensureBuffered(_ count: Int) throws -> Bool {
        while buffer.count - readIndex < count {
            guard try fill() else { return false }
        }
        return true
    }

    /// Appends what one `recv` returns. Returns false at end of stream or on a socket error.
    private func fill() throws -> Bool {
        if readIndex > 64 * 1024 {
            buffer.removeFirst(readIndex)
            readIndex = 0
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let received = chunk.withUnsafeMutableBytes {
                recv(socket, $0.baseAddress, $0.count, 0)
            }
            if received > 0 {
                buffer += chunk[0..<received]
                return true
            }
            if received < 0 && errno == EINTR { continue }
            return false
        }
    }
}
