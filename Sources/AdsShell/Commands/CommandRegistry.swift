/// The shell's commands, found by name.
public enum CommandRegistry {
    /// Every command, in the order `help` lists them.
    public static let commands: [any ShellCommand.Type] = [
        RequestCommand.self,
        SetCommand.self,
        UnsetCommand.self,
        VarsCommand.self,
        EnvCommand.self,
        RegionCommand.self,
        ProfilesCommand.self,
        UseCommand.self,
        LoginCommand.self,
        TokenCommand.self,
        LogoutCommand.self,
        ShowCommand.self,
        SaveCommand.self,
        CurlCommand.self,
        SettingsCommand.self,
        SpecCommand.self,
        ImportCommand.self,
        RequestsCommand.self,
        SendCommand.self,
        ExpectCommand.self,
        WaitCommand.self,
        ReportCommand.self,
        SourceCommand.self,
        RecordCommand.self,
        HistoryCommand.self,
        HelpCommand.self,
        ExitCommand.self,
    ]

    /// The HTTP methods that start a request line.
    public static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]

    /// Names the user can type at the start of a line, methods included.
    public static var names: [String] {
        methods + commands.map { $0.name }.filter { $0 != RequestCommand.name }
    }

    /// The command for `name`; HTTP methods are matched without regard to case.
    public static func command(named name: String) -> (any ShellCommand.Type)? {
        if methods.contains(name.uppercased()) { return RequestCommand.self }
        return commands.first { $0.name == name && $0.name != RequestCommand.name }
    }
}
