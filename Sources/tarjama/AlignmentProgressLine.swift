import Synchronization

/// Shows an alignment's progress on standard error once it has run for two seconds: a line
/// redrawn in place on a terminal, a line per tenth otherwise (logs stay short).
final class AlignmentProgressLine: Sendable {
    private let start = ContinuousClock.now
    private let isTerminal: Bool
    private let shown = Mutex<Int>(-1)

    init(isTerminal: Bool) { self.isTerminal = isTerminal }

    func update(_ fraction: Double) {
        guard ContinuousClock.now - start >= .seconds(2) else { return }
        let percent = min(100, max(0, Int(fraction * 100)))
        shown.withLock { last in
            guard percent > last else { return }
            if isTerminal {
                StandardError.write("\raligning: \(percent)%")
            } else if percent / 10 > last / 10 || last < 0 {
                StandardError.write("aligning: \(percent)%\n")
            }
            last = percent
        }
    }

    func finish() {
        shown.withLock { last in if isTerminal && last >= 0 { StandardError.write("\r\u{1B}[K") } }
    }
}
