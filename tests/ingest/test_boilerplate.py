"""Boilerplate removal on articles written for these tests, in several languages."""
import pytest

PARAGRAPHS = {
    "it": ["Il ministro degli Esteri ha incontrato ieri a Roma il suo omologo spagnolo per discutere della crisi.",
           "Al termine dell'incontro le due delegazioni hanno firmato un memorandum sulla cooperazione consolare."],
    "ar": ["التقى وزير الخارجية أمس في عمان نظيره الأردني وبحث معه تطورات الأوضاع في المنطقة.",
           "وأكد الجانبان أهمية تعزيز التعاون الاقتصادي والتجاري بين البلدين الشقيقين."],
    "ru": ["Министр иностранных дел провёл в Ереване переговоры со своим армянским коллегой.",
           "Стороны обсудили вопросы региональной безопасности и транспортного сообщения."],
}
FURNITURE = {
    "it": ["Home", "Politica", "Esteri", "Economia", "EN | FR | IT", "#esteri#roma#diplomazia#spagna",
           "Commenti (2)", "Aggiungi commento", "Fonte: Agenzia di prova"],
    "ar": ["• الرئيسية", "• محليات", "• دوليات", "• رياضة", "العدد 812 - الصفحة 3", "التعليقات", "المصدر: وكالة اختبار"],
    "ru": ["Ru En", "Главная", "Политика", "В мире", "Общество", "Комментарии (0)", "Поделиться", "Фото: архив"],
}


def compose(lang):
    furniture, paragraphs = FURNITURE[lang], PARAGRAPHS[lang]
    head, tail = furniture[: len(furniture) // 2], furniture[len(furniture) // 2:]
    return "\n".join(head + ["", "Titolo di prova" if lang == "it" else "عنوان" if lang == "ar" else "Заголовок", ""]
                     + [p + "\n" for p in paragraphs] + tail)


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_furniture_removed_paragraphs_kept(system, lang):
    clean = system.builder._boilerplate.clean(compose(lang))
    for paragraph in PARAGRAPHS[lang]:
        assert paragraph in clean
    for line in FURNITURE[lang]:
        assert line not in clean.split("\n"), line


def test_headings_between_paragraphs_survive(system):
    text = ("Primo paragrafo abbastanza lungo da essere un vero paragrafo dell'articolo di prova.\n\n"
            "Un titoletto\n\nSecondo paragrafo abbastanza lungo da essere un vero paragrafo anche questo.")
    assert "Un titoletto" in system.builder._boilerplate.clean(text)
