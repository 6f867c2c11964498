extension KeyboardLayout {
    /// For every character the layout can type, the key presses a scanner set to it would send:
    /// the lowest level first (plain, Shift, AltGr), main-block keys before the keypad, and a
    /// dead key followed by space for `^`, `` ` ``, `~` where those are dead.
    func typingTable() -> [Character: [Keystroke]] {
        var table: [Character: [Keystroke]] = [:]
        var dead: [Character: [Keystroke]] = [:]
        let mainBlock = keys.keys.filter { $0 != EvdevKeyCode.keypadDot }.sorted()
        for level in KeyLevel.allCases {
            for code in mainBlock {
                guard let symbol = keys[code]?.symbol(at: level) else { continue }
                let stroke = Keystroke(key: code, modifiers: modifiers(for: level))
                switch symbol {
                case .character(let character):
                    table[character] = table[character] ?? [stroke]
                case .dead(let spacing):
                    dead[spacing] = dead[spacing] ?? [stroke, Keystroke(key: EvdevKeyCode.space)]
                }
            }
        }
        return table.merging(dead) { plain, _ in plain }
    }

    private func modifiers(for level: KeyLevel) -> [UInt16] {
        switch level {
        case .plain: []
        case .shifted: [EvdevKeyCode.leftShift]
        case .altGr: [rightAltIsAltGr ? EvdevKeyCode.rightAlt : EvdevKeyCode.leftAlt]
        }
    }
}
