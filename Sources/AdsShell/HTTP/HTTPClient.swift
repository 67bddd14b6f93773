import CCurl
import Glibc

/// Sends HTTP requests through one reused libcurl easy handle, so connections stay alive
/// between requests to the same origin.
///
/// Redirects are not followed here: the caller follows them, so it can decide per hop which
/// credentials the next origin may receive. Only http and https URLs are allowed.
public final class HTTPClient {
    private let handle: UnsafeMutableRawPointer
    private static let globalInitialisation: Void = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
    }()

    public init() {
        _ = Self.globalInitialisation
        guard let handle = curl_easy_init() else {
            fatalError("curl_easy_init failed: libcurl could not allocate a handle")
        }
        self.handle = handle
    }

    deinit {
        curl_easy_cleanup(handle)
    }

    /// Sends `request` and waits for the whole response. Ctrl-C (`Interrupts`) cancels it.
    /// - Parameter bodySink: receives the body in chunks instead of keeping it in memory; it
    ///   returns false to stop the transfer.
    /// - Throws: `HTTPError` when no complete response arrived.
    public func send(
        _ request: HTTPRequest, options: HTTPOptions = HTTPOptions(),
        bodySink: ((UnsafeRawBufferPointer) -> Bool)? = nil,
        onHeaders: ((HTTPHeaders) -> Void)? = nil
    ) throws(HTTPError) -> HTTPResponse {
        curl_easy_reset(handle)
        let transfer = Transfer(limit: options.maximumBodySize, sink: bodySink)
        transfer.onHeaders = onHeaders
        let context = Unmanaged.passUnretained(transfer).toOpaque()
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        defer { curl_slist_free_all(headerList) }

        let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { buffer in
            adsh_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            adsh_curl_setopt_string(handle, CURLOPT_URL, request.url)
            adsh_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
            adsh_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
            adsh_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
            adsh_curl_setopt_long(handle, CURLOPT_TCP_NODELAY, 1)
            adsh_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
            adsh_curl_setopt_long(
                handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(options.connectTimeout))
            adsh_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, milliseconds(options.totalTimeout))
            if options.insecure {
                adsh_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 0)
                adsh_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 0)
            }
            configureMethod(request)
            headerList = makeHeaderList(request)
            adsh_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList)
            adsh_curl_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, receiveBody)
            adsh_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
            adsh_curl_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION, receiveHeader)
            adsh_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
            adsh_curl_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
            adsh_curl_setopt_progress_callback(handle, checkProgress)
            adsh_curl_setopt_pointer(handle, CURLOPT_XFERINFODATA, context)
            return request.body.withUnsafeBytesIfPresent { body in
                if let body {
                    adsh_curl_setopt_pointer(
                        handle, CURLOPT_POSTFIELDS,
                        UnsafeMutableRawPointer(mutating: body.baseAddress))
                    adsh_curl_setopt_off(
                        handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
                }
                return curl_easy_perform(handle)
            }
        }
        withExtendedLifetime(transfer) {}
        let detail = String(
            nulTerminated: errorBuffer)
        if code != CURLE_OK {
            throw mapError(
                code, detail: detail, request: request, options: options, transfer: transfer)
        }
        var response = HTTPResponse(
            status: transfer.status, reason: transfer.reason, httpVersion: transfer.httpVersion,
            headers: transfer.headers, body: transfer.body, url: request.url)
        response.bodySize = transfer.received
        response.timings = readTimings()
        return response
    }

    private func milliseconds(_ seconds: Double) -> Int {
        seconds <= 0 ? 0 : max(1, Int((seconds * 1000).rounded()))
    }

    private func configureMethod(_ request: HTTPRequest) {
        switch request.method {
        case "GET" where request.body == nil:
            adsh_curl_setopt_long(handle, CURLOPT_HTTPGET, 1)
        case "HEAD":
            adsh_curl_setopt_long(handle, CURLOPT_NOBODY, 1)
        default:
            if request.body == nil && request.method != "GET" {
                // An empty body so that POST and PUT carry `Content-Length: 0`.
                adsh_curl_setopt_string(handle, CURLOPT_POSTFIELDS, "")
            }
            adsh_curl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method)
        }
    }

    private func makeHeaderList(_ request: HTTPRequest) -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for field in request.headers {
            list = curl_slist_append(list, "\(field.name): \(field.value)")
        }
        // libcurl adds these unless told not to: no `Expect: 100-continue` round trip, and no
        // form content type on a body the user did not type.
        if !request.headers.contains("Expect") { list = curl_slist_append(list, "Expect:") }
        if request.body != nil && !request.headers.contains("Content-Type") {
            list = curl_slist_append(list, "Content-Type:")
        }
        if !request.headers.contains("User-Agent") {
            list = curl_slist_append(list, "User-Agent: \(ShellVersion.userAgent)")
        }
        return list
    }

    private func readTimings() -> HTTPTimings {
        func seconds(_ info: CURLINFO) -> Double {
            var value: curl_off_t = 0
            adsh_curl_getinfo_off(handle, info, &value)
            return Double(value) / 1_000_000
        }
        var timings = HTTPTimings()
        timings.nameLookup = seconds(CURLINFO_NAMELOOKUP_TIME_T)
        timings.connect = seconds(CURLINFO_CONNECT_TIME_T)
        timings.tlsHandshake = seconds(CURLINFO_APPCONNECT_TIME_T)
        timings.firstByte = seconds(CURLINFO_STARTTRANSFER_TIME_T)
        timings.total = seconds(CURLINFO_TOTAL_TIME_T)
        return timings
    }

    private func mapError(
        _ code: CURLcode, detail: String, request: HTTPRequest, options: HTTPOptions,
        transfer: Transfer
    ) -> HTTPError {
        let reason = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        let target = Origin(url: request.url)?.description ?? request.url
        switch code {
        case CURLE_ABORTED_BY_CALLBACK:
            return .cancelled
        case CURLE_WRITE_ERROR where transfer.exceededLimit:
            return .bodyTooLarge(limit: options.maximumBodySize)
        case CURLE_WRITE_ERROR where transfer.sinkStopped:
            return transfer.wasInterrupted
                ? .cancelled : .transferFailed(url: target, reason: reason)
        case CURLE_OPERATION_TIMEDOUT:
            let connecting = transfer.status == 0 && reason.lowercased().contains("connect")
            return .timedOut(
                url: target, seconds: connecting ? options.connectTimeout : options.totalTimeout)
        case CURLE_URL_MALFORMAT:
            return .invalidURL(request.url, reason: reason)
        case CURLE_UNSUPPORTED_PROTOCOL:
            return .unsupportedScheme(request.url)
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return .connectionFailed(url: target, reason: reason)
        case CURLE_BAD_CONTENT_ENCODING:
            let encoding = transfer.headers["Content-Encoding"] ?? "unknown"
            return .transferFailed(
                url: target,
                reason: "the body cannot be decoded as its Content-Encoding (\(encoding)) "
                    + "says: \(reason)")
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM:
            return .tls(url: target, reason: reason)
        default:
            return .transferFailed(url: target, reason: reason)
        }
    }
}

