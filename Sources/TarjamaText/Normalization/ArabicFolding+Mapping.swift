internal import CICU

extension ArabicFolding {
    /// What the folding steps in `self` make of one code point, and which steps changed it.
    ///
    /// This is the single definition of every step: the normaliser's lookup table and
    /// `--explain` are both built from it, so they cannot disagree.
    func fold(_ scalar: UInt32) -> (scalars: [UInt32], applied: ArabicFolding) {
        var current: [UInt32] = [scalar]
        var applied: ArabicFolding = []
        for (step, _) in Self.steps where contains(step) {
            var next: [UInt32] = []
            var changed = false
            for value in current {
                if let replacement = step.applyStep(to: value) {
                    next.append(contentsOf: replacement)
                    changed = true
                } else {
                    next.append(value)
                }
            }
            if changed { applied.insert(step); current = next }
        }
        return (current, applied)
    }

    /// The result of the single step `self` on `scalar`, or nil when it leaves it alone.
    private func applyStep(to scalar: UInt32) -> [UInt32]? {
        switch self {
        case .invisibleControls:
            return Self.isInvisibleControl(scalar) ? [] : nil
        case .presentationForms:
            guard (0xFB50...0xFDFF).contains(scalar) || (0xFE70...0xFEFC).contains(scalar) else { return nil }
            guard let expanded = try? Normalizer.normalize([UInt16(scalar)], to: .nfkc),
                expanded != [UInt16(scalar)]
            else { return nil }
            return String(decoding: expanded, as: UTF16.self).unicodeScalars.map(\.value)
        case .diacritics:
            return Self.isDiacritic(scalar) ? [] : nil
        case .tatweel:
            return scalar == 0x0640 ? [] : nil
        case .persianLetters:
            switch scalar {
            case 0x06A9, 0x06AA: return [0x0643]  // ک ڪ → ك
            case 0x06CC: return [0x064A]  // ی → ي
            case 0x06C1, 0x06D5, 0x06C0: return [0x0647]  // ہ ە ۀ → ه
            case 0x06C3: return [0x0629]  // ۃ → ة
            default: return nil
            }
        case .alefVariants:
            switch scalar {
            case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675: return [0x0627]
            default: return nil
            }
        case .alefMaqsura:
            return scalar == 0x0649 ? [0x064A] : nil
        case .taMarbuta:
            return scalar == 0x0629 ? [0x0647] : nil
        case .hamzaSeats:
            switch scalar {
            case 0x0624: return [0x0648]
            case 0x0626: return [0x064A]
            default: return nil
            }
        case .digitsToASCII:
            switch scalar {
            case 0x0660...0x0669: return [scalar - 0x0660 + 0x30]
            case 0x06F0...0x06F9: return [scalar - 0x06F0 + 0x30]
            case 0x066C: return [0x2C]  // ٬ thousands separator
            case 0x066B: return [0x2E]  // ٫ decimal separator
            default: return nil
            }
        case .caseFold:
            if scalar < 0x80 {
                return (0x41...0x5A).contains(scalar) ? [scalar + 0x20] : nil
            }
            // Arabic letters have no case; asking ICU about them would only cost time.
            if (0x0600...0x06FF).contains(scalar) || (0xD800...0xDFFF).contains(scalar) { return nil }
            let folded = cicu_fold_case_simple(scalar)
            return folded == scalar ? nil : [folded]
        default:
            return nil
        }
    }

    /// Tashkeel, superscript alef, and the Quranic annotation marks.
    static func isDiacritic(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670,
            0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8, 0x06EA...0x06ED,
            0x08D3...0x08E1, 0x08E3...0x08FF:
            return true
        default:
            return false
        }
    }

    /// Characters that change how text is shown or joined but are not part of any word.
    static func isInvisibleControl(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
            0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
