"""Event extraction as a user sees it: one multilateral event, exact evidence, stable ids."""
import json

from entente.ingest.readers import iter_inputs
from entente.ingest.service import ingest
from entente.ingest.records import RawRecord

MULTILATERAL = ("Defence ministers of Russia, China, India, Iran, Kazakhstan and Pakistan met in Astana on Friday "
                "for a meeting of the Shanghai Cooperation Organisation. The ministers discussed regional security.")


def analyse(system, text, lang="en", published="2024-06-29", doc_id="t"):
    record = RawRecord(source="t", kind="jsonl", doc_id=doc_id, text=text, lang=lang, published=published)
    return system.pipeline(system.builder.build(record))


def test_multilateral_meeting_is_one_event_with_every_participant(system):
    events = [e for e in analyse(system, MULTILATERAL).events if e.category == "CONSULT"]
    assert len(events) == 1
    assert {"RUS", "CHN", "IND", "IRN", "KAZ", "PAK", "SCO"} <= set(events[0].participants)
    assert "multilateral" in events[0].modes and events[0].date == "2024-06-28"
    assert events[0].location.name == "Astana" and events[0].location.lat is not None


def test_evidence_offsets_point_into_the_original(system):
    analysis = analyse(system, MULTILATERAL)
    for event in analysis.events:
        source = event.source
        assert analysis.document.text[source.start:source.end] == source.text


def test_event_ids_are_stable(system):
    first = [e.event_id for e in analyse(system, MULTILATERAL).events]
    second = [e.event_id for e in analyse(system, MULTILATERAL).events]
    assert first == second and len(set(first)) == len(first)


def test_an_act_in_a_relative_clause_has_an_id_of_its_own(system):
    """A visit told in a participle clause and the talks of the main clause are two CONSULT events
    of one clause; the store refuses two events with one id."""
    text = ("Президент Казахстана Касым-Жомарт Токаев, прибывший в Ташкент с визитом в среду, "
            "в четверг провел переговоры с Шавкатом Мирзиёевым.")
    ids = [e.event_id for e in analyse(system, text, lang="ru", published="2025-10-10").events]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_no_date_basis_means_no_date(system):
    (event, *_) = analyse(system, "The foreign ministers of Egypt and Jordan met in Amman.", published=None).events
    assert event.date is None


def test_historical_background_is_marked(system):
    events = analyse(system, "The Shanghai Cooperation Organisation was founded in 2001 by China and Russia, "
                             "which signed its charter.", published="2024-06-29").events
    assert events and all(e.historical and e.date == "2001" for e in events)


def test_a_day_earlier_counts_from_the_date_the_story_gave(system):
    text = ("The foreign ministers of Egypt and Jordan met in Amman on Tuesday. "
            "A day earlier, the Egyptian minister held talks with his Saudi counterpart in Riyadh.")
    events = analyse(system, text, published="2024-03-08").events
    dates = {tuple(sorted(e.participants)): e.date for e in events if e.category == "CONSULT"}
    assert dates[("EGY", "JOR")] == "2024-03-05" and dates[("EGY", "SAU")] == "2024-03-04"


def test_the_day_before_with_no_date_in_the_story_counts_from_publication(system):
    (event, *_) = analyse(system, "La veille, le ministre français a rencontré son homologue italien à Rome.",
                          lang="fr", published="2024-03-08").events
    assert event.date == "2024-03-07"


def test_condemning_an_attack_accuses_the_attacker(system):
    text = "Egypt on Monday condemned the Israeli strikes on southern Lebanon."
    accusations = [e for e in analyse(system, text).events if e.category == "ACCUSE"]
    assert accusations and "ISR" in accusations[0].participants and "EGY" in {a.code for a in accusations[0].actors}


def test_the_council_of_an_article_about_the_gcc_is_the_gcc(system):
    text = ("اجتمع وزراء خارجية مجلس التعاون لدول الخليج العربية في الدوحة. "
            "وأدان المجلس في بيانه الختامي الهجمات على ناقلات النفط.")
    analysis = analyse(system, text, lang="ar")
    councils = [m for m in analysis.mentions if m.text == "المجلس"]
    assert councils and councils[0].entity_id == "igo:GCC"


def test_where_a_visitor_came_from_takes_no_part(system):
    text = "Arriving from Kenya on Monday, the Chinese foreign minister met his Egyptian counterpart in Cairo."
    (event, *_) = [e for e in analyse(system, text).events if e.category == "CONSULT"]
    assert set(event.participants) == {"CHN", "EGY"}


