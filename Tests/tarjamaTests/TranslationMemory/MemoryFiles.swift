import Foundation

/// Test input files for the memory commands, generated from sentences the team wrote.
enum MemoryFiles {
    /// A TMX 1.4b file of `count` distinct units (a team sentence with a running number), in
    /// documents of 20 units each.
    static func tmx(units count: Int) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
            <header creationtool="tarjama-tests" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="ar" datatype="plaintext"/>
            <body>

            """
        text.reserveCapacity(count * 400)
        for index in 0..<count {
            text += """
                <tu tuid="u\(index)"><prop type="x-document">bulletin-\(index / 20)</prop>
                <tuv xml:lang="ar"><seg>\(source(index))</seg></tuv>
                <tuv xml:lang="en"><seg>\(target(index))</seg></tuv></tu>

                """
        }
        return text + "</body>\n</tmx>\n"
    }

    static func source(_ index: Int) -> String {
        let places = ["حماة", "حلب", "إدلب", "الرقة", "دير الزور", "اللاذقية", "طرطوس"]
        return "ارسلت الوزارة \(index) حافلة لنقل الطلاب من \(places[index % places.count]) الى الجامعة في الدفعة \(index / 7)."
    }

    static func target(_ index: Int) -> String {
        let places = ["Hama", "Aleppo", "Idlib", "Raqqa", "Deir ez-Zor", "Latakia", "Tartus"]
        return
            "The ministry sent \(index) buses to carry students from \(places[index % places.count]) to the university in batch \(index / 7)."
    }

    /// A bilingual segment file of team sentences, the second with an empty target.
    static let bilingual = """
        {"id":"news:1","source":"وصل وفد الهلال الاحمر الى مدينة حماة صباح اليوم.","target":"A Red Crescent delegation arrived in Hama this morning.","sourceLang":"ar","targetLang":"en"}
        {"id":"news:2","source":"وقال المحافظ ان الطريق بين حلب ودمشق سيفتح امام المسافرين الاسبوع المقبل.","target":"The governor said the road between Aleppo and Damascus would open next week.","sourceLang":"ar","targetLang":"en"}
        {"id":"news:3","source":"ارسلت الوزارة خمسين حافلة لنقل الطلاب الى الجامعة.","target":"The ministry sent fifty buses to carry students to the university.","sourceLang":"ar","targetLang":"en"}

        """
}
