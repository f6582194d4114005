import Foundation
import Testing
import TestSupport

@Suite("segment and suggest keep the line breaks of a one-segment-per-line file (end to end)")
struct LayoutCommandTests {
    static let list = """
        ثالثا - الاستنتاجات
        5 - تلاحظ اللجنة التقدم المحرز في تنفيذ التوصيات السابقة
        6 - وتعرب اللجنة عن قلقها إزاء نقص الموارد المتاحة للمكاتب الميدانية.
        7 - وتوصي اللجنة بزيادة التمويل المخصص لبرامج التدريب في حلب ودمشق.
        8 - وتطلب اللجنة تقديم تقرير عن ذلك في دورتها المقبلة.

        """

    static func write(_ text: String) throws -> String {
        let url = try TarjamaBinary.temporaryDirectory().appendingPathComponent("report.ar.txt")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("a list file keeps one segment per line, with a note; --reflow re-flows it; --lines and --reflow together are refused")
    func segmentLayout() throws {
        let path = try Self.write(Self.list)
        let auto = try TarjamaBinary.run(["segment", "--format", "text", path])
        #expect(auto.status == 0, "stderr: \(auto.stderr)")
        #expect(auto.stdout.split(separator: "\n").count == 5)
        #expect(auto.stderr.contains("one segment per line") && auto.stderr.contains(path))
        let reflowed = try TarjamaBinary.run(["segment", "--format", "text", "--reflow", path])
        #expect(reflowed.stdout.split(separator: "\n").count < 5)
        #expect(reflowed.stderr.isEmpty)
        let lines = try TarjamaBinary.run(["segment", "--format", "text", "--lines", path])
        #expect(lines.stdout == auto.stdout && lines.stderr.isEmpty)
        #expect(try TarjamaBinary.run(["segment", "--lines", "--reflow", path]).status == 2)
    }

    @Test("suggest segments the same way, so its segment ids match segment's")
    func suggestLayout() throws {
        let path = try Self.write(Self.list)
        let glossaries = SharedData.repositoryRoot.appendingPathComponent("Glossaries").path
        let result = try TarjamaBinary.run(["suggest", "--format", "jsonl", "--glossary", glossaries, path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 5)
    }
}
