"""Values shaped like people's names, by their letters alone (piiscan.detect.distribution):
capitalised words of cased scripts (`Virta, Jari`, `BEZJAK Viktor`, `Шевчук І. М.`), words of
scripts without capitals (`דוד כהן`, `السيد وثّاب آل عايض`, `सुरेन्‍द्र प्रजापती`), Han and Hangul
names with or without a space (`山本 明美`, `王秀英`, `김민준`)."""

from __future__ import annotations

from piiscan.detect.freetext import _ORG_WORDS
from piiscan.detect.profile import Profile


def name_like(prof: Profile) -> tuple[bool, bool]:
    """Given names, surnames or full names: one to three words shaped like names (`_name_shaped`),
    many different ones, no company words; and whether they are written in scripts without capitals or in Han
    (which the English NER model cannot read). Checked in Python on at most 200 distinct
    values, and only for columns of letters (RE2's Unicode classes are costly to compile per
    column)."""
    if (prof.kind != "string" or prof.distinct < 10 or prof.distinct < 0.15 * prof.non_null
            or prof.mean_words > 4.2 or prof.alpha_share < 0.5 or prof.digit_share > 0):  # Indic vowel signs are marks
        return False, False
    values = prof.values.slice(0, 200).to_pylist()
    shaped = sum(name_shaped(v) for v in values)
    if shaped < 0.9 * len(values) or any(_ORG_WORDS.search(v) for v in values):
        return False, False
    first = [v.strip()[:1] for v in values if v.strip()]
    unreadable = sum(_in_one_script(c) or _cjk(c) for c in first) >= 0.9 * len(first)
    return True, unreadable