def test_a_passive_names_its_agent_after_by(system):
    text = "The Chinese foreign minister was received on Wednesday by the President of Egypt."
    (event, *_) = [e for e in analyse(system, text).events if e.category == "CONSULT"]
    assert [a.code for a in event.actors] == ["CHN"] and [r.code for r in event.recipients] == ["EGY"]
    (accusation, *_) = analyse(system, "Russia was accused by Ukraine of shelling the plant.").events
    assert [a.code for a in accusation.actors] == ["UKR"] and [r.code for r in accusation.recipients] == ["RUS"]


def test_reports_after_an_undated_lead_take_the_day_the_lead_named(system):
    text = ("The foreign ministers of the Arab League gathered in Cairo on Sunday for their regular session.\n\n"
            "The ministers condemned the Israeli strikes on Syria.")
    (accusation, *_) = [e for e in analyse(system, text, published="2025-03-11").events if e.category == "ACCUSE"]
    assert accusation.date == "2025-03-09"


def test_a_phone_call_is_never_a_visit(system):
    text = "RIYADH, March 8 – The Saudi foreign minister received a phone call from his Iranian counterpart on Saturday."
    (call, *_) = [e for e in analyse(system, text, published="2025-03-08").events if e.category == "CONSULT"]
    assert "phone" in call.modes and "visit" not in call.modes


def test_a_state_named_as_the_venue_is_not_a_party(system):
    text = "The foreign ministers of Egypt and Jordan met in Turkey on Monday to discuss the war in Sudan."
    (meeting, *_) = [e for e in analyse(system, text).events if e.category == "CONSULT"]
    assert set(meeting.participants) == {"EGY", "JOR"} and "multilateral" not in meeting.modes


def test_a_state_named_beside_the_place_of_a_meeting_only_says_where_it_is(system):
    text = "石破茂首相は17日、カナダ西部のバンクーバーで、韓国の李在明大統領と会談した。"
    (meeting,) = [e for e in analyse(system, text, "ja", "2025-06-19").events if e.category == "CONSULT"]
    assert set(meeting.participants) == {"JPN", "KOR"} and meeting.location.name == "Vancouver"


def test_a_capital_before_a_postposition_of_place_is_where_not_who(system):
    text = "岸田文雄首相は26日、ソウル市内で中国の李強首相と会談した。"
    (meeting,) = [e for e in analyse(system, text, "ja", "2024-05-28").events if e.category == "CONSULT"]
    assert set(meeting.participants) == {"JPN", "CHN"} and meeting.location.name == "Seoul"


def test_without_a_publication_date_later_days_of_the_text_stay_in_its_year(system):
    text = ("El 2 de septiembre de 2025 la Armada de Estados Unidos atacó una lancha frente a Venezuela. "
            "Marco Rubio se reunió el miércoles 3 de septiembre con Claudia Sheinbaum en México.")
    (meeting,) = [e for e in analyse(system, text, "es", None).events if e.category == "CONSULT"]
    assert meeting.date == "2025-09-03"


def test_a_date_restated_in_brackets_for_another_time_zone_is_not_the_date(system):
    for lang, text in [("ja", "石破茂首相は17日（日本時間18日）、韓国の李在明大統領と会談した。"),
                       ("en", "Shigeru Ishiba met Lee Jae-myung on June 17 (June 18, Tokyo time) in Vancouver.")]:
        (meeting,) = [e for e in analyse(system, text, lang, "2025-06-19").events if e.category == "CONSULT"]
        assert meeting.date == "2025-06-17", lang


def test_an_undated_lead_happened_on_the_day_the_next_sentence_names(system):
    lead = "Germany has delivered two more air defence systems to Ukraine."
    text = f"{lead} Defence Minister Boris Pistorius announced the delivery on Monday in Berlin."
    (delivery,) = [e for e in analyse(system, text, published="2025-06-19").events if e.category == "AID"]
    assert delivery.date == "2025-06-16"
    (alone,) = [e for e in analyse(system, lead, published="2025-06-19").events if e.category == "AID"]
    assert alone.date == "2025-06-19"


def test_a_side_meeting_stays_apart_from_the_meeting_it_was_held_beside(system):
    text = ("The foreign ministers of Russia, Brazil, China and India met in Rio de Janeiro on Monday. "
            "On the sidelines of the meeting, the Russian minister met his Brazilian counterpart.")
    meetings = [set(e.participants) for e in analyse(system, text).events if e.category == "CONSULT"]
    assert len(meetings) == 2 and {"BRA", "RUS"} in meetings and {"BRA", "CHN", "IND", "RUS"} in meetings


def test_attacks_a_meeting_discussed_are_its_topic_not_events(system):
    text = "The defence ministers of Egypt and Jordan met in Amman on Monday to discuss the attacks on shipping by Yemen."
    categories = {e.category for e in analyse(system, text).events}
    assert "CONSULT" in categories and "ASSAULT" not in categories


