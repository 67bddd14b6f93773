import CLibEdit
import Glibc

/// The command history of one shell, kept in a file that several shells share.
///
/// Entries arrive already redacted. Saving merges: under a lock it re-reads the file, appends
/// the entries this shell added since the last save after what other shells wrote, keeps the
/// newest `capacity` entries and replaces the file atomically with mode 0600.
public final class HistoryStore {
    public static let defaultCapacity = 5000
    /// The environment variable that sets the capacity.
    public static let capacityVariable = "ADSH_HISTORY_SIZE"
    /// The largest history file read, so a wrong path to a huge file cannot exhaust memory.
    static let readLimit = 64 << 20

    /// The file; nil keeps history in memory only.
    public let path: String?
    /// The maximum number of entries kept, in memory and in the file; 0 turns history off.
    public let capacity: Int
    /// Entries from the oldest to the newest: those loaded, then those added.
    public private(set) var entries: [String] = []
    private var unsavedEntries: [String] = []

    public init(path: String?, capacity: Int = defaultCapacity) {
        self.path = path
        self.capacity = max(0, capacity)
    }

    /// Parses a value of `ADSH_HISTORY_SIZE` into a capacity, with a warning when the value
    /// is invalid.
    public static func capacity(fromEnvironmentValue value: String?) -> (
        capacity: Int, warning: String?
    ) {
        guard let value, !value.isEmpty else { return (defaultCapacity, nil) }
        guard let number = Int(value), number >= 0 else {
            return (
                defaultCapacity,
                "\(capacityVariable) '\(value)' is not a whole number of 0 or more; "
                    + "keeping \(defaultCapacity) entries"
            )
        }
        return (number, nil)
    }

    /// Reads the file, replacing the entries in memory.
    /// - Returns: a warning to show when the file could not be used as it is. A damaged or
    ///   foreign file gives empty history. The next save moves it to `PATH.invalid`, so
    ///   nothing in it is lost.
    @discardableResult
    public func load() -> String? {
        guard let path, capacity > 0 else { return nil }
        do {
            let contents = try Self.read(path, capacity: capacity)
            entries = Array(contents.entries.suffix(capacity))
            return contents.warning
        } catch .invalid(let path, let reason) {
            entries = []
            return "history file \(path) is not valid (\(reason)); starting with empty "
                + "history. The file will be kept as \(path).invalid"
        } catch {
            entries = []
            return "\(error); starting with empty history"
        }
    }

    /// Adds an entry unless it is blank or repeats the newest one.
    /// - Returns: whether the entry was added.
    @discardableResult
    public func add(_ entry: String) -> Bool {
        guard capacity > 0, !entry.allSatisfy(\.isWhitespace), entry != entries.last else {
            return false
        }
        entries.append(entry)
        unsavedEntries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        return true
    }

    /// Merges the entries added since the last save into the file.
    /// - Throws: `HistoryError.file` when the folder, the lock or the file cannot be written.
    ///   The entries then stay unsaved, so a later save can still write them.
    public func save() throws(HistoryError) {
        guard let path, capacity > 0, !unsavedEntries.isEmpty else { return }
        do throws(FileError) {
            try FileSystem.createFolder(FileSystem.parentFolder(of: path))
            let lock = try FileLock(path: path + ".lock")
            defer { withExtendedLifetime(lock) {} }
            var merged = try entriesOnDisk(path)
            for entry in unsavedEntries where entry != merged.last {
                merged.append(entry)
            }
            if merged.count > capacity { merged.removeFirst(merged.count - capacity) }
            try FileSystem.writeAtomically(HistoryFormat.encode(merged), to: path)
        } catch {
            throw .file(error)
        }
        unsavedEntries.removeAll()
    }

    /// Reads the entries that other shells saved. An invalid file is renamed to
    /// `PATH.invalid` and counts as empty.
    private func entriesOnDisk(_ path: String) throws(FileError) -> [String] {
        do {
            return try Self.read(path, capacity: capacity).entries
        } catch {
            switch error {
            case .file(let error):
                throw error
            case .invalid:
                guard rename(path, path + ".invalid") == 0 else {
                    throw FileError(path: path, operation: "move aside the invalid file")
                }
                return []
            }
        }
    }

    /// Reads the entries of the file at `path`, none when it does not exist.
    /// - Throws: `HistoryError.invalid` when it is not a history file adsh can read.
    static func read(_ path: String, capacity: Int) throws(HistoryError) -> (
        entries: [String], warning: String?
    ) {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path, limit: readLimit)
        } catch {
            if error.isNotFound { return ([], nil) }
            if error.code == EFBIG {
                throw .invalid(path: path, reason: "it is larger than \(readLimit >> 20) MiB")
            }
            throw .file(error)
        }
        do {
            let decoded = try HistoryFormat.decode(bytes)
            let warning =
                decoded.droppedTruncatedLine
                ? "history file \(path) ends in the middle of an entry; that entry was dropped"
                : nil
            return (decoded.entries, warning)
        } catch .libedit {
            guard let entries = readLibeditFile(path, capacity: capacity) else {
                throw .invalid(path: path, reason: "libedit cannot read it either")
            }
            return (entries, nil)
        } catch {
            throw .invalid(path: path, reason: error.description)
        }
    }

    /// Reads a file in libedit's `_HiStOrY_V2_` format through libedit itself, oldest entry
    /// first; nil when libedit rejects it.
    static func readLibeditFile(_ path: String, capacity: Int) -> [String]? {
        guard let history = adsh_history_init() else { return nil }
        defer { history_end(history) }
        _ = adsh_history_set_size(history, Int32(clamping: max(capacity, 1)))
        guard adsh_history_load(history, path) >= 0 else { return nil }
        var entries: [String] = []
        var text = adsh_history_step(history, H_LAST)
        while let pointer = text {
            var entry = String(cString: pointer)
            if entry.hasSuffix("\n") { entry.removeLast() }
            if !entry.isEmpty { entries.append(entry) }
            text = adsh_history_step(history, H_PREV)
        }
        return entries
    }
}
