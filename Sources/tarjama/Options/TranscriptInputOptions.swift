public import ArgumentParser
public import Tarjama

extension TranscriptFormat: ExpressibleByArgument {}

/// `--input-format auto|text|srt|webvtt`: how `segment` and `suggest` read their files. A
/// subtitle file's cue text is segmented (cue numbers and timing lines are not text) and each
/// segment keeps the time span of its cues.
struct TranscriptInputOptions: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "How to read the input: auto (default: .srt is SRT, .vtt WebVTT, anything else text), text, srt or webvtt.",
            valueName: "format"))
    var format: TranscriptFormat = .auto

    /// Reads `path` as the chosen format.
    func read(_ path: String) throws(TranscriptFileError) -> TranscriptFile {
        try TranscriptFile.read(contentsOf: path, format: format)
    }
}
