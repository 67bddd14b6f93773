import Glibc

/// Loopback ports for tests that need a port with nothing listening on it.
enum LoopbackPort {
    /// Returns a 127.0.0.1 port that the kernel just handed out and that is closed again,
    /// so a connection to it is refused unless another process takes it in the meantime.
    static func unused() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        precondition(descriptor >= 0, "socket failed")
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        precondition(bound, "binding a loopback port failed")
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
