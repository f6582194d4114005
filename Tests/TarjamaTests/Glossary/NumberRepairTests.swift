import Tarjama
import Testing

@Suite("Number repair: which wrong figure a source number replaces")
struct NumberRepairTests {
    @Test("a figure with neighbouring digits swapped, in digits or words, is replaced where it stands")
    func swappedDigits() throws {
        let fixes = try NumberRepair.fixes(source: "قتل تسعة عشر شخصا في القصف.", target: "Ninety-one people were killed in the shelling.")
        #expect(fixes.map(\.replacement) == ["19"])
        #expect(fixes.first?.target == 0..<10)
        #expect(fixes.first?.found == "Ninety-one")
    }

    @Test("a repeated digit dropped keeps the target's digit grouping")
    func droppedRepeatedDigit() throws {
        let fixes = try NumberRepair.fixes(source: "نزح ٣٠٠ ألف شخص.", target: "30,000 people were displaced.")
        #expect(fixes.map(\.replacement) == ["300,000"])
    }

    @Test(
        "a figure that is not the number mistyped, a date, an ordinal and a matching number are left alone",
        arguments: [
            ("قتل تسعة عشر شخصا.", "Forty people were killed."),
            ("وصل الوفد في 15 كانون الأول 2016.", "The delegation arrived on 16 December 2016."),
            ("هذا هو الاجتماع الثالث.", "This is the fourth meeting."),
            ("قتل تسعة عشر شخصا.", "19 people were killed."),
        ])
    func leftAlone(source: String, target: String) throws {
        #expect(try NumberRepair.fixes(source: source, target: target).isEmpty)
    }
}
