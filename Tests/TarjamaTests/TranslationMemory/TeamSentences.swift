import Foundation
import Tarjama

/// Sentence pairs written by the Tarjama team for the memory tests, in the desk's news style.
enum TeamSentences {
    static let pairs: [(arabic: String, english: String)] = [
        (
            "وصل وفد الهلال الاحمر الى مدينة حماة صباح اليوم.",
            "A Red Crescent delegation arrived in the city of Hama this morning."
        ),
        (
            "وقال المحافظ ان الطريق بين حلب ودمشق سيفتح امام المسافرين الاسبوع المقبل.",
            "The governor said the road between Aleppo and Damascus would open to travellers next week."
        ),
        (
            "ارسلت الوزارة خمسين حافلة لنقل الطلاب الى الجامعة.",
            "The ministry sent fifty buses to carry students to the university."
        ),
        (
            "دعا اعضاء في مجلس الشعب الى تأهيل الطرق التي تربط إدلب بالرقة.",
            "Members of the People's Assembly called for the rehabilitation of the roads linking Idlib with Raqqa."
        ),
        (
            "نقلت القوافل المساعدات للمسلحين المحاصرين في ريف حماة الشمالي.",
            "The convoys carried aid to the besieged fighters in the northern Hama countryside."
        ),
        (
            "ارتفعت الحركة التجارية في اسواق المدينة بنسبة عشرين بالمئة.",
            "Trade in the city's markets rose by twenty percent."
        ),
    ]

    static func units(document: String = "team") -> [MemoryUnit] {
        pairs.enumerated().map { index, pair in
            MemoryUnit(
                sourceLanguage: "ar", targetLanguage: "en", source: pair.arabic, target: pair.english,
                document: document,
                previousSource: index > 0 ? pairs[index - 1].arabic : nil,
                nextSource: index + 1 < pairs.count ? pairs[index + 1].arabic : nil,
                origin: .aligned)
        }
    }
}

/// UTF-16 slicing for checking reported ranges.
extension String {
    func utf16Slice(_ range: Range<Int>) -> String {
        let units = Array(utf16)[range]
        return String(decoding: units, as: UTF16.self)
    }

    func utf16Range(of word: String) -> Range<Int>? {
        guard let found = range(of: word) else { return nil }
        let start = utf16.distance(from: utf16.startIndex, to: found.lowerBound)
        return start..<start + word.utf16.count
    }
}