def test_a_report_about_other_parties_returns_to_the_day_of_the_lead(system):
    text = ("The defence ministers of the SCO met in Qingdao on Thursday.\n\n"
            "On Wednesday, the Russian minister held talks with his Chinese counterpart.\n\n"
            "The Iranian minister accused Israel of attacking his country.")
    events = analyse(system, text, published="2025-06-27").events
    (accusation, *_) = [e for e in events if e.category == "ACCUSE"]
    assert accusation.date == "2025-06-26"


def test_a_separable_verb_counts_only_when_its_particle_closes_the_clause(system):
    accused = analyse(system, "Polen warf Russland am Montag vor, Sabotage zu planen.", lang="de").events
    assert [(e.category, [a.code for a in e.actors], [r.code for r in e.recipients]) for e in accused] == [
        ("ACCUSE", ["POL"], ["RUS"])]
    glance = analyse(system, "Polen warf vor dem Treffen mit Russland einen Blick auf die Karte.", lang="de").events
    assert "ACCUSE" not in {e.category for e in glance}


def test_one_verb_two_particles_two_meanings(system):
    (expelled,) = analyse(system, "Polen wies zwei Diplomaten Russlands aus.", lang="de").events
    assert expelled.category == "SANCTION" and "expel" in expelled.modes
    rejected = analyse(system, "Polen wies die Forderung Russlands zurück.", lang="de").events
    assert [e.category for e in rejected] == ["REJECT"]


def test_context_words_that_only_gate_triggers_are_not_plover_contexts(system):
    lexicon = system.event_lexicons.get("de")
    assert lexicon.plover_contexts and "military" in lexicon.plover_contexts
    for event in analyse(system, "Polen lieferte der Ukraine Panzer und Munition.", lang="de").events:
        assert set(event.contexts) <= lexicon.plover_contexts


def test_a_capital_after_a_directed_act_receives_it_but_is_not_where_it_happened(system):
    text = "Lo ha annunciato ieri a Roma il ministro. L'Italia consegnerà a Kiev nuovi missili per la difesa aerea."
    (promise,) = [e for e in analyse(system, text, lang="it").events if e.category == "AGREE"]
    assert [a.code for a in promise.actors] == ["ITA"] and [r.code for r in promise.recipients] == ["UKR"]
    assert promise.location is None or promise.location.name != "Kyiv"


def test_a_refusal_at_a_meeting_is_addressed_to_its_organisation(system):
    text = ("Defence ministers of the Collective Security Treaty Organization met in Minsk on Monday. "
            "Ministers of Russia, Belarus, Kazakhstan and Armenia sat at the table. "
            "The session closed after Armenia refused to sign the final document.")
    (refusal,) = [e for e in analyse(system, text, published="2024-06-11").events if e.category == "REJECT"]
    assert [a.code for a in refusal.actors] == ["ARM"] and [r.code for r in refusal.recipients] == ["CSTO"]


def test_what_a_meeting_ended_without_did_not_happen(system):
    text = "The foreign ministers of Egypt and Jordan met in Amman on Monday and parted without a joint statement."
    assert "SUPPORT" not in {e.category for e in analyse(system, text).events}


def test_a_verb_opening_an_arabic_clause_has_its_subject_after_it(system):
    text = "اجتمع وزيرا خارجية السعودية والإمارات في الرياض يوم الأحد، بعد أن اتهمت إيران الولايات المتحدة بالتصعيد."
    (accusation,) = [e for e in analyse(system, text, lang="ar").events if e.category == "ACCUSE"]
    assert [a.code for a in accusation.actors] == ["IRN"] and [r.code for r in accusation.recipients] == ["USA"]
    svo = "إيران اتهمت الولايات المتحدة بالتصعيد يوم الأحد."
    (accusation,) = [e for e in analyse(system, svo, lang="ar").events if e.category == "ACCUSE"]
    assert [a.code for a in accusation.actors] == ["IRN"] and [r.code for r in accusation.recipients] == ["USA"]


def test_a_date_in_a_subordinate_clause_dates_what_it_reports(system):
    text = ("Manila accused China on Thursday of reckless conduct. "
            "The Philippines also accused China after its coast guard blocked a supply boat last Saturday.")
    accusations = [e for e in analyse(system, text, published="2024-07-12").events if e.category == "ACCUSE"]
    assert accusations and all(e.date == "2024-07-11" for e in accusations)


def test_an_organisation_and_its_members_at_one_meeting_are_one_event(system):
    text = ("The defence ministers of the Collective Security Treaty Organization met in Bishkek on Tuesday "
            "and approved a plan for joint training. "
            "At the session, the ministers of Russia, Belarus, Kazakhstan and Tajikistan discussed air defence.")
    events = analyse(system, text, published="2025-05-28").events
    (meeting,) = [e for e in events if e.category == "CONSULT"]
    assert set(meeting.participants) == {"CSTO", "RUS", "BLR", "KAZ", "TJK"}
    (plan,) = [e for e in events if e.category == "AGREE"]
    assert set(plan.participants) == set(meeting.participants) and plan.date == meeting.date == "2025-05-27"


