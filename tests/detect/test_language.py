import pytest

from entente.detect.language import LanguageDetector

SENTENCES = {
    "it": "Il ministro degli Esteri ha incontrato ieri il suo omologo per discutere della crisi.",
    "fr": "Le ministre des Affaires étrangères a rencontré hier son homologue pour discuter.",
    "ar": "التقى وزير الخارجية أمس نظيره وبحث معه تطورات الأوضاع في المنطقة.",
    "fa": "وزیر امور خارجه دیروز با همتای خود دیدار و درباره تحولات منطقه گفتگو کرد.",
    "ru": "Министр иностранных дел вчера встретился со своим коллегой и обсудил ситуацию.",
    "en": "The foreign minister met his counterpart yesterday to discuss the crisis.",
    "zh": "外交部长昨天会见了来访的外长，双方就地区局势交换了意见。",
}


@pytest.fixture(scope="module")
def detector():
    return LanguageDetector()


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_language_detected_with_confidence(detector, lang):
    guess = detector.detect(SENTENCES[lang])
    assert guess.lang == lang and guess.confidence > 0.5
