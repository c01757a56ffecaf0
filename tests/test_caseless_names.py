"""Names in scripts without capitals (Hebrew, Arabic, Thai, Hangul) are shaped like names too:
a given name and a family name, many different ones, in a table about people; so are Chinese
names without a space (a common family name first) and `Family, Given` (issue 11:
names that say nothing; other locales). Through piiscan.scan() on a real SQLite file."""

import random

import piiscan

GIVEN = {"he": ["דוד", "שרה", "יוסף", "מרים", "אברהם", "רחל", "משה", "לאה", "נועה", "איתי"],
         "ar": ["كريم", "ليلى", "عمر", "فاطمة", "يوسف", "مريم", "خالد", "سارة", "أحمد", "نور"],
         "ko": ["민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지우", "시우", "하린"]}
FAMILY = {"he": ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "דהן", "אברהם", "פרידמן"],
          "ar": ["حسن", "علي", "محمود", "إبراهيم", "صالح", "خليل", "منصور", "سعيد"],
          "ko": ["김", "이", "박", "최", "정", "강", "조", "윤"]}
N = 150


def test_names_in_caseless_scripts_beside_birth_dates_are_person_names(make_sqlite):
    rng = random.Random(8)
    rows = []
    for i in range(N):
        names = [f"{rng.choice(GIVEN[lang])} {rng.choice(FAMILY[lang])}" for lang in ("he", "ar")]
        korean = f"{rng.choice(FAMILY['ko'])} {rng.choice(GIVEN['ko'])}"
        born = f"{rng.randint(1940, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        status = rng.choice(["פעיל", "מושהה", "סגור"])  # active / suspended / closed: few values, one word
        chinese = rng.choice("王李张刘陈杨黄赵吴周") + "".join(rng.choice("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞")
                                                       for _ in range(rng.randint(1, 2)))  # no space: 王秀英
        family_first = f"{rng.choice(['Virta', 'Ranta', 'Niemi', 'Ylönen', 'Kulmala'])}, {rng.choice(['Jari', 'Sari', 'Olavi', 'Tuomas', 'Aino'])}"
        product = rng.choice(["电脑", "手机壳", "耳机", "键盘", "显示器", "充电器"])  # goods: no family name first
        rows.append((i, *names, korean, born, status, chinese, family_first, product))
    path = make_sqlite({"t_31": (["k", "c1", "c2", "c3", "born", "c4", "c5", "c6", "c7"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, ner=False)
    for column in ("c1", "c2", "c3", "c5", "c6"):
        assert cat.column("t_31", column).categories == ("PERSON_NAME",), column
    assert not cat.column("t_31", "c4").findings
    assert not cat.column("t_31", "c7").findings


def test_chinese_names_with_family_names_beyond_the_hundred_commonest(make_sqlite):
    """A staff list of the mainland has family names past the hundred commonest (窦, 鞠, 晏,
    詹): still names; Chinese towns and colours under positional names are not."""
    rng = random.Random(9)
    family = "都常窦詹阎舒管鲍鞠欧安樊郎晏颜连平匡席" + "王李张"
    towns = "成都 常州 宁波 温州 桂林 柳州 安阳 安庆 平顶山 石家庄 黄山 长沙 上海 北京 广州 深圳".split()
    rows = [(i, rng.choice(family) + "".join(rng.choice("艳健玉英建洁凯桂芳梅华彬兰春俊佳") for _ in range(rng.randint(1, 2))),
             rng.choice(towns), f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            for i in range(N)]
    path = make_sqlite({"attr_07": (["k", "a1", "a2", "born"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, ner=False)
    assert cat.column("attr_07", "a1").categories == ("PERSON_NAME",)
    assert "PERSON_NAME" not in cat.column("attr_07", "a2").categories