def test_a_headline_and_the_meeting_it_names_are_one_event_and_its_statement_is_everyones(system):
    text = ("Kazakhstan and CSTO partners hold defence meeting\n\n"
            "Kazakhstan chaired a meeting of the defence ministers of the Collective Security Treaty Organization "
            "in Astana on Tuesday. The ministers of Russia, Belarus, Armenia, Kyrgyzstan and Tajikistan attended "
            "the meeting. Russia, Belarus, Kyrgyzstan and Tajikistan adopted a joint statement on air defence.")
    events = analyse(system, text, published="2025-05-28").events
    (meeting,) = [e for e in events if e.category == "CONSULT"]
    assert set(meeting.participants) == {"CSTO", "KAZ", "RUS", "BLR", "ARM", "KGZ", "TJK"}
    (statement,) = [e for e in events if e.category in ("SUPPORT", "AGREE")]
    assert set(statement.participants) == set(meeting.participants) and statement.date == "2025-05-27"


def test_two_parties_signing_on_a_meetings_day_keep_their_own_deal(system):
    text = ("The defence ministers of Russia, Belarus, Kazakhstan and Tajikistan met in Minsk on Tuesday. "
            "On the sidelines, Russia and Belarus signed a plan of military cooperation.")
    events = analyse(system, text, published="2025-05-28").events
    (deal,) = [e for e in events if e.category == "AGREE"]
    assert set(deal.participants) == {"RUS", "BLR"}


def test_a_year_alone_dates_only_what_happened_before_the_year_of_publication(system):
    past = analyse(system, "In 1998 Russia and Kazakhstan signed a treaty on military cooperation.",
                   published="2025-03-12").events
    assert [(e.category, e.date, e.date_precision) for e in past] == [("AGREE", "1998", "year")]
    planned = analyse(system, "On Tuesday Italy and Japan agreed to hold joint naval exercises in 2026.",
                      published="2025-03-13").events
    assert [e.date for e in planned if e.category == "AGREE"] == ["2025-03-11"]
    named = analyse(system, "Russia and China reaffirmed the 2001 treaty on Monday.", published="2025-03-13").events
    assert [e.date for e in named] == ["2025-03-10"]


def test_and_a_new_date_open_a_second_meeting_in_one_sentence(system):
    text = "Trump met Erdogan on Tuesday evening, and on Wednesday he held talks with Ukrainian President Volodymyr Zelensky."
    meetings = [(sorted(e.participants), e.date) for e in analyse(system, text, published="2025-06-26").events
                if e.category == "CONSULT"]
    assert sorted(meetings) == [(["TUR", "USA"], "2025-06-24"), (["UKR", "USA"], "2025-06-25")]
    one = analyse(system, "Crosetto received on Tuesday his British and Japanese counterparts for trilateral talks.",
                  published="2025-06-26").events
    assert len([e for e in one if e.category == "CONSULT"]) == 1


def test_a_meeting_with_someone_on_the_sidelines_runs_around_the_phrase(system):
    for lang, text in [
        ("en", "On Wednesday Volodymyr Zelensky met on the sidelines of the NATO summit in The Hague with "
               "US President Donald Trump."),
        ("fr", "Mercredi, Volodymyr Zelensky s'est entretenu en marge du sommet de l'OTAN à La Haye avec le "
               "président américain Donald Trump."),
    ]:
        meetings = {tuple(sorted(set(e.participants))): e for e in analyse(system, text, lang, "2025-06-26").events
                    if e.category == "CONSULT"}
        assert set(meetings) == {("UKR", "USA"), ("NATO",)}, lang
        assert "multilateral" not in meetings[("UKR", "USA")].modes


def test_a_declaration_that_condemns_speaks_for_the_organisation_that_met(system):
    text = ("The SCO summit was held in Tianjin on Monday. The leaders signed a declaration. "
            "The declaration strongly condemned the Israeli and US strikes on Iran.")
    (accusation,) = [e for e in analyse(system, text, published="2025-09-02").events if e.category == "ACCUSE"]
    assert [a.code for a in accusation.actors] == ["SCO"]
    assert {"ISR", "USA"} <= {r.code for r in accusation.recipients} and accusation.date == "2025-09-01"