/// The state of one transfer, reached from libcurl's C callbacks through an opaque pointer.
private final class Transfer {
    var status = 0
    var reason = ""
    var httpVersion = ""
    var headers = HTTPHeaders()
    var body: [UInt8] = []
    var received = 0
    var exceededLimit = false
    var sinkStopped = false
    var wasInterrupted = false
    let limit: Int
    let sink: ((UnsafeRawBufferPointer) -> Bool)?
    /// Called with the headers before the first body byte of a response.
    var onHeaders: ((HTTPHeaders) -> Void)?
    var announcedStatus = -1

    init(limit: Int, sink: ((UnsafeRawBufferPointer) -> Bool)?) {
        self.limit = limit
        self.sink = sink
    }

    func headerLine(_ line: String) {
        let trimmed = line.trimmingTrailingSpaces()
        if trimmed.hasPrefix("HTTP/") {
            // A new status line: an interim 1xx response or a new hop. Start over.
            let pieces = trimmed.split(
                separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            httpVersion = pieces.first.map(String.init) ?? ""
            status = pieces.count > 1 ? Int(pieces[1]) ?? 0 : 0
            reason = pieces.count > 2 ? String(pieces[2]) : ""
            headers = HTTPHeaders()
            return
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return }
        let name = String(trimmed[..<colon])
        let value = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces()
        headers.add(name, value)
    }
}

private func receiveBody(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int,
    _ context: UnsafeMutableRawPointer?
) -> Int {
    let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
    let length = size * count
    let buffer = UnsafeRawBufferPointer(start: data, count: length)
    transfer.received += length
    if transfer.announcedStatus != transfer.status {
        transfer.announcedStatus = transfer.status
        transfer.onHeaders?(transfer.headers)
    }
    if let sink = transfer.sink {
        if Interrupts.isPending {
            transfer.sinkStopped = true
            transfer.wasInterrupted = true
            return 0
        }
        guard sink(buffer) else {
            transfer.sinkStopped = true
            return 0
        }
        return length
    }
    if transfer.body.count + length > transfer.limit {
        transfer.exceededLimit = true
        return 0
    }
    transfer.body.append(contentsOf: buffer)
    return length
}

private func receiveHeader(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int,
    _ context: UnsafeMutableRawPointer?
) -> Int {
    let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
    let length = size * count
    let buffer = UnsafeRawBufferPointer(start: data, count: length)
    transfer.headerLine(String(decoding: buffer, as: UTF8.self))
    return length
}

private func checkProgress(
    _ context: UnsafeMutableRawPointer?, _ downloadTotal: curl_off_t, _ downloaded: curl_off_t,
    _ uploadTotal: curl_off_t, _ uploaded: curl_off_t
) -> Int32 {
    Interrupts.isPending ? 1 : 0
}

extension Optional where Wrapped == [UInt8] {
    fileprivate func withUnsafeBytesIfPresent<Result>(
        _ body: (UnsafeRawBufferPointer?) -> Result
    ) -> Result {
        switch self {
        case .some(let bytes): return bytes.withUnsafeBytes { body($0) }
        case .none: return body(nil)
        }
    }
}
