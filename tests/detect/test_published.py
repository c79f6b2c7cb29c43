"""Publication dates from datelines and today-phrases, never from dates mentioned in the story."""
import datetime as dt

import pytest

from entente.detect.dates import PartialDate
from entente.detect.published import PublicationDateDetector
from entente.detect.reference import reference_date

CASES = [
    ("it", "Titolo\n\n14 Marzo 2024\n\nIl ministro ha parlato a lungo con i giornalisti della situazione.", "2024-03-14"),
    ("ar", "عنوان\nصحيفة الاختبار - العدد ٥١٢ - ٢١ سبتمبر ٢٠٢٣ - الصفحة ٤\nقال الوزير إن المحادثات مثمرة.", "2023-09-21"),
    ("ar", "عنوان\n\nقال الوزير اليوم الاثنين 3 مارس/آذار 2025 إن المحادثات كانت مثمرة.", "2025-03-03"),
    ("ar", "عنوان\n\n12 تشرين الأول 2023\n\nقال الوزير إن المحادثات كانت مثمرة ومفيدة جدا للطرفين.", "2023-10-12"),
    ("ru", "Заголовок\n\nМосква, 12 июня 2024 года\n\nМинистр провёл переговоры с коллегой.", "2024-06-12"),
    ("fr", "Titre\n\nLe 3 avril 2019, les ministres se sont rencontrés à Genève pour discuter.", None),
    ("it", "Titolo\n\n09 Dicembre 2022 riunione dei ministri a Roma\n\nIl ministro ha parlato.", None),
    ("en", "Headline\n\nThe treaty signed on 4 May 1990 is still in force, officials said.", None),
    ("ko", "제목\n\n(서울=메리디안) 2024년 3월 5일 = 국방부는 이날 훈련 계획을 발표했다.", "2024-03-05"),
    ("ja", "見出し\n\n【東京＝メリディアン】2024年3月5日\u3000防衛省は訓練計画を発表した。", "2024-03-05"),
    ("ja", "見出し\n\n防衛相は2024年3月4日、東京で米国防長官と会談した。", None),
    ("fr", "Titre\n\nLes dirigeants se sont retrouvés ce samedi 10 mai 2025 à Varsovie pour parler de défense.", "2025-05-10"),
    ("pt", "Título\n\nA cúpula termina nesta quinta-feira, 28 de março de 2024, em Brasília.", "2024-03-28"),
    ("fr", "Titre\n\nLe sommet aura lieu samedi 10 mai 2025 à Varsovie, selon la présidence.", None),
    ("ru", "Заголовок\n\nМИНСК, 3 июля 2024. /Меридиан/. Президент провел совещание с военными.", "2024-07-03"),
    ("ur", "سرخی\n\nلاہور، 5 مارچ 2024 (میریڈین) وزیر اعظم نے کابینہ کا اجلاس طلب کیا۔", "2024-03-05"),
    ("zh", "标题\n\n子午线社上海2024年3月5日电　国防部发言人表示，演习将如期举行。", "2024-03-05"),
    ("zh", "标题\n\n国防部2024年3月5日表示，演习将如期举行。", None),
    ("en", "Headline\n\nOn 4 May 2024 (a Saturday) the ministers met in Rome to discuss the plan at length.", None),
    # a wire's time stamp closing a text longer than the lines searched at the top
    ("ko", "제목\n\n" + "국방부는 이날 훈련 계획을 발표했다.\n\n" * 14 + "2024/03/05 10:12 송고", "2024-03-05"),
    ("en", "Headline\n\n" + "The ministry announced the exercise plan.\n\n" * 14 + "2024.03.05 10:12\n© Meridian", "2024-03-05"),
    ("en", "Headline\n\n" + "The ministry announced the exercise plan.\n\n" * 14 + "The next round opens on 2024-03-05 in Geneva, both sides said.", None),
    # a Hijri date and its Gregorian equivalent in the dateline ("... 1446 هـ الموافق 8 ...")
    ("ar", "عنوان\n\nالرياض، الأربعاء 8 رجب 1446 هـ الموافق 8 كانون الثاني/يناير 2025 (وكالة ميريديان) - وقع الوزيران اتفاقاً.",
     "2025-01-08"),
    # a word for "year" before the agency in slashes; two cities before the comma; Japanese wire copy with the date in brackets
    ("ru", "Заголовок\n\nМИНСК, 3 июля 2024 года. /Меридиан/. Президент провел совещание с военными.", "2024-07-03"),
    ("hi", "शीर्षक\n\nनई दिल्ली/इस्लामाबाद, 5 मार्च 2024 (मेरिडियन)। विदेश मंत्री ने बयान जारी किया।", "2024-03-05"),
    ("ja", "見出し\n\n【東京＝メリディアン】（2024年3月5日）防衛省は訓練計画を発表した。", "2024-03-05"),
    # a Hijri dateline alone, converted (18 Sha'ban 1447 = Friday 6 February 2026)
    ("ar", "عنوان\n\nأبوظبي، الجمعة 18 شعبان 1447 هـ (وكالة ميريديان) - استقبل الرئيس الإماراتي وزير الخارجية الهندي.",
     "2026-02-06"),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_publication_date(system, lang, text, expected):
    detector = system.builder._published
    found = detector.detect(text, lang)
    assert (found.date if found else None) == expected


NOW = dt.date(2026, 11, 24)
# A dateline without its year: the text's weekdays fix the year (the latest one not after today and
# not before a year the text names); without such a weekday there is no publication date.
YEARLESS = [
    # "este jueves" makes 10 July a Thursday: 2025, and 2014 before it
    ("es", "Titular\n\nMADRID, 10 Jul. (Meridiana) - Los ministros firmaron este jueves un acuerdo de defensa.", NOW, "2025-07-10"),
    ("es", "Titular\n\nMADRID, 10 Jul. (Meridiana) - Los ministros firmaron este jueves un acuerdo de defensa.",
     dt.date(2025, 7, 9), "2014-07-10"),
    # a weekday named with its day and month: Tuesday 1 July
    ("ru", "Заголовок\n\nМОСКВА, 2 июля. /Меридиан/. Министр, который во вторник, 1 июля, провёл переговоры, выступил.", NOW, "2025-07-02"),
    ("fr", "Titre\n\nPARIS, 12 mars (Méridienne) - Le ministre, arrivé mardi 11 mars à Berlin, a parlé à la presse.", NOW, "2025-03-12"),
    # ... with an article between them: Tuesday 8 July is in 2025
    ("de", "Titel\n\nBERLIN, 10. Juli (Meridian) - Am Dienstag, dem 8. Juli, bestellte das Auswärtige Amt den Botschafter ein.",
     NOW, "2025-07-10"),
    # a year the text names bounds the search: no Thursday 10 July from 2026 back to 2026
    ("es", "Titular\n\nMADRID, 10 Jul. (Meridiana) - Los ministros firmaron este jueves el plan 2026 de defensa.", NOW, None),
    # no weekday to fix the year
    ("it", "Titolo\n\nROMA, 11 lug. (Meridiana) – Il ministro ha firmato ieri l'aggiornamento degli accordi del 2010.", NOW, None),
    # a weekday that is not today's says nothing of the dateline's year
    ("it", "Titolo\n\nROMA, 11 lug. (Meridiana) – Il ministro era arrivato mercoledì a Parigi per i colloqui.", NOW, None),
    # no weekday, but the story is dated within weeks of the dateline in the latest year the text names
    ("ru", "Заголовок\n\nМОСКВА, 1 декабря. /Меридиан/. Казахстан заявил протест. Атака произошла 29 ноября 2025 года, "
           "а договор был подписан в 2010 году.", NOW, "2025-12-01"),
    # a date of that year far from the dateline's day is background, not the story's
    ("ru", "Заголовок\n\nМОСКВА, 1 декабря. /Меридиан/. Казахстан заявил протест. Договор был подписан 3 мая 2024 года.", NOW, None),
]


@pytest.mark.parametrize("lang, text, now, expected", YEARLESS)
def test_publication_year_from_weekdays(system, lang, text, now, expected):
    detector = PublicationDateDetector.from_resources(system.resources, system.folder, system.dates, now)
    found = detector.detect(text, lang)
    assert (found.date if found else None) == expected


def test_a_yearless_dateline_leaves_the_year_unknown(system):
    """The years a story names under a dateline without its year are its background, not its date."""
    text = "Titolo\n\nROMA, 11 lug. (Meridiana) – Il ministro ha firmato ieri l'aggiornamento degli accordi del 2010."
    expressions = system.dates.find(text, "it")
    assert reference_date(None, expressions, text) is None
    undated = "Titolo\n\nIl ministro ha firmato ieri l'aggiornamento degli accordi del 2010."
    assert reference_date(None, system.dates.find(undated, "it"), undated) == PartialDate(2010)