def test_condemned_strikes_on_a_state_accuse_their_authors_not_their_target(system):
    meeting = {"ur": "شنگھائی تعاون تنظیم کا اجلاس پیر کو تیانجن میں ہوا۔ ", "zh": "上海合作组织峰会1日在天津举行。"}
    for lang, text in [("ur", "اعلامیے میں جون میں ایران پر اسرائیل اور امریکہ کے فوجی حملوں کو بین الاقوامی قانون کی "
                              "خلاف ورزی قرار دیتے ہوئے ان کی بھی مذمت کی گئی۔"),
                       ("zh", "宣言强烈谴责今年6月以色列和美国对伊朗发动的军事打击。")]:
        events = analyse(system, meeting[lang] + text, lang, "2025-09-02").events
        (accusation,) = [e for e in events if e.category == "ACCUSE"]
        assert [a.code for a in accusation.actors] == ["SCO"], lang
        assert {r.code for r in accusation.recipients} == {"ISR", "USA"}, lang
        (strikes,) = [e for e in events if e.category == "ASSAULT"]
        assert {a.code for a in strikes.actors} == {"ISR", "USA"} and [r.code for r in strikes.recipients] == ["IRN"], lang


def test_the_office_alone_refers_back_to_the_person_who_holds_it(system):
    for lang, text in [
        ("en", "Prime Minister Narendra Modi arrived in Tianjin on Sunday. The prime minister met Chinese President "
               "Xi Jinping on Sunday."),
        ("ur", "وزیراعظم محمد شہباز شریف نے اتوار کو بیجنگ میں ملاقاتیں کیں۔ وزیراعظم نے ترکیہ کے صدر رجب طیب اردوان "
               "سے ملاقات کی۔"),
    ]:
        analysis = analyse(system, text, lang, "2025-09-01")
        referring = [m for m in analysis.mentions if m.reason and m.reason.startswith("refers back")]
        assert len(referring) == 1, lang
        pairs = [set(e.participants) for e in analysis.events if e.category == "CONSULT"]
        assert {"IND", "CHN"} in pairs or {"PAK", "TUR"} in pairs, lang
    named = analyse(system, "Narendra Modi met Xi Jinping. The Russian president later called Modi.", "en", "2025-09-01")
    assert not [m for m in named.mentions if m.reason and m.reason.startswith("refers back")]


def test_the_press_names_its_own_states_institutions_without_the_state(system):
    text = "러시아 외교부는 미국을 비난했다. 외교부는 북한의 미사일 발사를 규탄했다."
    accusations = [e for e in analyse(system, text, "ko", "2025-06-18").events if e.category == "ACCUSE"]
    assert [[a.code for a in e.actors] for e in accusations] == [["RUS"], ["KOR"]]
    assert [sorted(e.participants) for e in accusations] == [["RUS", "USA"], ["KOR", "PRK"]]


def test_the_source_of_a_report_takes_no_part_in_what_it_reports(system):
    for lang, text in [("pt", "Segundo o Kremlin, Lula recebeu Emmanuel Macron em Brasília na segunda-feira."),
                       ("en", "Lula received Emmanuel Macron in Brasília on Monday, a Kremlin spokesman said.")]:
        (visit,) = [e for e in analyse(system, text, lang, "2025-04-29").events if e.category == "CONSULT"]
        assert set(visit.participants) == {"BRA", "FRA"}, lang


def test_a_ceasefire_asked_for_or_agreed_is_the_object_not_a_withdrawal(system):
    text = "Turkey urged Russia and Ukraine on Friday to agree on a ceasefire. Russia withdrew its troops from Georgia."
    events = analyse(system, text, published="2025-05-17").events
    assert [e.category for e in events if e.source.start == 0] == ["REQUEST"]
    (withdrawal,) = [e for e in events if e.category == "RETREAT"]
    assert withdrawal.source.start > 0 and "RUS" in withdrawal.participants
    text = "Germany and Lithuania agreed on Monday on the deployment of a brigade. Germany deployed troops to Lithuania."
    events = analyse(system, text, published="2025-05-22").events
    assert [e.category for e in events if e.source.start == 0] == ["AGREE"]
    assert [e.category for e in events if e.source.start > 0] == ["MOBILIZE"]


def test_a_family_name_before_a_title_is_the_official_named_in_full(system):
    text = "윤석열 대통령은 26일 서울에서 회의를 주재했다. 윤 대통령은 27일 리창 중국 총리와 회담했다. 리 총리는 만족을 표했다."
    analysis = analyse(system, text, "ko", "2024-05-28")
    families = {m.text: analysis.entities[m.entity_id].name for m in analysis.mentions if m.text in ("윤", "리")}
    assert families == {"윤": "Yoon Suk Yeol", "리": "Li Qiang"}
    (talks,) = [e for e in analysis.events if e.category == "CONSULT"]
    assert set(talks.participants) == {"KOR", "CHN"} and talks.date == "2024-05-27"


def test_an_office_named_alone_after_two_of_its_holders_refers_to_neither(system):
    text = "President Joe Biden met South Korean President Yoon Suk Yeol on Monday. The president urged North Korea to stop."
    analysis = analyse(system, text, "en", "2023-08-22")
    assert not [m for m in analysis.mentions if m.reason and m.reason.startswith("refers back")]


