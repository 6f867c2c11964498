import ArgumentParser

/// Lets the options every command takes (`GlobalOptions`) come before the subcommand, as
/// `git -C` and `docker -H` allow: `kiosk --socket PATH status` is parsed as
/// `kiosk status --socket PATH`. ArgumentParser only accepts a subcommand's options after
/// its name, so the command line is reordered before parsing: leading global options, and
/// any between the words of the subcommand, move to just after the subcommand's last word.
/// Everything from the first other word on (an argument, another option, `--`) is untouched,
/// so a value that looks like a subcommand's name is never taken for one.
enum GlobalOptionOrder {
    /// The options of `GlobalOptions`; each takes a value (`--socket PATH` or `--socket=PATH`).
    static let valueOptions: Set<String> = ["--socket", "--config", "--lang"]

    static func normalise(_ arguments: [String], root: any ParsableCommand.Type = KioskCommand.self) -> [String] {
        var moved: [String] = []
        var path: [String] = []
        var command = root
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if isGlobal(argument, inlineValue: true) {
                moved.append(argument)
                index += 1
            } else if isGlobal(argument, inlineValue: false), index + 1 < arguments.endIndex {
                moved += [argument, arguments[index + 1]]
                index += 2
            } else if let subcommand = subcommand(named: argument, of: command) {
                path.append(argument)
                command = subcommand
                index += 1
            } else {
                break
            }
        }
        return path + moved + arguments[index...]
    }

    /// `--socket=PATH` when `inlineValue`, else a bare `--socket` whose value follows.
    private static func isGlobal(_ argument: String, inlineValue: Bool) -> Bool {
        guard inlineValue else { return valueOptions.contains(argument) }
        guard let equals = argument.firstIndex(of: "=") else { return false }
        return valueOptions.contains(String(argument[..<equals]))
    }

    /// `_commandName` is the name ArgumentParser itself matches (the configured one, or one
    /// derived from the type's name), so this can never disagree with the parser.
    private static func subcommand(named name: String, of command: any ParsableCommand.Type) -> (any ParsableCommand.Type)? {
        command.configuration.subcommands.first { $0._commandName == name || $0.configuration.aliases.contains(name) }
    }
}
