import Glibc

/// A failed file-system call, with the path and the system's reason.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var code: Int32

    public init(path: String, operation: String, code: Int32 = errno) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The system's text for `code`, such as "No such file or directory".
    public var reason: String {
        String(cString: strerror(code)).lowercased()
    }

    public var isNotFound: Bool { code == ENOENT }

    public var description: String {
        "cannot \(operation) \(path): \(reason)"
    }
}
