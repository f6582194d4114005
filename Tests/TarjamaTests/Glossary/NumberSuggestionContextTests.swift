import Tarjama
import Testing

/// `suggest` reads a number word with the words around it, as `tarjama numbers` and `check` do:
/// the neighbour that makes an idiom, a chemical name or a list letter of it, or that completes
/// it (بعد المائة, القرن), lies outside the run of number words.
@Suite("Number suggestions read with their neighbours")
struct NumberSuggestionContextTests {
    private func numbers(_ text: String, suggester: GlossarySuggester = GlossarySuggester(glossary: Glossary())) throws -> [String] {
        try suggester.suggestions(in: text).filter { ["number", "money", "date"].contains($0.type) }.map(\.rendering)
    }

    @Test(
        "a neighbour that unmakes the number leaves it unsuggested",
        arguments: [
            "رفض الوزير نزع السلاح من جانب واحد في ظل العقوبات",  // unilaterally
            "لعب المنتخب كفريق واحد طوال المباراة",  // as one team
            "قد تتغير الخطة في لحظة واحدة بلا إنذار",  // in an instant
            "وصلت الطلبات دفعة واحدة إلى المكتب",  // all at once
            "تنتج المحطة سادس فلوريد اليورانيوم المخصب",  // hexafluoride
            "تدرج المادة في المرفقين ألف وباء بالاتفاقية",  // annexes A and B
            "يملك المصرفان ثلاثة أرباع الأصول",  // three quarters
        ])
    func unmade(text: String) throws {
        #expect(try numbers(text).isEmpty)
    }

    @Test("a neighbour that completes the number is read into it")
    func completed() throws {
        #expect(try numbers("أقرتها الجمعية الحادية والثلاثون بعد المائة للاتحاد") == ["131st"])
        #expect(try numbers("تغير العالم في القرن العشرين كثيرا") == ["20th"])
        #expect(try numbers("يريد الزعيمان عقد قمة ثانية قريبا") == ["second"])
    }

    @Test("a fraction alone is written in words, its figures an alternative")
    func fractionInWords() throws {
        let found = try GlossarySuggester(glossary: Glossary()).suggestions(in: "انتظر المسافرون نصف ساعة في المطار")
        #expect(found.map(\.rendering) == ["half"])
        #expect(found.first?.alternatives == ["a half", "0.5"])
        #expect(try numbers("مشى الجنود ربع ميل على الأقدام") == ["a quarter"])
    }

    @Test("the same number words in another neighbourhood are read afresh")
    func sameRunOtherContext() throws {
        let suggester = GlossarySuggester(glossary: Glossary())
        #expect(try numbers("نجا شخص واحد من الحادث", suggester: suggester) == ["one"])
        #expect(try numbers("رفضت الحكومة الانسحاب من جانب واحد", suggester: suggester).isEmpty)
        #expect(try numbers("نجا شخص واحد من الحادث", suggester: suggester) == ["one"])
    }

    @Test("a date in brackets ends at its month, not at the closing bracket")
    func bracketedDate() throws {
        let text = "احتفل العالم باليوم الدولي (9 آب/أغسطس) تحت شعار جديد"
        let found = try GlossarySuggester(glossary: Glossary()).suggestions(in: text).filter { $0.type == "date" }
        #expect(found.map(\.text) == ["9 آب/أغسطس"])
        #expect(found.map(\.rendering) == ["9 August"])
        let paired = try GlossarySuggester(glossary: Glossary()).suggestions(in: "وقع الاتفاق في 9 تموز (يوليو) 2016 في جنيف")
        #expect(paired.filter { $0.type == "date" }.map(\.text) == ["9 تموز (يوليو) 2016"])
    }
}
