/// A small VT100/xterm screen model for tests: it applies the output of a program to a grid
/// of cells, so a test can check what a person would see rather than the raw bytes.
///
/// It handles printable text (with wide characters and deferred wrapping at the right
/// margin), CR, LF, BS, TAB, the cursor-movement and erase sequences libedit sends for
/// `TERM=xterm-256color`, insert mode and character insert and delete. Colours and other
/// attributes are ignored.
struct TerminalScreen {
    private(set) var columns: Int
    private(set) var rows: Int
    /// Cells of the visible rows; a wide character's second cell is "".
    private var cells: [[String]]
    /// Rows scrolled off the top, oldest first.
    private(set) var scrolledLines: [String] = []
    private(set) var row = 0
    private(set) var column = 0
    private var pendingWrap = false
    private var insertMode = false
    private var parser = EscapeParser()

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The visible rows without trailing spaces.
    var lines: [String] {
        cells.map { String($0.joined().reversed().drop { $0 == " " }.reversed()) }
    }

    /// Scrolled and visible rows, with trailing empty rows removed.
    var text: String {
        var all = scrolledLines + lines
        while all.last?.isEmpty == true { all.removeLast() }
        return all.joined(separator: "\n")
    }

    /// The row the cursor is on, without trailing spaces.
    var cursorLine: String { lines[row] }

    /// Changes the size as a terminal that does not reflow does: rows and columns are cut
    /// or padded, the cursor is kept inside.
    mutating func resize(columns newColumns: Int, rows newRows: Int) {
        var resized = cells.map { line -> [String] in
            let cut = Array(line.prefix(newColumns))
            return cut + Array(repeating: " ", count: max(0, newColumns - cut.count))
        }
        while resized.count > newRows {
            scrolledLines.append(resized.removeFirst().joined())
            row = max(0, row - 1)
        }
        while resized.count < newRows {
            resized.append(Array(repeating: " ", count: newColumns))
        }
        cells = resized
        columns = newColumns
        rows = newRows
        column = min(column, newColumns - 1)
        pendingWrap = false
    }

    mutating func feed(_ text: String) {
        for scalar in text.unicodeScalars {
            switch parser.consume(scalar) {
            case .none:
                break
            case .printable(let scalar):
                put(scalar)
            case .control(let scalar):
                control(scalar)
            case .sequence(let final, let parameters, let isPrivate):
                if !isPrivate { apply(final, parameters) }
            }
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = Self.width(of: scalar)
        if width == 0 {
            let previous = max(0, column - (pendingWrap ? 0 : 1))
            cells[row][previous] += String(scalar)
            return
        }
        if pendingWrap || column + width > columns {
            column = 0
            lineFeed()
        }
        pendingWrap = false
        if insertMode { insertBlanks(width) }
        cells[row][column] = String(scalar)
        if width == 2 && column + 1 < columns { cells[row][column + 1] = "" }
        column += width
        if column >= columns {
            column = columns - 1
            pendingWrap = true
        }
    }

    private mutating func control(_ scalar: Unicode.Scalar) {
        switch scalar {
        case "\r":
            column = 0
            pendingWrap = false
        case "\n", "\u{0B}", "\u{0C}":
            lineFeed()
            pendingWrap = false
        case "\u{08}":
            column = max(0, column - 1)
            pendingWrap = false
        case "\t":
            column = min(columns - 1, (column / 8 + 1) * 8)
        default:
            break
        }
    }

    private mutating func lineFeed() {
        if row == rows - 1 {
            scrolledLines.append(cells.removeFirst().joined())
            cells.append(Array(repeating: " ", count: columns))
        } else {
            row += 1
        }
    }

    private mutating func insertBlanks(_ count: Int) {
        for _ in 0..<min(count, columns - column) {
            cells[row].insert(" ", at: column)
            cells[row].removeLast()
        }
    }

    private mutating func apply(_ final: Unicode.Scalar, _ parameters: [Int]) {
        let first = max(1, parameters.first ?? 1)
        let raw = parameters.first ?? 0
        pendingWrap = false
        switch final {
        case "A": row = max(0, row - first)
        case "B": row = min(rows - 1, row + first)
        case "C": column = min(columns - 1, column + first)
        case "D": column = max(0, column - first)
        case "E": (row, column) = (min(rows - 1, row + first), 0)
        case "F": (row, column) = (max(0, row - first), 0)
        case "G", "`": column = min(columns - 1, first - 1)
        case "d": row = min(rows - 1, first - 1)
        case "H", "f":
            row = min(rows - 1, first - 1)
            column = min(columns - 1, max(1, parameters.count > 1 ? parameters[1] : 1) - 1)
        case "J": eraseDisplay(raw)
        case "K": eraseLine(raw)
        case "P":
            for _ in 0..<min(first, columns - column) {
                cells[row].remove(at: column)
                cells[row].append(" ")
            }
        case "@": insertBlanks(first)
        case "X":
            for index in column..<min(columns, column + first) { cells[row][index] = " " }
        case "h", "l":
            if parameters.contains(4) { insertMode = final == "h" }
        default:
            break
        }
    }

    private mutating func eraseLine(_ mode: Int) {
        let range: Range<Int> =
            switch mode {
            case 1: 0..<(column + 1)
            case 2: 0..<columns
            default: column..<columns
            }
        for index in range { cells[row][index] = " " }
    }

    private mutating func eraseDisplay(_ mode: Int) {
        eraseLine(mode)
        let otherRows: Range<Int> =
            switch mode {
            case 1: 0..<row
            case 2, 3: 0..<rows
            default: (row + 1)..<rows
            }
        for index in otherRows { cells[index] = Array(repeating: " ", count: columns) }
    }

    /// Columns a character takes: 2 for East Asian wide characters and most emoji, 0 for
    /// combining marks, else 1. A rough copy of `wcwidth(3)`, enough for these tests.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if (0x0300...0x036F).contains(value) || (0x200B...0x200F).contains(value)
            || (0xFE00...0xFE0F).contains(value)
        {
            return 0
        }
        let wideRanges: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }
}
