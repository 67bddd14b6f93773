/// `settings [NAME [VALUE]]`: shows or changes timeouts and retry limits.
enum SettingsCommand: ShellCommand {
    static let name = "settings"
    static let synopsis = "settings [NAME [VALUE]]"
    static let summary = "show or change timeouts and retry limits"
    static var details: String {
        "Settings are kept in config.json and apply to every environment.\n"
            + ShellSettings.descriptions.map { "  \($0.name.padding(to: 18)) \($0.text)" }
            .joined(separator: "\n")
    }

    static func run(_ invocation: Invocation, in session: Session) throws -> CommandOutcome {
        try invocation.requireArguments(0...2, for: self)
        let words = invocation.arguments.map { $0.literalText ?? $0.source }
        let console = session.console
        switch words.count {
        case 0:
            for (name, text) in ShellSettings.descriptions {
                let value = session.settings.value(of: name) ?? ""
                console.print(
                    "\(console.style(name.padding(to: 18), .cyan)) \(value.padding(to: 6)) \(text)")
            }
        case 1:
            guard let value = session.settings.value(of: words[0]) else {
                var probe = session.settings
                try probe.set(words[0], to: "")
                return .failure
            }
            console.print(value)
        default:
            var settings = session.settings
            try settings.set(words[0], to: words[1])
            session.settings = settings
            do {
                try session.store.saveSettings(settings)
            } catch {
                console.warning("\(error); the setting applies to this shell only")
            }
        }
        return .success
    }
}
