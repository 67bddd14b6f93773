/// The version of adsh, shown by `--version`, in recordings and in the User-Agent header.
public enum ShellVersion {
    public static let number = "0.1.0"
    public static let userAgent = "adsh/\(number)"
}
