extension KeyboardDecoder {
    static func tooLong(_ limit: Int, expectsSuffix: Bool) -> InputRejection {
        let hint = expectsSuffix
            ? "check that the scanner sends Enter after each code, or set suffix_timeout for a scanner without suffix"
            : "raise max_code_length if such long codes are expected"
        return InputRejection(.tooLong, "code longer than \(limit) characters dropped — \(hint)")
    }

    static func unmapped(key code: UInt16, level: KeyLevel, layout: KeyboardLayout) -> InputRejection {
        let level = level == .plain ? "" : level == .shifted ? " with Shift" : " with AltGr"
        return InputRejection(
            .controlCharacters,
            "key code \(code)\(level) has no character in the \(layout.name) layout; scan dropped — set the scanner to the \(layout.name) keyboard layout (or change layout in the config) and scan again"
        )
    }

    static func deadKeyCombination(_ dead: Character, key code: UInt16, layout: KeyboardLayout) -> InputRejection {
        InputRejection(
            .controlCharacters,
            "accent key \(dead) followed by key code \(code) is not code text in the \(layout.name) layout; scan dropped — check that the scanner's keyboard layout matches the config"
        )
    }

    static func altCombination(key code: UInt16) -> InputRejection {
        InputRejection(
            .controlCharacters,
            "Alt + key code \(code) is a shortcut, not code text; scan dropped — switch off the scanner's function-key output and scan again"
        )
    }

    static func ctrlCombination(key code: UInt16) -> InputRejection {
        InputRejection(
            .controlCharacters,
            "Ctrl + key code \(code) is not a character; scan dropped — switch off the scanner's function-key output and scan again"
        )
    }

    static func altCodeInvalid() -> InputRejection {
        InputRejection(
            .controlCharacters,
            "Alt + keypad code outside 1–255; scan dropped — check the scanner's GS/function-key setting and scan again"
        )
    }

    static func eventsLost() -> InputRejection {
        InputRejection(
            .overflow,
            "keystrokes were lost (the kernel's input buffer overflowed); scan dropped — scan the code again"
        )
    }

    /// Uses `.empty` because InputRejection has no "incomplete" code yet: what arrived is not a code.
    static func incomplete() -> InputRejection {
        InputRejection(
            .empty,
            "incomplete scan (no Enter after a pause) dropped — scan again; if this scanner never sends Enter, set suffix_timeout in the config"
        )
    }

    static func endedMidCharacter() -> InputRejection {
        InputRejection(
            .empty,
            "scan ended in the middle of an accent or Alt+keypad character; dropped — scan again"
        )
    }
}
