import Foundation
import Tarjama
import TestSupport

/// Stores in fresh temporary directories, and the subtitle text the upload tests share.
enum ProjectStoreFixtures {
    static func makeStore() throws -> ProjectStore {
        let directory = try TarjamaBinary.temporaryDirectory()
        return try ProjectStore(path: directory.appendingPathComponent("project.sqlite").path)
    }

    /// Three cues: the first sentence runs from cue 1 into cue 2 (no stop at the end of cue 1),
    /// the second starts and ends in cue 2, the third fills cue 3.
    static let srt = """
        1
        00:00:02,000 --> 00:00:05,500
        قال مدير الهلال الاحمر في حماه ان القوافل

        2
        00:00:05,600 --> 00:00:09,000
        وصلت الى البلدة صباح اليوم. وأضاف ان الطريق مفتوح.

        3
        00:00:09,100 --> 00:00:12,250
        <i>ودعا السكان الى العودة الى منازلهم.</i>

        """

    static let webvtt = """
        WEBVTT

        00:00:01.000 --> 00:00:03.000
        <v المذيع>نشرة الاخبار من حلب.

        00:00:03.500 --> 00:00:06.000
        افتتح الطريق الدولي بين حلب ودمشق.

        """
}
