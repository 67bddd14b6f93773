import CLibEdit
import Glibc

/// Measures and writes text the way a terminal shows it.
enum TerminalText {
    /// The columns `text` takes on a terminal: ANSI escape sequences take none, control
    /// characters two (libedit shows them as `^X`), other characters the `wcwidth(3)` value
    /// for the current locale.
    static func width(of text: some StringProtocol) -> Int {
        var columns = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                // A CSI sequence ends with a byte from @ to ~; `[` itself opens it.
                if scalar.value >= 0x40 && scalar.value <= 0x7E && scalar != "[" {
                    inEscape = false
                }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                columns += 2
            } else {
                columns += max(0, Int(adsh_wcwidth(wchar_t(bitPattern: scalar.value))))
            }
        }
        return columns
    }

    /// Encloses each run of ANSI escape sequences in the prompt in `marker`, so that libedit
    /// (`EL_PROMPT_ESC`) prints them without counting them as columns.
    ///
    /// Adjacent sequences share one pair of markers, because libedit reads two markers in a
    /// row as a literal marker character.
    static func markingEscapes(in prompt: String, marker: Unicode.Scalar) -> String {
        var marked = String.UnicodeScalarView()
        var inGroup = false
        var inSequence = false
        var previous: Unicode.Scalar = " "
        for scalar in prompt.unicodeScalars {
            if inSequence {
                marked.append(scalar)
                if previous != "\u{1B}" && scalar.value >= 0x40 && scalar.value <= 0x7E {
                    inSequence = false
                }
                previous = scalar
                continue
            }
            if scalar == "\u{1B}" {
                if !inGroup { marked.append(marker) }
                inGroup = true
                inSequence = true
            } else if inGroup {
                marked.append(marker)
                inGroup = false
            }
            marked.append(scalar)
            previous = scalar
        }
        if inGroup { marked.append(marker) }
        return String(marked)
    }

    /// Reads the size of the terminal on standard output, or returns 80 by 24 when it cannot
    /// be read.
    static func size() -> (columns: Int, rows: Int) {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return (80, 24) }
        return (Int(size.ws_col), max(Int(size.ws_row), 1))
    }

    /// Writes `text` to standard output unbuffered, after anything C stdio still holds.
    static func write(_ text: String) {
        fflush(nil)
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += count
            }
        }
    }
}
