extension KeyboardDecoder {
    mutating func press(_ code: UInt16) -> [InputEvent.Payload] {
        if KeyboardModifiers.isModifier(code) {
            if code == EvdevKeyCode.leftAlt || code == EvdevKeyCode.rightAlt, !modifiers.alt {
                altDigits.removeAll()
            }
            modifiers.press(code)
            return []
        }
        if code == EvdevKeyCode.enter || code == EvdevKeyCode.keypadEnter {
            return endCode()
        }
        if modifiers.alt {
            return altKey(code)
        }
        let level = modifiers.level(alphabetic: layout.isAlphabetic(key: code))
        guard let symbol = layout.symbol(forKey: code, at: level) else {
            return fail(Self.unmapped(key: code, level: level, layout: layout))
        }
        return type(symbol, key: code)
    }

    mutating func release(_ code: UInt16) -> [InputEvent.Payload] {
        guard KeyboardModifiers.isModifier(code) else { return [] }
        let wasAlt = modifiers.alt
        modifiers.release(code)
        guard wasAlt, !modifiers.alt, !altDigits.isEmpty else { return [] }
        return commitAltCode()
    }

    /// Ends the code at its suffix (or its silence, for scanners without one).
    mutating func endCode() -> [InputEvent.Payload] {
        defer { reset() }
        if discarding {
            return []
        }
        if pendingDead != nil || !altDigits.isEmpty {
            return [.rejected(Self.endedMidCharacter())]
        }
        return length == 0 ? [] : [.code(ScannedCode(raw: text))]
    }

    /// A key the transport cannot even name (an unknown HID usage) fails the code like an
    /// unmapped key, and counts as a key for the silence that ends the discard.
    mutating func failKey(_ rejection: InputRejection, at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        let expired = flush(at: now)
        lastKey = now
        return expired + fail(rejection)
    }

    /// Fails the code in progress once; the rest of it is discarded up to its end.
    mutating func fail(_ rejection: InputRejection) -> [InputEvent.Payload] {
        if discarding {
            return []
        }
        text.removeAll(keepingCapacity: true)
        length = 0
        pendingDead = nil
        discarding = true
        return [.rejected(rejection)]
    }

    mutating func reset() {
        text.removeAll(keepingCapacity: true)
        length = 0
        discarding = false
        pendingDead = nil
        altDigits.removeAll()
    }

    private mutating func type(_ symbol: KeySymbol, key code: UInt16) -> [InputEvent.Payload] {
        switch symbol {
        case .dead(let spacing):
            guard pendingDead == nil else { return fail(Self.deadKeyCombination(spacing, key: code, layout: layout)) }
            pendingDead = spacing
            return []
        case .character(let character):
            if let dead = pendingDead {
                pendingDead = nil
                guard character == " " else { return fail(Self.deadKeyCombination(dead, key: code, layout: layout)) }
                return append(dead)
            }
            guard modifiers.ctrl else { return append(character) }
            guard let control = Self.control(character) else { return fail(Self.ctrlCombination(key: code)) }
            return append(control)
        }
    }

    private mutating func append(_ character: Character) -> [InputEvent.Payload] {
        if discarding {
            return []
        }
        guard length < maxCodeLength else {
            return fail(Self.tooLong(maxCodeLength, expectsSuffix: suffixTimeout == nil))
        }
        text.append(character)
        length += 1
        return []
    }

    /// Alt + keypad digits enters a character by its decimal code, which is how wedge scanners
    /// send GS; any other key under Alt is a shortcut, not text.
    private mutating func altKey(_ code: UInt16) -> [InputEvent.Payload] {
        guard let digit = EvdevKeyCode.keypadDigits.firstIndex(of: code) else {
            return fail(Self.altCombination(key: code))
        }
        guard altDigits.count < 4 else {
            altDigits.removeAll()
            return fail(Self.altCodeInvalid())
        }
        altDigits.append(digit)
        return []
    }

    private mutating func commitAltCode() -> [InputEvent.Payload] {
        let value = altDigits.reduce(0) { $0 * 10 + $1 }
        altDigits.removeAll()
        guard (1...255).contains(value), let scalar = Unicode.Scalar(UInt32(value)) else {
            return fail(Self.altCodeInvalid())
        }
        return append(Character(scalar))
    }

    /// Ctrl + a letter or one of `@[\]^_` is the matching control character (Ctrl+] is GS on
    /// scanners that send it that way).
    private static func control(_ character: Character) -> Character? {
        guard let ascii = character.asciiValue else { return nil }
        let upper = (0x61...0x7A).contains(ascii) ? ascii - 0x20 : ascii
        guard (0x40...0x5F).contains(upper) else { return nil }
        return Character(Unicode.Scalar(upper & 0x1F))
    }
}