def test_the_two_presidents_are_both_parties_not_the_last_president_named(system):
    text = ("مسعود پزشکیان رئیس‌جمهور ایران و ولادیمیر پوتین رئیس‌جمهور روسیه روز جمعه در مسکو پیمان را امضا کردند. "
            "دو رئیس‌جمهور پیش از امضای این سند با یکدیگر گفت‌وگو کردند.")
    analysis = analyse(system, text, "fa", "2025-01-18")
    assert not [m for m in analysis.mentions if m.reason and m.reason.startswith("refers back")]
    (talks,) = [e for e in analysis.events if e.category == "CONSULT"]
    assert set(talks.participants) == {"IRN", "RUS"} and talks.date == "2025-01-17"


def test_a_summit_that_only_says_when_another_act_happened_is_not_an_event(system):
    for lang, text in [("en", "On Thursday Trump threatened Spain with tariffs after the NATO summit."),
                       ("es", "El jueves Trump amenazó a España con aranceles tras la cumbre de la OTAN."),
                       ("fr", "Jeudi, Trump a menacé l'Espagne de droits de douane après le sommet de l'OTAN.")]:
        categories = [e.category for e in analyse(system, text, lang, "2025-06-27").events]
        assert categories == ["THREATEN"], (lang, categories)


TITLED = ("Italy, Britain and Japan sign fighter declaration in Rome\n\n"
          "ROME - The defence ministers of Italy, Britain and Japan signed a declaration on the fighter "
          "programme in Rome on Wednesday. On the sidelines, the Japanese and Italian ministers agreed "
          "to start joint naval exercises.")


def test_a_title_that_retells_the_body_adds_no_event_and_the_body_keeps_its_date(system):
    events = analyse(system, TITLED, published="2025-03-13").events
    assert not [e for e in events if e.headline]
    assert all(e.date == "2025-03-12" for e in events), [(e.category, e.date) for e in events]


def test_what_was_put_off_or_called_off_did_not_happen(system):
    for lang, text in [("en", "The defence minister's visit to Washington, where he was to meet Lloyd Austin, was postponed."),
                       ("es", "La visita del ministro israelí a Washington fue aplazada por orden del primer ministro.")]:
        assert not [e for e in analyse(system, text, lang, "2024-10-14").events if e.category in ("CONSULT", "AGREE")], lang


def test_a_relative_clause_tells_background_and_leaves_the_main_verb_its_event(system):
    for lang, text in [
        ("en", "Russia and Kazakhstan, which signed a defence pact in 2023, agreed to hold joint exercises."),
        ("fr", "La Russie et le Kazakhstan, qui ont signé un pacte de défense en 2023, ont convenu d'organiser "
               "des exercices conjoints."),
    ]:
        agreements = sorted(e.date for e in analyse(system, text, lang, "2025-06-26").events if e.category == "AGREE")
        assert agreements == ["2023", "2025-06-26"], (lang, agreements)


def test_what_is_still_to_take_place_is_not_an_event(system):
    summit = analyse(system, "La cumbre de la OTAN se celebrará en junio en La Haya.", lang="es").events
    assert not [e for e in summit if e.category == "CONSULT"]
    held = analyse(system, "Los ministros de España y Ucrania se reunieron el lunes en Madrid, y Ucrania pidió "
                           "nuevos misiles; la próxima reunión se celebrará en Kiev.", lang="es").events
    assert [e.category for e in held if e.category == "CONSULT"] == ["CONSULT"]


def test_talks_on_the_sidelines_of_a_three_party_visit_are_their_own_event(system):
    text = ("Italy's defence minister received his British and Japanese counterparts in Rome on Wednesday. "
            "On the sidelines of the meeting, the Japanese minister held talks with the Italian minister.")
    meetings = [sorted(e.participants) for e in analyse(system, text, published="2025-03-13").events
                if e.category == "CONSULT"]
    assert sorted(meetings) == [["GBR", "ITA", "JPN"], ["ITA", "JPN"]]


def test_what_a_request_asks_for_is_not_an_event_and_its_target_is_no_recipient(system):
    events = analyse(system, "Lithuania urged the EU on Monday to tighten sanctions against Belarus.").events
    assert [e.category for e in events] == ["REQUEST"]
    (request,) = events
    assert [a.code for a in request.actors] == ["LTU"] and [r.code for r in request.recipients] == ["EU"]
    assert set(request.participants) == {"LTU", "EU", "BLR"}


