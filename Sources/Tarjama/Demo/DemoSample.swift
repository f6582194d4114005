/// The bundled sample that `tarjama demo` runs on: a short Arabic radio news transcript and its
/// English translation, written by the Tarjama team in the style of a monitoring desk's input.
///
/// Like real transcripts it is hard-wrapped mid-sentence, spells names inconsistently (حماة/حماه,
/// إدلب/ادلب), glues clitics onto names (والرقة, لمجلس), writes numbers out in words, leaves one
/// statement unpunctuated, and asks one question with ؟. The people in it are invented.
public enum DemoSample {
    /// The Arabic transcript, as a UTF-8 file would hold it.
    public static let arabic = """
        أعلنت محافظة حلب صباح اليوم اعادة افتتاح الطريق الدولي بين حلب ودمشق امام حركة
        المسافرين بعد اعمال صيانة استمرت ثلاثة اشهر.
        وقال محافظ حلب عبد الله الخطيب في تصريح لاذاعتنا ان اكثر من الفين وخمسمئة سيارة عبرت الطريق خلال الساعات الاولى.
        من جهتها، ذكرت وكالة سانا ان ورشات الصيانة اعادت تأهيل سبعة عشر جسرا على الطريق في ريف ادلب الشرقي
        وريف حماه الشمالي.
        واضافت الوكالة ان وزارة النقل خصصت مئة وخمسين حافلة لنقل الطلاب والموظفين بين المحافظات مجانا حتى نهاية الشهر

        وفي مدينة حماة اكد رئيس مجلس المدينة د. سامر العلي ان الحركة التجارية في اسواق المدينة ارتفعت بنسبة عشرين بالمئة منذ الصباح.
        ودعا اعضاء في مجلس الشعب الى الاسراع في تأهيل الطرق التي تربط إدلب بالرقة ودير الزور، ولا سيما طريق
        حلب الرقة.
        هل يعود النقل العام الى طبيعته قبل الشتاء؟ المسؤولون في وزارة النقل يقولون ان ذلك مرهون بوصول قطع الغيار.
        وفي ريف حماة الشمالي ارسل الهلال الاحمر العربي السوري اربع قوافل مساعدات الى بلدتي كفرنبودة وقلعة المضيق
        وكالة سانا
        نقلت عن مدير فرع الهلال في حماه ان القوافل حملت تسعمئة سلة غذائية والفا ومئتي بطانية.

        """

    /// The desk's English translation, one line per sentence, paragraphs as in the Arabic.
    public static let english = """
        Aleppo governorate announced this morning that the international highway between Aleppo and Damascus has reopened to travellers after three months of maintenance work.
        Aleppo Governor Abdullah al-Khatib told our radio that more than 2,500 cars had used the road in the first few hours.
        For its part, the SANA news agency said maintenance crews had rehabilitated seventeen bridges on the road in the eastern Idlib countryside and the northern Hama countryside.
        The agency added that the Ministry of Transport had assigned 150 buses to carry students and employees between governorates free of charge until the end of the month.

        In the city of Hama, the head of the city council, Dr. Samer al-Ali, said trade in the city's markets had risen by 20 percent since the morning.
        Members of the People's Assembly called for faster rehabilitation of the roads linking Idlib with Raqqa and Deir ez-Zor, especially the Aleppo–Raqqa road.
        Will public transport return to normal before winter? Officials at the Ministry of Transport say that depends on the arrival of spare parts.
        In the northern Hama countryside, the Syrian Arab Red Crescent sent four aid convoys to the towns of Kafr Nabuda and Qalaat al-Madiq.
        SANA quoted the director of the Red Crescent branch in Hama as saying the convoys carried 900 food baskets and 1,200 blankets.

        """
}