def _cjk(word: str) -> bool:
    """Han, hiragana or katakana only (a Japanese or Chinese name part: 山本, ヨウスケ)."""
    return 1 <= len(word) <= 5 and all("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in word)


#: Letter ranges of scripts without capitals (Hebrew, Arabic, Thai, Georgian, Devanagari,
#: Hangul): a name part is a word of one of them.
_CASELESS = (("\u05d0", "\u05ea"), ("\u0620", "\u06d3"), ("\u0e01", "\u0e4e"),
             ("\u10d0", "\u10fa"), ("\u0900", "\u097f"), ("\u0980", "\u09ff"), ("\u0a00", "\u0a7f"),
             ("\u0a80", "\u0aff"), ("\u0b80", "\u0bff"), ("\u0c00", "\u0c7f"), ("\u0c80", "\u0cff"),
             ("\u0d00", "\u0d7f"), ("\u0d80", "\u0dff"), ("\u1000", "\u109f"), ("\u1780", "\u17ff"),
             ("\u0e80", "\u0eff"), ("\u1200", "\u137f"), ("\uac00", "\ud7a3"))
#: Zero-width joiners inside a word: a non-joiner in Persian (می‌خواهم), a joiner in Devanagari
#: and Sinhala conjuncts (सुरेन्‍द्र, වික්‍රම).
_MARKS = frozenset("\u200c\u200d")
#: Titles before a name in scripts without capitals (Arabic, Devanagari, Bengali): `السيد وثّاب`
#: is a name after its title; and the particles of Arabic family names (`آل سلطان`, `بن`).
CASELESS_TITLES = frozenset("""
السيد السيدة الدكتور الدكتورة المهندس المهندسة الآنسة الأستاذ الأستاذة الشيخ الشيخة الحاج الحاجة
श्री श्रीमती श्रीमान सुश्री डॉ कुमारी শ্রী শ্রীমতী ডাঃ
""".split())
CASELESS_PARTICLES = frozenset("آل بن بنت ابن أبو ابو".split())


def _caseless(word: str) -> bool:
    """A word of 2-15 letters of one script without capitals (דוד, كريم, สมชาย, 민준; a
    Hebrew geresh or an apostrophe inside: חאג')."""
    word = _unquoted(word)
    shortest = 1 if word[:1] and "\uac00" <= word[0] <= "\ud7a3" else 2  # a Korean family name is one syllable (김)
    return shortest <= len(word) <= 15 and _in_one_script(word)


def _unquoted(word: str) -> str:
    """Without apostrophes and the Hebrew geresh, which stand inside names (חאג')."""
    return word.replace("'", "").replace("\u05f3", "")


def _in_one_script(text: str) -> bool:
    """Every letter of `text` in the script without capitals of its first (joiners allowed)."""
    for low, high in _CASELESS:
        if text and low <= text[0] <= high:
            return all(low <= c <= high or c in _MARKS for c in text)
    return False


#: The most common Chinese and Korean family names: a name written without a space begins
#: with one (李娜, 王淑芬, 김민준), which most words of two to four characters don't.
HAN_SURNAMES = frozenset("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
                         "邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖"
                         "贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴"
                         "莫孔向汤湯甘"
                         # the next two hundred of the mainland's census list (simplified)
                         "常康易乔赖文施洪辛柯庄樊鲁葛牛章伍殷苗兰齐倪申翟温安耿邢聂祝梅欧包单岳纪房关左俞舒鲍华傅裴"
                         "詹靳焦牟阮车卜窦应都阎管鞠郎晏颜连平匡席宁霍涂谷时刁盛储骆路滕项童柴季吉景卞喻蓝冉尚戚符仇"
                         "饶褚查麦巫毕解成冷池封祁敖凌苟薄翁丛盖邬支佟桂芦柳闵宫荣庞蒲卓司屈阳居谈强皮衣巴劳党花尤官"
                         "游边辜荆麻乐云尉岑黎艾米相栾郁习晋綦奚甄全宗计桑沙隋闻鱼冀阚简奉")
HANGUL_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄변채원천방공현함염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈서")


def _unspaced_name(value: str) -> bool:
    """A Chinese or Korean name written without a space: two to four Han or Hangul
    characters, the first a common family name."""
    if not 2 <= len(value) <= 4:
        return False
    if all("\u4e00" <= c <= "\u9fff" for c in value):
        return value[0] in HAN_SURNAMES
    if all("\uac00" <= c <= "\ud7a3" for c in value):
        return len(value) <= 3 and value[0] in HANGUL_SURNAMES
    return False


#: Titles written before a name in the Latin script, whatever script the name is in (`Dr. Ana
#: Souza`, `Dr. உத்பலா தங்கவேலன்`): the name is what follows.
LATIN_TITLES = frozenset("""
dr mr mrs ms miss mx prof sr sra srta dra herr frau mme mlle sig sig.ra dott dott.ssa ing
""".split())


def name_shaped(value: str) -> bool:
    """One to three words shaped like a name (given, family or full), after a title."""
    words = value.replace("-", " ").split()
    if len(words) > 1 and words[0].lower().rstrip(".") in LATIN_TITLES:
        words = words[1:]
    if len(words) == 2 and all(map(_cjk, words)) or 1 <= len(words) <= 3 and all(map(_caseless, words)):
        return True  # family and given name with a space: 山本 明美, スズキ ヨウスケ, דוד כהן, ნადია
    if words and _caseless(words[0].replace(".", "")):
        return _caseless_name(words)
    if len(words) == 1 and _unspaced_name(words[0]):
        return True  # 任红霞, 김민준
    if len(words) == 2 and words[0].endswith(",") and len(words[0]) > 2:
        words = [words[0][:-1], words[1]]  # Virta, Jari: family name first
    if not 1 <= len(words) <= 3:
        return False
    capitalised = [_capitalised(w) for w in words]
    if all(capitalised):
        return True
    # a surname in capitals beside a given name (BEZJAK Viktor), or a surname and initials
    # (Шевчук І. М.): one full capitalised word, the rest capitals or initials
    return len(words) >= 2 and any(capitalised) and all(
        c or _initial(w) or (w.isalpha() and w.isupper() and 2 <= len(w) <= 21) for c, w in zip(capitalised, words))


def _caseless_name(words: list[str]) -> bool:
    """A name in a script without capitals after its title (`السيد وثّاب آل عايض`, `श्री शंकर
    पौडेल`), with family-name particles (`آل`, `بن`) or initials (`निभा के.सी`): one to three
    name words besides those."""
    words = [w for w in words[1:] if w] if words[0] in CASELESS_TITLES else words
    parts = [w for w in words if w not in CASELESS_PARTICLES]
    return 1 <= len(parts) <= 3 and all(_caseless(w) or _caseless_initials(w) for w in parts)


def _caseless_initials(word: str) -> bool:
    """Initials of a script without capitals, dotted (`के.सी`)."""
    pieces = word.strip(".").split(".")
    return len(pieces) >= 2 and all(1 <= len(p) <= 3 and _in_one_script(_unquoted(p)) for p in pieces)


def _capitalised(word: str) -> bool:
    return (2 <= len(word) <= 21 and word[0].isupper() and word[1:].replace("'", "").replace("’", "").isalpha()
            and word[1:].islower())


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[0].isalpha() and word[1] == "."


#: At most this many distinct full names make `few_full_names` (a desk's recruiters).
FEW_NAMES_MAX = 12


def few_full_names(prof) -> bool:
    """A few people named in full, again and again (a desk's four recruiters, `Priya Nair`):
    every distinct value two or three words shaped like a name."""
    if prof is None or prof.kind != "string" or not 2 <= prof.distinct <= FEW_NAMES_MAX:
        return False
    return all(2 <= len(v.split()) <= 3 and name_shaped(v) for v in prof.values.to_pylist())
