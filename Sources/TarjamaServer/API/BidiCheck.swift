import TarjamaText

/// The bidi rule for text sent in a request body, the same as for the command line's input
/// files: unbalanced controls (an RLO never closed) are refused, never passed into the answer.
enum BidiCheck {
    /// 400 naming the field, line and column of the first unbalanced control in `text`.
    static func require(_ text: String, field: String) throws(APIError) {
        let audit = BidiAudit(Array(text.utf16))
        guard !audit.isBalanced else { return }
        do {
            try audit.requireBalanced(file: "\"\(field)\"")
        } catch {
            throw APIError.badRequest(error.position + "; close or remove the bidi controls and send it again")
        }
    }
}
