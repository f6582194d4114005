import BenchmarkSupport
import Foundation
import Tarjama
import TarjamaText

let corpus = Corpus.arabicText(megabytes: 40)
let document = try! Document(name: "corpus", utf8: corpus)
let segments = try! SentenceSegmenter(language: .arabic).segment(document).segments.map(\.range)
let entries = Int(CommandLine.arguments[1])!
let mode = CommandLine.arguments[2]
var suggester = GlossarySuggester(glossary: GlossarySynthesis.glossary(entries: entries))
if mode == "terms" { suggester.suggestsNumbers = false; suggester.suggestsNames = false }
let clock = ContinuousClock()
for _ in 0..<3 {
    var count = 0
    let elapsed = clock.measure {
        document.units.withUnsafeBufferPointer { units in
            for range in segments {
                if mode == "match" {
                    count += (try? suggester.matcher.matches(in: units, range: range).count) ?? 0
                } else if mode == "normalize" {
                    count += (try? ArabicNormalizer.matching.normalize(units, in: range).count) ?? 0
                } else if mode == "numbers" {
                    count += ((try? ArabicNormalizer.matching.normalize(units, in: range)).map { ArabicNumberParser.shared.numbers(inKey: $0).count }) ?? 0
                } else {
                    count += (try? suggester.suggestions(in: units, range: range).count) ?? 0
                }
            }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("\(mode) \(entries): \(String(format: "%.2f", seconds)) s = \(String(format: "%.1f", Double(corpus.count) / 1e6 / seconds)) MB/s, \(count) results")
}
