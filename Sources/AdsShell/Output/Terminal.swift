import Glibc

/// Facts about the terminal on standard output.
enum TerminalSize {
    /// Rows and columns of the terminal on `descriptor`, or nil when it is not a terminal.
    static func current(descriptor: Int32 = 1) -> (rows: Int, columns: Int)? {
        var size = winsize()
        guard isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0,
            size.ws_row > 0
        else { return nil }
        return (Int(size.ws_row), Int(size.ws_col))
    }
}

/// Shows long text through the program named by `PAGER`.
enum Pager {
    /// Writes `text` to `PAGER`'s standard input and waits for it to exit; returns false when
    /// `PAGER` is unset or cannot start, so the caller prints the text itself.
    static func show(_ text: String) -> Bool {
        guard let pager = environmentValue("PAGER"), let pipe = popen(pager, "w") else {
            return false
        }
        var text = text
        text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, pipe) }
        return pclose(pipe) != -1
    }
}