def test_a_meeting_named_to_date_the_next_one_is_not_that_meeting(system):
    text = ("राजनाथ सिंह ने मंगलवार को मॉस्को में रूस के रक्षा मंत्री आंद्रेई बेलौसोव के साथ बैठक की। "
            "बैठक के बाद राष्ट्रपति व्लादिमीर पुतिन ने क्रेमलिन में राजनाथ सिंह से मुलाकात की।")
    meetings = [e for e in analyse(system, text, lang="hi", published="2024-12-11").events if e.category == "CONSULT"]
    assert len(meetings) == 2
    (kremlin,) = [e for e in meetings if "Vladimir Putin" in e.persons]
    assert kremlin.trigger == "मुलाकात"  # the meeting it reports, not the one it is dated by


def test_places_in_hangul_devanagari_and_hebrew_and_after_their_postposition(system):
    cases = [("ko", "한국과 러시아 국방장관은 지난 1일 블라디보스토크에서 회담했다.", "Vladivostok"),
             ("hi", "भारत और फ्रांस के रक्षा मंत्रियों ने मंगलवार को मुंबई में बातचीत की।", "Mumbai"),
             ("he", "שר הביטחון של ישראל נפגש אתמול בחיפה עם שר ההגנה של גרמניה.", "Haifa")]
    for lang, text, place in cases:
        (meeting,) = [e for e in analyse(system, text, lang=lang, published="2024-06-05").events if e.category == "CONSULT"]
        assert meeting.location is not None and meeting.location.name == place, (lang, meeting.location)


def test_the_day_a_report_was_given_does_not_date_what_it_reports(system):
    text = ("The defence ministers of Russia and Belarus met in Minsk on Wednesday. "
            "Russia and Belarus signed an agreement on air defence there, the ministry said on Friday.")
    events = analyse(system, text, published="2024-06-08").events
    (agreement,) = [e for e in events if e.category == "AGREE"]
    assert agreement.date == "2024-06-05"
    (sanctions,) = analyse(system, "Britain announced new sanctions against Iran on Monday.", published="2024-04-19").events
    assert sanctions.date == "2024-04-15"  # the announcement is the act itself


def test_a_reply_by_one_side_of_a_dispute_is_addressed_to_the_other(system):
    text = ("The Dutch foreign ministry summoned Venezuela's ambassador on Monday over the detention of two sailors. "
            "Caracas denied the charges on Tuesday.")
    events = analyse(system, text, published="2024-03-06").events
    (denial,) = [e for e in events if e.category == "REJECT"]
    assert [a.code for a in denial.actors] == ["VEN"] and [r.code for r in denial.recipients] == ["NLD"]
    text = "Chile and Peru held talks in Lima on Monday. Bolivia rejected the plan on Tuesday."
    assert not [e for e in analyse(system, text, published="2024-03-06").events if e.category == "REJECT"]


def test_a_launch_with_no_target_is_a_show_of_force_and_with_one_an_attack(system):
    cases = [("en", "North Korea fired two ballistic missiles into the sea on Monday."),
             ("ja", "北朝鮮は3日、弾道ミサイルを発射した。"),
             ("es", "Corea del Norte lanzó un misil balístico el lunes.")]
    for lang, text in cases:
        (launch,) = analyse(system, text, lang=lang, published="2024-06-04").events
        assert (launch.category, launch.modes, launch.participants) == ("MOBILIZE", ["weapons"], ["PRK"]), lang
    (strike,) = analyse(system, "Iran fired dozens of missiles at Israel on Tuesday.", published="2024-06-05").events
    assert strike.category == "ASSAULT" and [a.code for a in strike.actors] == ["IRN"]
    assert [r.code for r in strike.recipients] == ["ISR"]


def test_a_launch_on_the_day_of_a_summit_is_not_an_act_of_the_summit(system):
    text = ("Leaders of China, Japan and South Korea met in Seoul on Monday. "
            "North Korea fired a ballistic missile on Monday.")
    events = analyse(system, text, published="2024-06-04").events
    (launch,) = [e for e in events if e.category == "MOBILIZE"]
    assert launch.participants == ["PRK"]


def test_the_city_of_a_bracketed_wire_dateline_is_where_not_who(system):
    text = "【ソウル＝共同】2024年6月4日　北朝鮮は3日、弾道ミサイルを発射した。"
    (launch,) = analyse(system, text, lang="ja", published="2024-06-04").events
    assert launch.participants == ["PRK"] and launch.location.name == "Seoul"


def test_meetings_held_separately_are_one_event_per_counterpart(system):
    cases = [("en", "In Beijing, Brazil's foreign minister held separate talks with the foreign ministers of China and Russia on Monday."),
             ("zh", "巴西外长3日在北京分别会见了中国外长和俄罗斯外长。"),
             ("ur", "برازیل کے وزیر خارجہ نے پیر کو بیجنگ میں چین اور روس کے وزرائے خارجہ سے الگ الگ ملاقاتیں کیں۔")]
    for lang, text in cases:
        meetings = [e for e in analyse(system, text, lang=lang, published="2024-06-04").events if e.category == "CONSULT"]
        assert sorted(e.participants for e in meetings) == [["BRA", "CHN"], ["BRA", "RUS"]], lang
        assert len({e.event_id for e in meetings}) == 2
    together = "Brazil's foreign minister held talks with the foreign ministers of China and Russia on Monday."
    (meeting,) = [e for e in analyse(system, together, published="2024-06-04").events if e.category == "CONSULT"]
    assert meeting.participants == ["BRA", "CHN", "RUS"]


