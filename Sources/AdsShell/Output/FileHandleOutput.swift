import Glibc

/// Writes to the standard streams before a `Console` exists (argument errors in `main`).
public enum FileHandleOutput {
    public static func standardError(_ text: String) {
        var text = text
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}
