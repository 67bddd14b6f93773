import CLibEdit
import Glibc

// C callbacks that libedit calls while `el_gets` runs. Each finds its `LineEditor` through
// `EL_CLIENTDATA`, which contains an unretained pointer set in `configure()`. The editor
// owns the `EditLine`, so it outlives every call.

func lineEditorPrompt(_ editor: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    LineEditor.owner(of: editor)?.promptText
}

func lineEditorReadCharacter(
    _ editor: OpaquePointer?, _ character: UnsafeMutablePointer<wchar_t>?
) -> Int32 {
    guard let owner = LineEditor.owner(of: editor), let character else { return -1 }
    return owner.readCharacter(into: character)
}

func lineEditorComplete(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    LineEditor.owner(of: editor)?.complete() ?? UInt8(CC_ERROR)
}

func lineEditorInterrupt(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    LineEditor.owner(of: editor)?.interrupt() ?? UInt8(CC_ERROR)
}

extension LineEditor {
    static func owner(of editor: OpaquePointer?) -> LineEditor? {
        guard let editor, let data = adsh_el_get_client_data(editor) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Reads the text before and after the cursor from libedit.
    func currentLine() -> (before: String, after: String) {
        guard let editor, let info = el_line(editor)?.pointee, let buffer = info.buffer,
            let cursor = info.cursor, let end = info.lastchar
        else { return ("", "") }
        let before = UnsafeRawBufferPointer(start: buffer, count: cursor - buffer)
        let after = UnsafeRawBufferPointer(start: cursor, count: end - cursor)
        return (String(decoding: before, as: UTF8.self), String(decoding: after, as: UTF8.self))
    }

    /// Reads one key from standard input as a wide character for libedit.
    ///
    /// Waits with `poll` on the terminal and on the resize pipe, so a resize redraws the line
    /// at once. A SIGINT sent with `kill` while editing counts as Ctrl-C.
    /// - Returns: 1 with a character, 0 at end of input, -1 on a read error.
    func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while true {
            var descriptors = [
                pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                pollfd(fd: ResizeSignal.readDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
                guard errno == EINTR else { return fail(errno) }
                if Interrupts.isPending {
                    Interrupts.clear()
                    character.pointee = 3
                    return 1
                }
                continue
            }
            if descriptors[1].revents != 0 && ResizeSignal.drain() {
                redrawAfterResize()
            }
            guard descriptors[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(0, &byte, 1)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return fail(errno)
            }
            if count == 0 { return fail(0) }
            partialCharacter.append(byte)
            var state = mbstate_t()
            let used = partialCharacter.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) {
                    mbrtowc(character, $0.baseAddress, $0.count, &state)
                }
            }
            switch used {
            case -2 where partialCharacter.count < Int(MB_LEN_MAX):
                continue
            case -2, -1:
                // An invalid sequence: drop it and read on, as libedit's own reader does.
                partialCharacter.removeAll()
            default:
                partialCharacter.removeAll()
                return 1
            }
        }
    }

    private func fail(_ code: Int32) -> Int32 {
        inputFailure = code
        return code == 0 ? 0 : -1
    }

    /// Completes the word before the cursor: inserts the only candidate with its suffix, or
    /// inserts the candidates' common prefix and lists them below the line.
    func complete() -> UInt8 {
        guard editor != nil else { return UInt8(CC_ERROR) }
        let (before, after) = currentLine()
        let result = completion(before + after, before.count)
        guard !result.candidates.isEmpty else { return UInt8(CC_ERROR) }
        let replaced = String(before.suffix(max(0, result.replacedCount)))
        if result.candidates.count == 1 {
            replaceBeforeCursor(replaced, with: result.candidates[0] + result.suffix)
            return UInt8(CC_REFRESH)
        }
        // Rows of the line as the terminal shows it now, before any change below.
        let columns = TerminalText.size().columns
        let cursorRow = (promptWidth + TerminalText.width(of: before)) / columns
        let lastRow = (promptWidth + TerminalText.width(of: before + after)) / columns
        let prefix = CompletionMenu.commonPrefix(of: result.candidates)
        if prefix.count > replaced.count {
            replaceBeforeCursor(replaced, with: prefix)
        }
        let lines = CompletionMenu.lines(
            for: result.candidates, width: columns,
            maximumRows: max(3, TerminalText.size().rows - 4))
        // CC_REDISPLAY first clears as many rows upward as the cursor was below the prompt's
        // row, so that many blank lines after the list keep it visible.
        var text = String(repeating: "\r\n", count: lastRow - cursorRow + 1)
        text += lines.joined(separator: "\r\n") + "\r\n"
        text += String(repeating: "\r\n", count: cursorRow)
        TerminalText.write(text)
        return UInt8(CC_REDISPLAY)
    }

    private func replaceBeforeCursor(_ replaced: String, with text: String) {
        guard let editor else { return }
        // el_deletestr counts wide characters, which are Unicode scalars here.
        let scalarCount = replaced.unicodeScalars.count
        if scalarCount > 0 { el_deletestr(editor, Int32(scalarCount)) }
        _ = el_insertstr(editor, text)
    }

    /// Shows `^C` at the end of the line and ends `el_gets`; `readLine` then discards the
    /// line and returns `.interrupted`.
    func interrupt() -> UInt8 {
        guard let editor else { return UInt8(CC_ERROR) }
        interruptRequested = true
        let after = currentLine().after
        _ = el_cursor(editor, Int32(after.unicodeScalars.count))
        _ = el_insertstr(editor, "^C")
        // The pushed newline runs ed-newline, which moves below the line and ends el_gets.
        el_push(editor, "\n")
        return UInt8(CC_REFRESH)
    }

    /// Redraws the prompt and the line after the window changed size.
    ///
    /// Terminals that reflow text on a resize (tmux, VTE, iTerm2) have already rewrapped the
    /// line at the new width, so the cursor row is counted at the new width. The redraw moves
    /// up to the prompt's row, clears to the end of the screen and lets libedit draw again.
    /// NOTE: the escape sequences are ANSI (VT100) ones, written directly, not from terminfo.
    func redrawAfterResize() {
        guard let editor else { return }
        let columns = TerminalText.size().columns
        let before = currentLine().before
        let cursorRow = (promptWidth + TerminalText.width(of: before)) / columns
        var text = cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : ""
        text += "\r\u{1B}[J"
        TerminalText.write(text)
        el_resize(editor)
        _ = adsh_el_refresh(editor)
    }
}
