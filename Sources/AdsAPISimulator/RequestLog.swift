import Synchronization

/// The requests every listener received, in order of arrival. It is a separate object from
/// ``APISimulator`` so that the server threads do not keep the simulator alive, which lets
/// `deinit` stop the listeners.
final class RequestLog: Sendable {
    private let entries = Mutex([RecordedRequest]())

    func append(_ request: HTTPRequest, origin: String) {
        let entry = RecordedRequest(
            origin: origin, method: request.method, target: request.target,
            headers: request.headers, body: request.body)
        entries.withLock { $0.append(entry) }
    }

    var all: [RecordedRequest] {
        entries.withLock { $0 }
    }

    func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
