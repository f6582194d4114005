/// The readable romanisation of names, as ICU transliteration rules in two passes.
///
/// Pass 1 works on the Arabic: it doubles a consonant under shadda, drops tanween, sukun and
/// tatweel, and guesses a short "a" where unvocalised text puts consonants together (ترجمان →
/// tarjaman, حلب → halab). Pass 2 writes letters: the article as al- (or assimilated), long
/// vowels from ا و ي, ta marbuta as a or ah, written short vowels when the text has them.
/// The text is expected with a space before and after (the caller adds them) so that the word
/// start and end contexts also match at the ends of the text.
enum NameRomanizationRules {
    static let sunLetters: [(Character, String)] = [
        ("ت", "t"), ("ث", "th"), ("د", "d"), ("ذ", "dh"), ("ر", "r"), ("ز", "z"), ("س", "s"),
        ("ش", "sh"), ("ص", "s"), ("ض", "d"), ("ط", "t"), ("ظ", "z"), ("ل", "l"), ("ن", "n"),
    ]

    static func rules(_ options: NameRomanizationOptions) -> String {
        var article = ""
        if options.assimilatesSunLetters {
            for (letter, latin) in sunLetters {
                article += "$notWord { ال } \(letter) [[:L:][:M:]] > a\(latin)'-' ;\n"
            }
        }
        article += "$notWord { ال } [[:L:]] [[:L:][:M:]] > al'-' ;\n"
        return """
            ::NFC ;
            $C = [ءأإآؤئبتثجحخدذرزسشصضطظعغفقكلمنهپچڤگ] ;
            $notWord = [^[:L:][:M:]] ;
            # Pass 1, on the Arabic.
            ـ > ;
            # Fixed compounds whose vowels no rule can guess.
            $notWord { عبد ' ' الله } $notWord > abdullah ;
            $notWord { عبد } ' ' ال > abd ;
            $notWord { الله } $notWord > allah ;
            # The commonest given names, whose short vowels are not the guessed "a" (محمد is not Mahmad).
            $notWord { محمد } $notWord > muhammad ;
            $notWord { مصطفى } $notWord > mustafa ;
            $notWord { عمر } $notWord > umar ;
            $notWord { عثمان } $notWord > uthman ;
            $notWord { حسين } $notWord > husayn ;
            $notWord { يوسف } $notWord > yusuf ;
            $notWord { سليمان } $notWord > sulayman ;
            $notWord { [اإ]براهيم } $notWord > ibrahim ;
            $notWord { سعيد } $notWord > sa\\'id ;
            $notWord { وليد } $notWord > walid ;
            ($C) ّ > $1 $1 ;
            ($C) ([َُِ]) ّ > $1 $1 $2 ;
            [ًٌٍْ] > ;
            $notWord { ($C) } $C > $1 \\u064E ;
            $C { ($C) } $C > $1 \\u064E ;
            # After a long ā the pattern is usually fāʿil: Khalid, Ramiz, Mahir.
            # (Not the alef that starts a word after the article: al-Asad.)
            $notWord ال ا { ($C) } $C $notWord > $1 \\u064E ;
            $C ا { ($C) } $C $notWord > $1 \\u0650 ;
            [اوي\\u064E-\\u0650] { ($C) } $C $notWord > $1 \\u064E ;
            ::Null ;
            # Pass 2, letters.
            \(article)
            $notWord { و > w ;
            و } [اَُِ] > w ;
            [aiu] { و > w ;
            و > \(options.writesWawAsOu ? "ou" : "u") ;
            $notWord { ي > y ;
            ي } [اَُِو] > y ;
            [aiu] { ي > y ;
            ي > i ;
            # A word-initial hamza carries its own vowel: drop the "a" pass 1 guessed after it.
            $notWord { [أآ] \\u064E > a ;
            $notWord { إ \\u064E > i ;
            $notWord { [أآ] > a ;
            $notWord { إ > i ;
            $notWord { ع > ;
            '-' { ع > ;
            [أؤئء] > \\' ;
            إ > \\'i ;
            آ > \\'a ;
            ع > \\' ;
            ا > a ;
            ى > a ;
            a { ة > \(options.taMarbutaAsAh ? "h" : "") ;
            ة > \(options.taMarbutaAsAh ? "ah" : "a") ;
            ب > b ; ت > t ; ث > th ; ج > j ; ح > h ; خ > kh ; د > d ; ذ > dh ; ر > r ; ز > z ;
            س > s ; ش > sh ; ص > s ; ض > d ; ط > t ; ظ > z ; غ > gh ; ف > f ; ق > q ; ك > k ;
            ل > l ; م > m ; ن > n ; ه > h ; پ > p ; چ > ch ; ڤ > v ; گ > g ;
            َ > a ; ُ > u ; ِ > i ; ٰ > a ;
            ، > ',' ; ؛ > ';' ; ؟ > '?' ;
            """
    }
}
