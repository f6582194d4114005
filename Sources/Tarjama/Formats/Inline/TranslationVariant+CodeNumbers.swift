extension TranslationVariant {
    /// The variant with its codes numbered as `source` numbers the same codes, so that `{1}` in
    /// a translation is the `{1}` of its source. Files number codes per segment (TMX `bpt i`,
    /// `x`, XLIFF ids), so a code is matched by its XLIFF `id` or TMX `x`, else by element and
    /// content; codes without a counterpart get numbers after the source's.
    public func numberingCodes(like source: [InlineCode]) -> TranslationVariant {
        guard !codes.isEmpty, !source.isEmpty else { return self }
        // Openings and standalones carry the identity; closings follow their opening's number.
        let anchors = source.filter { $0.role != .closing }
        var used = Set<Int>()
        var mapping: [Int: Int] = [:]
        var next = (source.map(\.id).max() ?? 0) + 1
        for code in codes where code.role != .closing && mapping[code.id] == nil {
            let role = code.role
            let candidates = anchors.filter { $0.role == role && !used.contains($0.id) }
            let match =
                candidates.first {
                    $0[attribute: "id"] != nil && $0[attribute: "id"] == code[attribute: "id"] && $0.element == code.element
                }
                ?? candidates.first { $0[attribute: "x"] != nil && $0[attribute: "x"] == code[attribute: "x"] }
                ?? candidates.first { $0.element == code.element && $0.content == code.content }
            if let match {
                mapping[code.id] = match.id
                used.insert(match.id)
            } else {
                mapping[code.id] = next
                next += 1
            }
        }
        for code in codes where mapping[code.id] == nil {
            mapping[code.id] = next
            next += 1
        }
        guard mapping.contains(where: { $0.key != $0.value }) else { return self }
        let parts = self.parts.map { part -> InlinePart in
            guard case var .code(code) = part else { return part }
            code.id = mapping[code.id] ?? code.id
            return .code(code)
        }
        var variant = self
        (variant.text, variant.codes) = InlinePart.text(of: parts)
        return variant
    }
}

extension TranslationUnit {
    /// Whether any variant has inline codes.
    var hasCodes: Bool {
        !source.codes.isEmpty || !target.codes.isEmpty || otherVariants.contains { !$0.codes.isEmpty }
    }

    /// The unit with every other variant's codes numbered like the source's.
    func numberingCodesLikeSource() -> TranslationUnit {
        var unit = self
        unit.target = target.numberingCodes(like: source.codes)
        unit.otherVariants = otherVariants.map { $0.numberingCodes(like: source.codes) }
        return unit
    }
}