def test_calling_an_act_a_provocation_accuses_and_a_plain_name_does_not(system):
    cases = [("en", "Poland's foreign minister called Russia's drone incursion a deliberate provocation on Wednesday."),
             ("ru", "Министр иностранных дел Польши в среду назвал вторжение российских дронов провокацией."),
             ("pl", "Szef MSZ Polski nazwał w środę wtargnięcie rosyjskich dronów prowokacją.")]
    for lang, text in cases:
        (accusation,) = [e for e in analyse(system, text, lang=lang, published="2025-09-11").events if e.category == "ACCUSE"]
        assert [a.code for a in accusation.actors] == ["POL"] and [r.code for r in accusation.recipients] == ["RUS"], lang
    text = "Poland's foreign minister called Russia's ambassador to the ministry on Wednesday."
    assert not [e for e in analyse(system, text, published="2025-09-11").events if e.category == "ACCUSE"]


def test_an_organisation_named_as_the_author_of_a_document_takes_no_part(system):
    text = "South Korea condemned North Korea's launch as a violation of UN Security Council resolutions on Monday."
    (accusation,) = [e for e in analyse(system, text, published="2024-06-04").events if e.category == "ACCUSE"]
    assert accusation.participants == ["KOR", "PRK"]
    text = "أدانت كوريا الجنوبية يوم الاثنين إطلاق كوريا الشمالية صاروخا باليستيا في انتهاك لقرارات مجلس الأمن الدولي."
    (accusation,) = [e for e in analyse(system, text, lang="ar", published="2024-06-04").events if e.category == "ACCUSE"]
    assert accusation.participants == ["KOR", "PRK"]
    text = "اعتمد وزراء خارجية مجلس التعاون الخليجي قرارا بشأن أمن الملاحة خلال اجتماعهم في الرياض."
    (adoption,) = [e for e in analyse(system, text, lang="ar", published="2024-06-04").events if e.category == "AGREE"]
    assert adoption.participants == ["GCC"]
    text = "The UN Security Council adopted a resolution on Haiti on Monday, with the backing of Panama."
    (adoption,) = [e for e in analyse(system, text, published="2024-06-04").events if e.category == "AGREE"]
    assert "UN" in adoption.participants


def test_a_condemnation_naming_no_one_answers_the_last_attack_or_launch(system):
    text = ("North Korea fired a ballistic missile into the sea on Monday. "
            "The South Korean military condemned it as a grave provocation.")
    (accusation,) = [e for e in analyse(system, text, published="2024-06-04").events if e.category == "ACCUSE"]
    assert [a.code for a in accusation.actors] == ["KOR"] and [r.code for r in accusation.recipients] == ["PRK"]


def test_an_organisation_urging_the_two_neighbours_addresses_the_last_pair(system):
    text = ("Indian and Chinese troops clashed on the border on Monday. "
            "On Tuesday the United Nations called on the two neighbours to show restraint.")
    (request,) = [e for e in analyse(system, text, published="2024-06-05").events if e.category == "REQUEST"]
    assert [a.code for a in request.actors] == ["UN"] and {r.code for r in request.recipients} == {"CHN", "IND"}


def test_a_threat_after_a_comma_and_a_new_subject_is_not_what_a_meeting_discussed(system):
    text = ("Lloyd Austin spoke by phone with Sergei Shoigu on Wednesday, "
            "and Shoigu warned that Russia would respond to any provocation.")
    events = analyse(system, text, published="2023-03-16").events
    assert {"CONSULT", "THREATEN"} <= {e.category for e in events}
    text = "Lloyd Austin and Sergei Shoigu spoke by phone on Wednesday about the threats to shipping."
    assert [e.category for e in analyse(system, text, published="2023-03-16").events] == ["CONSULT"]


def test_a_meeting_word_inside_an_interview_is_no_meeting(system):
    cases = [("fr", "Le président sénégalais a affirmé jeudi, dans un entretien accordé à un quotidien français, que les bases françaises devaient partir."),
             ("ar", "قال وزير الخارجية المصري في مقابلة مع قناة سعودية يوم الخميس إن بلاده ترفض أي وجود عسكري إسرائيلي في غزة.")]
    for lang, text in cases:
        events = analyse(system, text, lang=lang, published="2024-11-29").events
        assert not [e for e in events if e.category == "CONSULT"], lang
