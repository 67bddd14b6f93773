import Glibc

/// A failure to start a listener.
public enum SimulatorError: Error, CustomStringConvertible {
    case socketFailed(errno: Int32)
    case bindFailed(port: UInt16, errno: Int32)
    case listenFailed(errno: Int32)
    case threadFailed

    public var description: String {
        switch self {
        case .socketFailed(let code):
            return "cannot create a socket: \(String(cString: strerror(code)))"
        case .bindFailed(let port, let code):
            return "cannot listen on 127.0.0.1:\(port): \(String(cString: strerror(code)))"
                + "; choose another port with --port, or 0 for any free port"
        case .listenFailed(let code):
            return "cannot listen: \(String(cString: strerror(code)))"
        case .threadFailed:
            return "cannot start a server thread"
        }
    }
}
