"""Reading publication dates as written in articles, without guessing.

``read_date`` turns "Updated July 28, 2021 10:00 EDT", "28. Juli 2021", "1er août 2024" or
"2024-03-07T07:55:25+00:00" into a :class:`DateReading`; ``parse_date`` returns just the
value. python-dateutil does the final reading; this module first puts the text into a form
it reads unambiguously:

* a prefix ("Updated", "Published", "Aktualisiert am", "Stand:", "Mis à jour le", ...) is
  removed and tells whether the date is the publication or the modification date;
* month and weekday names of English, German, French, Spanish, Italian, Portuguese, Dutch,
  Swedish, Norwegian, Danish, Polish, Russian and Turkish become English month names
  (a weekday that contradicts the date is refused);
* zone abbreviations (UTC, GMT, Z, EST/EDT, CET/CEST, MEZ/MESZ, MSK, IST = India, JST,
  AEST, ...) map to fixed offsets; "ET"/"PT"/"CT"/"MT" to the US zones; "GMT+3" means
  three hours east of Greenwich, not the POSIX reading.

Numeric dates: dotted ones are day.month.year; slashed ones put the day first in a
string of another language than English ("Publié le 05/03/2024"); "20240305" and
"2024年3月5日" / "2024년 3월 5일" are read as days. A second, updated stamp after the
first ("..., mis à jour à 12h40") is left out.

Nothing is filled in: a date without a year or a day is refused, a time without a zone
keeps only the day (``naive_time=True``), relative dates ("yesterday", "vor 2 Stunden")
and day/month orders that cannot be told apart ("3/4/2021", "03/04/05") are refused with
a reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
import warnings
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as _du_parser

from newsmodel.errors import NewsModelError
from newsmodel.text.places import is_place

__all__ = ["DateKind", "DateParseError", "DateReading", "parse_date", "read_date"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a vocabulary list."""
    return frozenset(text.split())


DateKind = Literal["published", "modified"]


class DateParseError(NewsModelError, ValueError):
    """A date string that cannot be read without guessing.

    Attributes:
        text: The string as given.
        reason: Why it was refused ("relative date", "day and month could be swapped", ...).
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read date {text!r}: {reason}")


class _UnknownWord(DateParseError):
    """A refusal for a word no rule knows; ``word`` is that word (see _read_trimmed)."""

    def __init__(self, text: str, word: str) -> None:
        super().__init__(text, f"unrecognised word {word!r}")
        self.word = word


@dataclass(frozen=True, slots=True)
class DateReading:
    """What a date string says.

    Attributes:
        value: A ``datetime.date`` for a day, an aware ``datetime.datetime`` for a moment
            with a zone.
        kind: "published" or "modified" when a prefix says so ("Published", "Updated",
            "Aktualisiert"), else None.
        naive_time: True when the string gave a time of day without a zone: the time was
            dropped and only the day kept in ``value``.
        time_text: The time of day as written when ``naive_time`` is True ("14:30").
        local: The day and time as written, without a zone, when ``naive_time`` is True;
            a naive datetime for callers that have a zone from elsewhere. Not a guess.
        text: The string as given.
    """

    value: dt.date
    kind: DateKind | None = None
    naive_time: bool = False
    time_text: str | None = None
    local: dt.datetime | None = None
    text: str = ""


# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

_MONTHS_BY_NUMBER: dict[int, str] = {
    1: "siječanj sij januára ianuarie január siječnja januara sausio janvāris janvāra jaanuar sijecnja січня "
    "january janvier janv enero ene gennaio gen janeiro januari januar jänner jän "
    "stycznia styczeń styczen января январь янв ocak jan tammikuuta ledna ιανουαριου януари",
    2: "veljača velj februára februarie február veljače februara vasario februāris februāra veebruar лютого "
    "february februar feber février fevrier févr fevr fév febrero febbraio fevereiro fev "
    "februari lutego luty февраля февраль фев şubat subat feb helmikuuta unora "
    "φεβρουαριου февруари",
    3: "ožujak ožu martie március ožujka marec marta kovo marts marta märts maret mac березня march "
    "märz maerz mars marzo março marco maart marts marca marzec марта март мар mart mär "
    "mrz mrt mar maaliskuuta brezna μαρτιου",
    4: "travanj tra apríla aprilie április travnja aprīlis aprīļa aprill квітня april avril abril aprile "
    "kwietnia kwiecień kwiecien апреля апрель апр nisan abr avr apr huhtikuuta dubna "
    "απριλιου април",
    5: "svibanj svi mája május svibnja gegužės maijs maija травня may mai mayo maggio maio mei maj maja мая "
    "май mayıs mayis mag toukokuuta kvetna μαιου",
    6: "lipanj iun júna iunie június lipnja junij junija birželio jūnijs jūnija juuni червня june juni juin "
    "junio giugno junho czerwca czerwiec июня июнь haziran giu jun kesakuuta cervna "
    "ιουνιου юни",
    7: "srpanj srp iul júla iulie július srpnja julij julija liepos jūlijs jūlija juuli julai липня july juli juliol "
    "juillet juil julio luglio julho lipca lipiec июля июль temmuz lug jul heinakuuta "
    "cervence ιουλιου юли",
    8: "kolovoz kol augusztus kolovoza avgust avgusta rugpjūčio augusts augusta agustus ogos серпня "
    "august août aout agosto augustus augusti sierpnia sierpień sierpien августа август "
    "авг ağustos agustos ago aug elokuuta srpna αυγουστου agt agu",
    9: "rujan ruj septembra septembrie szeptember rujna septembar rugsėjo septembris septembra вересня september "
    "septembre septiembre setiembre settembre setembro sept wrzesnia września wrzesień "
    "wrzesien сентября сентябрь сен eylül eylul set sep syyskuuta zari σεπτεμβριου септември",
    10: "októbra octombrie október oktobar spalio oktobris oktobra oktoober жовтня october oktober "
    "octobre octubre ottobre outubro okt oct ott out października pazdziernika "
    "październik pazdziernik октября октябрь окт ekim lokakuuta rijna οκτωβριου октомври",
    11: "studeni stu noi novembra noiembrie studenoga studenog novembar lapkričio novembris novembra листопада "
    "november novembre noviembre novembro listopada listopad ноября ноябрь ноя kasım "
    "kasim nov marraskuuta listopadu νοεμβριου ноември",
    12: "prosinac decembra decembrie prosinca decembar gruodžio decembris decembra detsember desember disember "
    "грудня december dezember décembre decembre diciembre dicembre dezembro desember "
    "grudnia grudzień grudzien декабря декабрь дек aralık aralik déc dez dic dec "
    "joulukuuta prosince δεκεμβριου des dis декември",
}
# Month names of scripts without letter case: Hindi, Bengali, Urdu, Arabic, Tamil,
# Malayalam, Kannada, Telugu, Gujarati (NFC-normalized with the text they are compared to:
# Bengali "য়" has two forms).
_MONTHS_UNCASED: dict[int, str] = {
    1: "जनवरी জানুয়ারি جنوری يناير جانفي ஜனவரி ജനുവരി ಜನವರಿ జనవరి જાન્યુઆરી",
    2: "फ़रवरी फरवरी ফেব্রুয়ারি فروری فبراير فيفري شباط பிப்ரவரி ഫെബ്രുവരി ಫೆಬ್ರವರಿ ఫిబ్రవరి ફેબ્રુઆરી",
    3: "मार्च মার্চ مارچ مارس آذار மார்ச் മാർച്ച് ಮಾರ್ಚ್ మార్చి માર્ચ",
    4: "अप्रैल এপ্রিল اپریل أبريل أفريل نيسان إبريل ஏப்ரல் ഏപ്രിൽ ಏಪ್ರಿಲ್ ఏప్రిల్ એપ્રિલ",
    5: "मई মে مئی مايو ماي أيار மே മേയ് ಮೇ మే મે",
    6: "जून জুন جون يونيو جوان حزيران ஜூன் ജൂൺ ಜೂನ್ జూన్ જૂન",
    7: "जुलाई জুলাই جولائی يوليو يوليوز جويلية تموز ஜூலை ജൂലൈ ಜುಲೈ జూలై જુલાઈ",
    8: "अगस्त আগস্ট اگست أغسطس غشت أوت آب ஆகஸ்ட் ഓഗസ്റ്റ് ಆಗಸ್ಟ್ ఆగస్టు ઓગસ્ટ",
    9: "सितंबर सितम्बर সেপ্টেম্বর ستمبر سبتمبر شتنبر أيلول செப்டம்பர் സെപ്റ്റംബർ ಸೆಪ್ಟೆಂಬರ್ సెప్టెంబర్ સપ્ટેમ્બર",
    10: "अक्टूबर अक्तूबर অক্টোবর اکتوبر أكتوبر அக்டோபர் ഒക്ടോബർ ಅಕ್ಟೋಬರ್ అక్టోబర్ ઓક્ટોબર",
    11: "नवंबर नवम्बर নভেম্বর نومبر نوفمبر نونبر நவம்பர் നവംബർ ನವೆಂಬರ್ నవంబర్ નવેમ્બર",
    12: "दिसंबर दिसम्बर ডিসেম্বর دسمبر ديسمبر دجنبر டிசம்பர் ഡിസംബർ ಡಿಸೆಂಬರ್ డిసెంబర్ ડિસેમ્બર",
}
# (Croatian "listopad" (October) is Polish and Czech November there, as "lip" is Polish
# July: the Croatian forms that clash are left out.)
# Catalan ("15 de juliol de 2026"; "abril", "octubre", "novembre" are in the table above).
_MONTHS_CATALAN: dict[int, str] = {
    1: "gener", 2: "febrer", 3: "març", 5: "maig", 6: "juny", 8: "agost", 9: "setembre",
    12: "desembre",
}
_MONTHS: dict[str, int] = {
    unicodedata.normalize("NFC", word): number
    for table in (_MONTHS_BY_NUMBER, _MONTHS_UNCASED, _MONTHS_CATALAN)
    for number, words in table.items()
    for word in words.split()
}
# Decimal digits of other scripts, read as ASCII ones: Arabic-Indic, Persian and Urdu,
# Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai,
# Lao, Tibetan, Myanmar, Khmer, and full-width digits.
_NATIVE_DIGITS = {
    zero + i: str(i)
    for zero in (
        0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0xFF10,
    )
    for i in range(10)
}
MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names, January first (locale-independent, unlike ``strftime("%B")``)."""
_MONTH_EN = ("", *MONTH_NAMES)

_WEEKDAYS_BY_NUMBER: dict[int, str] = {
    0: "luni hétfő hetfo ponedjeljak senin isnin понеділок monday mon montag mo lundi lunes "
    "lunedì lunedi segunda-feira segunda maandag måndag mandag poniedziałek poniedzialek "
    "понедельник pazartesi pondeli maanantai δευτερα po ma pondelok pon",
    1: "marți marti kedd utorak selasa вівторок tuesday tue tues dienstag di mardi martes "
    "martedì martedi terça-feira terca-feira terça dinsdag tisdag tirsdag wtorek вторник "
    "salı sali utery tiistai τριτη út utorok uto",
    2: "miercuri szerda srijeda rabu середа wednesday wed mittwoch mi mercredi miércoles "
    "miercoles mercoledì mercoledi quarta-feira quarta woensdag onsdag środa sroda среда "
    "çarşamba carsamba streda keskiviikko τεταρτη st wo sri",  # (Slovak "streda" too)
    3: "joi csütörtök cetvrtak četvrtak kamis khamis четвер thursday thu thur thurs "
    "donnerstag do jeudi jueves giovedì giovedi quinta-feira quinta donderdag torsdag "
    "czwartek четверг perşembe persembe ctvrtek torstai πεμπτη čt štvrtok stvrtok",
    4: "vineri péntek petak jumat jumaat пʼятниця п'ятниця friday fri freitag fr vendredi "
    "viernes venerdì venerdi sexta-feira sexta vrijdag fredag piątek piatek пятница cuma "
    "patek perjantai παρασκευη pá vr piatok",
    5: "sâmbătă sambata szombat subota sabtu субота saturday sat samstag sonnabend sa samedi "
    "sábado sabado sabato zaterdag lördag lordag lørdag sobota суббота cumartesi lauantai "
    "σαββατο za",
    6: "duminică duminica vasárnap nedjelja minggu ahad неділя sunday sun sonntag so "
    "dimanche domingo domenica zondag söndag sondag søndag niedziela воскресенье pazar "
    "nedele sunnuntai κυριακη ne zo nedeľa nedela",
}
# Arabic weekdays (Monday first), as the months above.
_WEEKDAYS_UNCASED: dict[int, str] = {
    0: "الاثنين الإثنين پیر",
    1: "الثلاثاء منگل",
    2: "الأربعاء بدھ",
    3: "الخميس جمعرات",
    4: "الجمعة جمعہ",
    5: "السبت ہفتہ",
    6: "الأحد اتوار",
}
_WEEKDAYS_CATALAN: dict[int, str] = {
    0: "dilluns", 1: "dimarts", 2: "dimecres", 3: "dijous", 4: "divendres", 5: "dissabte",
    6: "diumenge",
}
_WEEKDAYS: dict[str, int] = {
    unicodedata.normalize("NFC", word): number
    for table in (_WEEKDAYS_BY_NUMBER, _WEEKDAYS_UNCASED, _WEEKDAYS_CATALAN)
    for number, words in table.items()
    for word in words.split()
}
# Thai months, abbreviated and written out; a Thai date counts years in the Buddhist era
# (2569 is 2026).
_THAI_MONTHS: dict[str, int] = {
    word: number
    for number, words in {
        1: "ม.ค. มกราคม",
        2: "ก.พ. กุมภาพันธ์",
        3: "มี.ค. มีนาคม",
        4: "เม.ย. เมษายน",
        5: "พ.ค. พฤษภาคม",
        6: "มิ.ย. มิถุนายน",
        7: "ก.ค. กรกฎาคม",
        8: "ส.ค. สิงหาคม",
        9: "ก.ย. กันยายน",
        10: "ต.ค. ตุลาคม",
        11: "พ.ย. พฤศจิกายน",
        12: "ธ.ค. ธันวาคม",
    }.items()
    for word in words.split()
}
_THAI_MONTH_RE = re.compile("|".join(re.escape(w) for w in sorted(_THAI_MONTHS, key=len, reverse=True)))
_THAI_YEAR_RE = re.compile(r"\b(2[4-6]\d\d)\b")
# "เวลา" (time) before a time and "น." (o'clock) after it.
# "วันที่" (date) before it, "พ.ศ." (Buddhist era) before the year.
_THAI_FILLER_RE = re.compile(r"เวลา|น\.|วันที่|พ\.ศ\.")
# Vietnamese weekdays: "Thứ tư" (Wednesday), "Chủ nhật" (Sunday).
_VI_WEEKDAY_RE = re.compile(r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật)\s*,?\s*", re.I)
# Arabic "م" (evening) and "ص" (morning) after a time.
_ARABIC_AMPM_RE = re.compile(r"(\d{1,2}:\d{2})\s*([مص])(?!\w)")
# "21:34 مساء" (evening), "09:10 صباحا" (morning): the words of the same letters
_ARABIC_AMPM_WORD_RE = re.compile(r"(\d{1,2}:\d{2})\s*(مساءً?|صباحاً?|صباحا)(?!\w)")
# Japanese weekdays ("水曜", "水曜日", "(水)") and a stamp's word after the date ("公開").
_JA_ERA_RE = re.compile(r"(令和|平成)\s*(\d{1,2}|元)\s*年")
_JA_WEEKDAY_RE = re.compile(
    r"[（(]?[月火水木金土日]曜日?[）)]?|[（(][月火水木金土日][）)]"
    r"|[（(]?(?:[週周]|星期)[一二三四五六日天][）)]?"  # Chinese "週三", "星期三"
)
_CJK_TRAILING_KIND_RE = re.compile(r"\s*(公開|配信|掲載|发布|發布|更新)\s*$")
# An update stamp in brackets after the date: "2026/12/9 14:52（12/9 15:30 更新）".
_BRACKETED_UPDATE_RE = re.compile(r"\s*[（(][^（）()]{0,40}(?:更新|수정|update[d]?)[）)]\s*$", re.I)
_ZONE_TIME_RE = re.compile(
    r"\b([A-Z]{2,5}) (\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)(?![\w:])"
)
# A count of readers or comments after the date: "13:45 - Okunma: 1734".
_VIEWS_TAIL_RE = re.compile(
    r"\s+[-–—|•/]\s+(?:views|okunma|görüntülenme|visualizações|lecturas|aufrufe|leído|letto|"
    r"comments?|kommentare|yorum)\s*:?\s*[\d.,]+$",
    re.IGNORECASE,
)
# A month's name glued to the word before it: "Ella ChiomaJune 7, 2019" (also used by
# parse_byline: "By Randall MellApril 11, 2009").
_GLUED_MONTH_RE = re.compile(
    r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d)"
)
# A page number after the date: "..., p. 5", Korean "11면".
_PAGE_TAIL_RE = re.compile(r",?\s+(?:(?:p|pp|pg|pág|page|seite|s)\.?\s*\d{1,3}|\d{1,3}면)$", re.I)
_AT_TIME_RE = re.compile(r"\s*@\s*(?=\d)|\s+@\s+")
_YEAR_DASH_TIME_RE = re.compile(r"(?<=\b(?:19|20)\d\d)-(?=\d{1,2}:\d\d(?!\d))")
# ("14.10.2026-18:42": the year after a dotted or slashed day and month, not the fraction
# of a second before an ISO offset: "00:00:00.000001-00:01")
_DATE_DASH_TIME_RE = re.compile(r"(?<=\d[./])(\d{4})-(\d{1,2}:\d{2})\b")
# A time, a dash, and the date: "18:42 - 18/11/2026".
_TIME_DASH_DATE_RE = re.compile(r"^(\d{1,2}[:h.]\d{2})\s+[-–—]\s+(?=\d|[^\W\d_])")
_ENGLISH_STAMP_RE = re.compile(
    r"\b(?:updated|update|modified|published|posted|and)\b|更新|수정|업데이트", re.IGNORECASE
)
_JA_UPDATE_RE = re.compile(r"[（(][^（）()]*更新[）)]")
# A count on a line of its own: "0", "52 Comments", "Comments (14)", "Komentarze (27)".
# A time alone on its line ("19 August 2026\n\n16:30"): the stamp's, not a count.
_TIME_LINE_RE = re.compile(r"^\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|uhr|h))?$", re.I)
_COUNT_LINE_RE = re.compile(r"^(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+(?:\s+\w+)?|\w+\s*(?:\(\d+\)|:\s*\d+))$")
# A comment count after the date: "| Comments (12)".
_COMMENTS_RE = re.compile(
    r"^(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties"
    r"|kommentarer|komentarze|komentarzy|komentáře|kommentit|yorum(?:lar)?|коментари|комментарии"
    r"|views|okunma|görüntülenme|visualizações|lecturas|aufrufe|leído|letto)\b",
    re.IGNORECASE,
)

# Words that carry no date information in the languages above ("28 de julio de 2021",
# "am 28. Juli 2021 um 14:30 Uhr", "le 1er août", "kl. 14.30", "28 июля 2021 года").
_FILLERS = _words(
    """
    de del do da le la el il am um uhr den der d à a as às alle ore om kl klockan klokka
    kello klo года год г r roku w o о в godz um ca at on the of h hs hrs horas las los uur
    u pukul gada m року ob
    """
)

_UTC = dt.UTC


def _fixed(hours: float) -> dt.tzinfo:
    return dt.timezone(dt.timedelta(minutes=round(hours * 60)))


#: Zone abbreviations and the fixed offsets they stand for, in hours east of UTC.
ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "UT": 0,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "IST": 5.5,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "OEZ": 2,
    "OESZ": 3,
    "MSK": 3,
    "COT": -5,
    "PET": -5,
    "ECT": -5,
    "VET": -4,
    "MYT": 8,
    "IDT": 3,
    "TRT": 3,
    "EAT": 3,
    "CAT": 2,
    "SAST": 2,
    "WAT": 1,
    "GST": 4,
    "PKT": 5,
    "NPT": 5.75,
    "ICT": 7,
    "WIB": 7,
    "HKT": 8,
    "SGT": 8,
    "PHT": 8,
    "AWST": 8,
    "JST": 9,
    "KST": 9,
    "ACST": 9.5,
    "ACDT": 10.5,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "ART": -3,
    # French (Canada): heure normale / avancée de l'Est, du Centre, des Rocheuses, du
    # Pacifique, de l'Atlantique.
    "HNE": -5,
    "HAE": -4,
    "HNC": -6,
    "HAC": -5,
    "HNR": -7,
    "HAR": -6,
    "HNP": -8,
    "HAP": -7,
    "HNA": -4,
    "HAA": -3,
    "BRT": -3,
    "ADT": -3,
    "NST": -3.5,
    "NDT": -2.5,
}
#: Generic zone names that follow daylight saving time; read with the IANA zone.
ZONE_NAMES: dict[str, str] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "UK": "Europe/London",  # a country's clock: "19:24, UK"
}
# US zones written out ("5 AM Central"), read as their abbreviations.
_ZONE_WORDS = {"EASTERN": "ET", "CENTRAL": "CT", "MOUNTAIN": "MT", "PACIFIC": "PT"}

_PREFIXES: tuple[tuple[str, DateKind], ...] = (
    (r"(?:last|latest)\s+(?:updated?|modified|changed)", "modified"),
    (r"date\s+created|created|submitted", "published"),  # "Date created : 2015-05-12"
    # Turkish "created date" / "updated date", Bulgarian "created" / "updated"
    (r"oluşturulma\s+tarihi|създадена", "published"),
    (r"güncellenme\s+tarihi|обновена|(?:bu\s+haber\s+)?en\s+son\s+değiştirildi", "modified"),
    (r"updated|update|modified|changed|edited|revised|ultima\s+modifica", "modified"),
    (r"更新(?:時間|时间|日)|異動時間|异动时间|แก้ไข(?:ล่าสุด)?", "modified"),  # Chinese, Thai
    (r"zuletzt\s+aktualisiert|aktualisiert|geändert|stand", "modified"),
    (r"mis\s+à\s+jour|mise\s+à\s+jour|modifié", "modified"),
    (
        r"actualizado|actualizada|actualización|atualizado|atualizada|aggiornato"
        r"|(?:ultimo\s+)?aggiornamento",
        "modified",
    ),
    (
        r"aktualizováno|aktualizace|aktualizacja|actualizat|(?:son\s+)?güncelleme(?:\s+tarihi)?|güncellendi|päivitetty"
        r"|ενημερώθηκε|ενημέρωση",
        "modified",
    ),
    (
        r"bijgewerkt|gewijzigd|aangepast|uppdaterad|oppdatert|opdateret|zaktualizowano|zmodyfikowano"
        r"|aktualizacja",
        "modified",
    ),
    (r"обновлено|обновлен|оновлено", "modified"),
    # Korean 수정 ("edited"), 업데이트; Japanese and Chinese 更新 ("updated").
    (r"수정|업데이트|更新", "modified"),
    (r"actualizat|ažurirano|azurirano|frissítve|frissítés|módosítva|diperbarui", "modified"),
    (r"letzte\s+aktualisierung|aktualisierung", "modified"),
    (r"آخر\s+تحديث|تحديث", "modified"),  # Arabic "(last) update"
    (r"نشر\s+في|تاريخ\s+النشر|نشر", "published"),  # Arabic "published (on)"
    # Hindi, Bengali: "(last) updated"
    (r"अंतिम\s+अपडेट|अपडेटेड|अपडेट|শেষ\s+আপডেট|আপডেট", "modified"),
    (
        r"first\s+published|originally\s+published|publish(?:ed)?(?:\s+(?:date|time))?|posted|released"
        r"|issued|date|dated",
        "published",
    ),
    (r"veröffentlicht|erschienen|erstellt|publiziert|versendet|online\s+seit|datum", "published"),
    (
        r"publié|publiée|paru|publicado|publicada|pubblicato|gepubliceerd|geplaatst"
        r"|creada|creado|criado|criada|postado|postada",
        "published",
    ),
    (
        r"publicerad|(?:artikeln\s+)?publicerades|publisert|publiseret|udgivet|publiceret|opublikowano|data\s+publikacji"
        r"|publikacja|utworzono",
        "published",
    ),
    (r"опубликовано|опубликован|дата\s+публикации|дата\s+создания|опубліковано", "published"),
    (r"प्रकाशित|প্রকাশিত|প্রকাশ", "published"),  # Hindi, Bengali: "published"
    (r"公開日|掲載日|配信日|発信時間|เผยแพร่", "published"),  # Japanese "published on", Thai
    # Korean 입력 ("entered": when the article went up); Japanese 公開/配信/掲載; Chinese 发布.
    # (with "time", "date": 發佈時間, 发布时间, 發布日期)
    (
        r"(?:发布|發布|發佈|发表|發表)(?:时间|時間|日期)|기사\s?등록|입력|등록|公開|配信|掲載|发布|發布"
        r"|發佈|发表|發表",
        "published",
    ),
    (r"data\s+public[aă]rii|publicat|objavljeno|közzétéve|megjelent|diterbitkan|dipublikasikan", "published"),
    (
        r"publikováno|zveřejněno|yayınlanma(?:\s+tarihi)?|yayınlama|yayınlandı|giri[şs](?:\s+tarihi)?|julkaistu"
        r"|δημοσιεύθηκε|δημοσίευση",
        "published",
    ),
)
# The indexes of the English patterns in _PREFIXES (the others are other languages), found
# by their first words so that inserting a language's pattern cannot shift them.
_ENGLISH_PREFIXES = frozenset(
    i
    for i, (pattern, _) in enumerate(_PREFIXES)
    if pattern.startswith(("last\\s+", "updated|", "first\\s+published"))
)
# Words written around dates only in languages that put the day before the month.
_DAY_FIRST_WORDS = _words("à às las um uhr alle ore om kl klockan klokka kello klo godz ob")
_PREFIX_RE = re.compile(
    r"^\s*(?:" + "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(_PREFIXES)) + r")"
    r"(?![\w])\s*(?:[:：\-–—|]\s*)?(?:(?:on|at|am|um|vom|le|el|il|op|den|em|dnia)(?![\w])\s*)?",
    re.IGNORECASE,
)

_RELATIVE_RE = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|just\s+now|last\s+(?:week|month|year|night)"
    r"|this\s+(?:morning|afternoon|evening|week)|gestern|heute|morgen|vorgestern|vor\s+\d"
    r"|vor\s+(?:einer|einem|wenigen|kurzem)|hier|aujourd'hui|aujourd’hui|demain|il\s+y\s+a"
    r"|ayer|hoy|mañana|hace\s+\d|ieri|oggi|domani|fa$|gisteren|vandaag|geleden|igår|idag"
    r"|i\s+går|i\s+dag|sedan|siden|wczoraj|dzisiaj|dziś|temu|вчера|сегодня|назад|dün|bugün"
    r"|önce)\b|(?<![:.\dh])(?<!h\s)\d+\s*(?:min|mins|h|hrs?|std|stunden|minuten)\.?\s*$",
    re.IGNORECASE,
)

_ISO_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_SECOND_STAMP_RE = re.compile(
    r"(?:[,;|•·⋅–—(\[/.（]|\s-|(?<=[\w)])\s|(?<=\d)(?=[A-Z]))\s*(?:and\s+)?(?:last\s+updated|updated|update|modified|mise?\s+à\s+jour|modifié|aktualisiert"
    r"|zuletzt\s+aktualisiert|actualizad[oa]|atualizad[oa]|atualiza[çc][ãa]o|actualizaci[óo]n|aggiornato|bijgewerkt|uppdaterad|oppdatert"
    r"|opdateret|zaktualizowano|zmodyfikowano|aktualizacja|actualizat|módosítva|frissítve|обновлено|обновена|güncellenme(?:\s+tarihi)?|最後更新(?:時間)?|最后更新(?:时间)?"
    r"|최종\s?수정|최종\s?업데이트|päivitetty|güncelleme|güncellendi|수정|업데이트|最終更新|更新日|更新時間|更新时间|更新"
    r"|[úu]ltima\s+actualizaci[óo]n|[úu]ltima\s+atualiza[çc][ãa]o|(?:[úu]ltima\s+)?modifica[çc][ãa]o|laatste\s+update"
    r"|letzte\s+aktualisierung|derni[èe]re\s+mise\s+[àa]\s+jour|ultimo\s+agg(?:iornamento)?\.?"
    r"|first\s+published|modifica(?:to)?|آخر\s+تحديث|異動時間|异动时间|son\s+g[üu]ncelleme"
    # "Updated May 14, 2025 Published May 13, 2025": after an update prefix, the first
    # publication is a second stamp as well.
    r"|published|posted|publié|veröffentlicht|publicado|pubblicato|publicerad|publisert|publiceret)"
    r"(?![^\W\d_]).*$"  # ("Updated17:02": a time may follow with no space)
    r"|\s*>>.*$",  # "15.09.2026. 18:42 >> 18:55": the update after a double arrow
    re.IGNORECASE,
)
# The words of a second stamp that gives only the time of the update.
_UPDATED_AT_RE = re.compile(
    r"(?:last\s+)?updated?\s+(?:at\s+)?(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)",
    re.IGNORECASE,
)
# "20240305"; the never-matching group gives _read_iso the time groups it expects (None).
_COMPACT_RE = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:(?!)(.)(.)(.)(.)(.))?$")
_CJK_DATE_RE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_BULLET_RE = re.compile(
    r"[•·⋅|]|(?<=[\d.])\s+[–—]\s+(?=\d)"
    r"|\s+[-–—]\s+(?=\d{1,2}[:h.]\d\d)"  # "... (quarta-feira) - 18h42": a dash before the time
)
# "23,2025": a comma glued to the year; "22-Oct-2025": a day and month joined by hyphens;
# "(quarta-feira)": a word in parentheses.
_GLUED_YEAR_RE = re.compile(r"(\d|[^\W\d_]),(?=(?:19|20)\d\d\b)")
_SPACED_COMMA_RE = re.compile(r"\s+,")
_FOUR_DIGIT_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
_YEAR_COLON_RE = re.compile(r"\b((?:19|20)\d\d):\s")
_HYPHENED_DATE_RE = re.compile(r"\b(\d{1,2})-([^\W\d_]{3,})\.?-((?:19|20)\d\d)\b")
_PAREN_WORD_RE = re.compile(r"\(\s*([^\W\d_][\w-]*|\d{1,2}[:.]\d\d)\s*\)")
_CJK_TIME_RE = re.compile(r"(\d{1,2})\s*[時时시]\s*(?:(\d{1,2})\s*[分분])?")
_MERIDIEM_RE = re.compile(r"(오전|오후|午前|午後|上午|下午)\s*(\d{1,2}(?::\d{2})?)")
_MORNING = frozenset({"오전", "午前", "上午"})
_YEAR_FIRST_RE = re.compile(r"((?:19|20)\d\d)\.\s*([^\W\d_]+)\s+(\d{1,2})\.?(?!\d)")
_PAREN_ZONE_RE = re.compile(r"\(\s*([A-Z]{1,5}(?:\s*[+-−]\s*\d{1,2}(?::?\d{2})?)?)\s*\)")
_SPACED_DOTTED_RE = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?!\d)")
# "2026/3/3", "2026.03.03": a numeric date with the year first.
_NUMERIC_YEAR_FIRST_RE = re.compile(r"(?<![\d:])((?:19|20)\d\d)([./-])(\d{1,2})\2(\d{1,2})(?![\d:])")
_NUMERIC_RE = re.compile(r"(?<![\d:])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\d:])")
_NUMERIC_ANY_RE = re.compile(r"(?<![\d:.])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{2,4}))?\.?(?![\d:])")
_OFFSET_NAME_RE = re.compile(r"\b(?:UTC|GMT)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)
_TIME_DOT_RE = re.compile(
    r"(?:\b(?:kl|klo|klockan|klokka|kello)\.?\s*|(?<=\s)|^)(\d{1,2})[.h](\d{2})(?=\s*(?:uhr|h\b|[ap]m\b|$|[,\s]))",
    re.IGNORECASE,
)
_TIME_H_RE = re.compile(r"\b(\d{1,2})\s?h\s?(\d{2})(?:\s?min\b\.?)?(?!\w)", re.IGNORECASE)  # "18h42min"
_HOUR_UHR_RE = re.compile(r"(?<![:.\d])(\d{1,2})\s*(?:uhr|h)\b(?!\s*\d)", re.IGNORECASE)
_ORDINAL_RE = re.compile(r"\b(\d{1,2})\s*(?:st|nd|rd|th|er|re|e|º|ª|°|-?го|-?е)\b\.?", re.I)
_TIME_RE = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*(?:a\.?m\.?|p\.?m\.?))?"
    r"|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)",
    re.IGNORECASE,
)
# Letters, and the vowel signs and other marks of Indic, Arabic and Thai words (not letters
# to Python's "\w": "ফেব্রুয়ারি" is one word).
_LETTERS = r"(?:[^\W\d_]|[\u0900-\u0DFF\u0E00-\u0E7F\u064B-\u065F\u0670])+"
_WORD_RE = re.compile(rf"{_LETTERS}(?:-{_LETTERS})*\.?")
_AMPM_RE = re.compile(r"\b([ap])\.\s?m\.(?!\w)", re.IGNORECASE)
_HOUR_AMPM_RE = re.compile(r"(?<![\d.:])(\d{1,2}(?::\d{2})?)\s*([AaPp])[Mm](?!\w)")
_WS_RE = re.compile(r"\s+")
_ENGLISH_OK = frozenset({"am", "pm", "t"})

_DEFAULT_A = dt.datetime(1904, 1, 1, 0, 0, 0)  # noqa: DTZ001 - sentinel defaults only
_DEFAULT_B = dt.datetime(1908, 2, 2, 13, 37, 0)  # noqa: DTZ001


def _month_name(number: str) -> str:
    """The English name of a month given by its number; the number as written if none."""
    month = int(number)
    return _MONTH_EN[month] if 1 <= month <= 12 else number


#: Phrases that name a place's clock: "10h15 (heure de Paris)", "6 pm Moscow time", "a las
#: 10:15 hora peninsular". Read with the IANA zone, so daylight saving time is right for the
#: day. Compiled for this module from each language's usual wording.
LOCAL_TIME_PHRASES: dict[str, str] = {
    "heure de paris": "Europe/Paris",
    "heure française": "Europe/Paris",
    "heure de bruxelles": "Europe/Brussels",
    "heure belge": "Europe/Brussels",
    "heure de genève": "Europe/Zurich",
    "heure suisse": "Europe/Zurich",
    "heure de montréal": "America/Toronto",
    "heure de l'est": "America/Toronto",
    "heure de l’est": "America/Toronto",
    "heure de moscou": "Europe/Moscow",
    "london time": "Europe/London",
    "uk time": "Europe/London",
    "british time": "Europe/London",
    "paris time": "Europe/Paris",
    "berlin time": "Europe/Berlin",
    "brussels time": "Europe/Brussels",
    "moscow time": "Europe/Moscow",
    "kyiv time": "Europe/Kyiv",
    "istanbul time": "Europe/Istanbul",
    "jerusalem time": "Asia/Jerusalem",
    "israel time": "Asia/Jerusalem",
    "beijing time": "Asia/Shanghai",
    "hong kong time": "Asia/Hong_Kong",
    "singapore time": "Asia/Singapore",
    "tokyo time": "Asia/Tokyo",
    "japan time": "Asia/Tokyo",
    "seoul time": "Asia/Seoul",
    "sydney time": "Australia/Sydney",
    "new york time": "America/New_York",
    "washington time": "America/New_York",
    "deutscher zeit": "Europe/Berlin",
    "deutsche zeit": "Europe/Berlin",
    "moskauer zeit": "Europe/Moscow",
    "schweizer zeit": "Europe/Zurich",
    "österreichischer zeit": "Europe/Vienna",
    "hora peninsular": "Europe/Madrid",
    "hora de madrid": "Europe/Madrid",
    "hora española": "Europe/Madrid",
    "hora canaria": "Atlantic/Canary",
    "hora de canarias": "Atlantic/Canary",
    "hora de ciudad de méxico": "America/Mexico_City",
    "hora del centro de méxico": "America/Mexico_City",
    "hora argentina": "America/Argentina/Buenos_Aires",
    "hora de argentina": "America/Argentina/Buenos_Aires",
    "hora de buenos aires": "America/Argentina/Buenos_Aires",
    "hora chilena": "America/Santiago",
    "hora de chile": "America/Santiago",
    "hora colombiana": "America/Bogota",
    "hora de colombia": "America/Bogota",
    "hora de bogotá": "America/Bogota",
    "hora de lima": "America/Lima",
    "hora peruana": "America/Lima",
    "hora de brasília": "America/Sao_Paulo",
    "horário de brasília": "America/Sao_Paulo",
    "hora de lisboa": "Europe/Lisbon",
    "hora portuguesa": "Europe/Lisbon",
    "ora italiana": "Europe/Rome",
    "ora di roma": "Europe/Rome",
    "по московскому времени": "Europe/Moscow",
    # Arabic "بتوقيت <place>" (in <place>'s time)
    "بتوقيت أبوظبي": "Asia/Dubai",
    "بتوقيت دبي": "Asia/Dubai",
    "بتوقيت الإمارات": "Asia/Dubai",
    "بتوقيت مكة المكرمة": "Asia/Riyadh",
    "بتوقيت مكة": "Asia/Riyadh",
    "بتوقيت السعودية": "Asia/Riyadh",
    "بتوقيت الرياض": "Asia/Riyadh",
    "بتوقيت القاهرة": "Africa/Cairo",
    "بتوقيت مصر": "Africa/Cairo",
    "بتوقيت بيروت": "Asia/Beirut",
    "بتوقيت الدوحة": "Asia/Qatar",
    "بتوقيت الكويت": "Asia/Kuwait",
    "بتوقيت بغداد": "Asia/Baghdad",
    "بتوقيت دمشق": "Asia/Damascus",
    "بتوقيت القدس": "Asia/Jerusalem",
    "بتوقيت غرينتش": "UTC",
    # Chinese "<place> time"
    "臺北時間": "Asia/Taipei",
    "台北時間": "Asia/Taipei",
    "北京時間": "Asia/Shanghai",
    "北京时间": "Asia/Shanghai",
    "香港時間": "Asia/Hong_Kong",
}
_LOCAL_TIME_RE = re.compile(
    r"\(?\s*(?:"
    + "|".join(re.escape(k) for k in sorted(LOCAL_TIME_PHRASES, key=len, reverse=True))
    + r")\s*\)?(?!\w)",
    re.IGNORECASE,
)

# Each phrase of LOCAL_TIME_PHRASES holds one of these.
_LOCAL_TIME_HINTS = ("heure", "time", "zeit", "hora", "horário", "ora ", "времени", "بتوقيت", "時間", "时间")

# Words that open a line or piece of a byline or date element only as the page's button or
# label ("Share", "Teilen", "Suivre ce journaliste", "Listen | 4 minutes"); used by
# parse_byline and parse_date to drop such lines.
_BUTTON_WORDS: frozenset[str] = _words(
    """
    share shares sharing comment comments print listen save email copy follow join gift
    reprints republish advertisement anzeige werbung publicité publicidad pubblicità
    leave artikel mehr deel lees lyt takip paylaş yazı bagikan ikuti volg bewaar luister
    partilhar komentarze what
    استمع مشاركة حجم シェアする ポストする ブックマーク 有料記事
    suivre partager imprimer écouter commenter réagir folgen teilen drucken hören merken
    kommentieren vorlesen kommentare seguir compartir comenta comentar comentarios
    imprimir escuchar guardar compartilhe compartilhar comentários ouvir segui condividi
    commenta commenti stampa ascolta delen reageer reacties printen följ
    kommentera lyssna følg kommenter seuraa jaa kommentoi obserwuj udostępnij skomentuj
    поделиться комментарии подписаться facebook twitter whatsapp linkedin
    bookmark donate subscribe newsletter add contact submit feedback latest see plus
    síguenos siguenos sigue posłuchaj طباعة شارك फॉलो dela consulter solicitar
    підписуйтесь small medium large sign log login register view profile perfil profil
    tamaño schriftgröße 閱讀時間 阅读时间 ポスト はてブ 印刷 見る 通知 分享 分享到 字号 字號 字體大小 字体大小
    lưu chia vu kaydet แชร์ ফেসবুক এক্স লিংকডইন হোয়াটসঅ্যাপ 공유 공유하기 글자크기
    tweeter zapisz σχόλια σχολια коментари schließen schliessen
    """
)
_OPEN_BRACKETS = {"[": "]", "(": ")", "【": "】", "（": "）"}
_TAIL_PART_RE = re.compile(r",\s*([^,\d]+)$")
# A credit after the date: "... 2026 by Brooke Randle", "... 2026 von Anna Berg".
_BY_TAIL_RE = re.compile(
    r"(?:(?<=\d)|(?<=[AaPp][Mm])|(?<=[AaPp]\.[Mm]\.)|(?<=\b[A-Z][A-Z]T))"  # (a zone: "PST")
    r"\s+(?:by|By|BY|von|par|por)\s+(?=[^\W\d_])[^\d]*$"
)
# A source named after the date: "来源：中国新闻网", "출처: 연합뉴스", "Quelle: dpa".
_SOURCE_TAIL_RE = re.compile(
    r"\s*[|·•,]?\s*(?:来源|來源|出典|출처|source|quelle|fuente|fonte)\s*[:：].*$", re.IGNORECASE
)


def _date_words_only(part: str) -> bool:
    """Whether every word of ``part`` is one a date may hold (weekday, month, zone, filler)."""
    for word in part.split():
        w = word.strip(".()").casefold()
        if not (
            w in _MONTHS
            or w in _WEEKDAYS
            or w in _FILLERS
            or w in _ENGLISH_OK
            or w.upper() in ZONE_OFFSETS
            or w.upper() in ZONE_NAMES
            or w.upper() in _ZONE_WORDS
            or _strip_accents(w) in _MONTHS
            or _strip_accents(w) in _WEEKDAYS
            or not w
        ):
            return False
    return True


# "Lecture : 3 minutes", "4 min read", "Lesezeit: 3 Min.": how long the article takes to read.
_READING_TIME_RE = re.compile(
    r"[\s•·|,-]*(?:\d+\s*['’]\s*(?:di|de)\s+(?:lettura|lectura|leitura)"
    r"|(?:lecture|lectura|lettura|leitura)\s+(?:de|di)\s+\d+\s*min\w*\.?"
    r"|\d+\s*min\w*\.?\s+(?:de|di)\s+(?:lectura|lettura|leitura|lecture)"
    r"|(?:temps\s+de\s+lecture|temps\s+de\s+lectura|lecture|lesezeit|tiempo\s+de\s+lectura|leestijd|reading\s+time"
    r"|read\s+time|lettura)\s*:?\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:min\w*|minutes?)\.?(?:\s+read)?"
    r"|lesedauer\s*:?\s*\d+\s*(?:min\w*|minuten)\.?"
    r"|\d+\s*(?:min|mins|minutes?)\.?\s+(?:read|to\s+read|de\s+lecture|lesen|lesezeit|leestijd|lukuaika"
    r"|lesetid|lästid|lectura|lettura))",
    re.IGNORECASE,
)
# A place before the date: "Madrid - 05 MAR 2024", "Berlin, 5. März 2024" (is_place decides),
# or before a prefix: "New Delhi,UPDATED: Mar 5, 2025".
# "Praha 18:42 6. srpna 2025": a place and then a time (a month would be followed by a day).
_PLACE_SPACE_RE = re.compile(
    r"^([^\W\d_][^\W\d_ -]+)\s+(?=\d{1,2}[:.]\d\d\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)"
)
_PLACE_LEAD_RE = re.compile(r"^([^\W\d_][^\d,;|–—:]{0,39}?)\s*,\s*(?=[^\W\d_])")
# An outlet's domain before the date: "Kompas.com - 15/03/2027, 18:42 WIB".
_DOMAIN_LEAD_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|id|in|info|news)\s*[-–—|]\s*(?=\d)", re.I)
# "18:42 pm": a 24-hour time with a half-day word (the word is dropped, not read).
# (The hour itself, not the minutes of "09:14:00 PM".)
_24H_HALF_DAY_RE = re.compile(
    r"(?<![:\d])((?:1[3-9]|2[0-3]):\d{2}(?::\d{2})?)\s*[ap]\.?m\.?(?!\w)", re.I
)
_PLACE_FIRST_RE = re.compile(r"^([^\W\d_][^\d,;|–—]{0,39}?)\s*(?:,|\s[-–—|]|[–—|])\s*(?=\d)")


def _without_place(text: str, *patterns: re.Pattern[str]) -> str:
    """``text`` without a leading place that the first matching pattern finds.

    The pattern's group 1 must be a place of the list (newsmodel.text.places) and no
    weekday or month name ("March" and "Joi" are towns as well).
    """
    for pattern in patterns:
        m = pattern.match(text)
        if m is not None:
            word = m.group(1).casefold()
            if word not in _WEEKDAYS and word not in _MONTHS and is_place(m.group(1)):
                return text[m.end() :]
            return text
    return text


def _tz_for(name: str) -> dt.tzinfo | None:
    upper = name.upper()
    if upper in ZONE_OFFSETS:
        hours = ZONE_OFFSETS[upper]
        return _UTC if hours == 0 else _fixed(hours)
    if upper in ZONE_NAMES:
        try:
            return ZoneInfo(ZONE_NAMES[upper])
        except ZoneInfoNotFoundError:  # pragma: no cover - tzdata missing
            return None
    return None


def _tzinfos(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """The ``tzinfos`` callback for dateutil: known names, else the numeric offset."""
    if name:
        found = _tz_for(name)
        if found is not None:
            return found
    if offset is not None:
        return _UTC if offset == 0 else dt.timezone(dt.timedelta(seconds=offset))
    return None


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def _prefix(text: str) -> tuple[DateKind | None, int | None, str]:
    """The kind a leading prefix gives, the index of its pattern, and the text after it."""
    m = _PREFIX_RE.match(text)
    if m is None or m.end() == 0:
        return None, None, text
    for i, (_, kind) in enumerate(_PREFIXES):
        if m.group(f"p{i}"):
            return kind, i, text[m.end() :]
    return None, None, text  # pragma: no cover - one group always matched


def _day_first(prefix: int | None, text: str) -> bool:
    """Tell whether a string is written in a language that puts the day first.

    A prefix of another language than English ("Publié le", "Actualizado") or a word
    only other languages use around a date ("à", "um", "Uhr", "a las") says so.
    """
    if prefix is not None:
        return prefix not in _ENGLISH_PREFIXES
    return any(w.casefold() in _DAY_FIRST_WORDS for w in _WORD_RE.findall(text))


def _refuse(text: str, reason: str) -> DateParseError:
    return DateParseError(text, reason)


def _read_iso(original: str, m: re.Match[str], kind: DateKind | None) -> DateReading:
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        day_value = dt.date(year, month, day)
    except ValueError as exc:
        raise _refuse(original, f"no such day ({exc})") from None
    if m.group(4) is None:
        return DateReading(day_value, kind, text=original)
    zone = m.group(8)
    time_text = original.strip()[11:].strip()
    fraction = (m.group(7) or "0")[:6].ljust(6, "0")
    if zone is None:
        try:
            local = dt.datetime(  # noqa: DTZ001 - the time as written, flagged naive
                year,
                month,
                day,
                int(m.group(4)),
                int(m.group(5)),
                int(m.group(6) or 0),
                int(fraction),
            )
        except ValueError as exc:
            raise _refuse(original, f"no such time ({exc})") from None
        return DateReading(
            day_value, kind, naive_time=True, time_text=time_text, local=local, text=original
        )
    if zone == "Z":
        tz: dt.tzinfo = _UTC
    else:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
        if minutes >= 24 * 60:
            raise _refuse(original, f"offset {zone} out of range")
        tz = _UTC if minutes == 0 else dt.timezone(sign * dt.timedelta(minutes=minutes))
    try:
        value = dt.datetime(
            year,
            month,
            day,
            int(m.group(4)),
            int(m.group(5)),
            int(m.group(6) or 0),
            int(fraction),
            tzinfo=tz,
        )
    except ValueError as exc:
        raise _refuse(original, f"no such time ({exc})") from None
    return DateReading(value, kind, text=original)


def _check_numeric(original: str, text: str, *, day_first: bool = False) -> str:
    """Refuse numeric dates whose day/month order cannot be told; spell out the rest.

    Args:
        original: The string as given (for the error).
        text: The string being normalised.
        day_first: The string is written in a language other than English (its prefix
            or its words say so), where numeric dates put the day first.
    """
    # "2026/3/3": the year first, then one-digit months and days as well
    m = _NUMERIC_YEAR_FIRST_RE.search(text) or _NUMERIC_RE.search(text)
    if m is None:
        if _NUMERIC_ANY_RE.search(text) and not _WORD_RE.search(
            _NUMERIC_ANY_RE.sub(" ", _TIME_RE.sub(" ", text))
        ):
            raise _refuse(original, "no year given")
        return text
    a, sep, b, c = m.group(1), m.group(2), m.group(3), m.group(4)
    if len(a) == 4:  # 2021/07/28, 2021.07.28
        year, month, day = int(a), int(b), int(c)
    else:
        if len(c) != 4:
            raise _refuse(original, "two-digit year: the century and the order are ambiguous")
        first, second, year = int(a), int(b), int(c)
        if (sep == "." and second <= 12) or first > 12 >= second:
            # day.month.year is the only dotted order in use ("07.15.2026" can only be
            # month first: 15 is no month)
            day, month = first, second
        elif day_first and first != second:
            # Month-first order is American English; a string in another language
            # ("Publié le 05/03/2024", "Actualizado el 05/03/2024") writes the day first.
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        elif first == second:
            day = month = first
        else:
            raise _refuse(
                original, f"day and month could be swapped ({m.group(0)}): refusing to guess"
            )
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise _refuse(original, f"no such day ({exc})") from None
    # Written with the month's name: dateutil's dayfirst reading swaps the day and the
    # month of "2024-03-05", which is what it would get here.
    return f"{text[: m.start()]} {day} {_MONTH_EN[month]} {year:04d} {text[m.end() :]}"


def _date_lines(s: str) -> str:
    """The lines of a date element that hold its stamp, without the page's buttons.

    "May 13, 2026\\nShare\\nSave", "... 4:05 PM UTC\\n52 Comments", "13 May 2026\\n\\n0\\n
    Listen to this article": after the first line, a line without a digit, a count alone
    or with a word, or a reading time is the page's, not the date's.
    """
    lines = [line.strip() for line in s.splitlines() if line.strip()]
    kept = lines[:1]
    for line in lines[1:]:
        if not any(c.isdigit() for c in line) and not _PREFIX_RE.match(line):
            continue
        first = (line.lstrip("|•·-–— ").split(None, 1) or [""])[0].strip(".,:;|").casefold()
        if (
            first in _BUTTON_WORDS  # "Listen | 4 minutes", "Posłuchaj artykułu · 6 min"
            or (_COUNT_LINE_RE.match(line) and not _TIME_LINE_RE.match(line))
            or _READING_TIME_RE.search(line)  # "timer3 min. read"
            or _RELATIVE_RE.search(line)  # "update Article was updated 2 hrs ago"
        ):
            continue
        kept.append(line)
    return "\n".join(kept)


def _arabic_half_day(m: re.Match[str]) -> str:
    """ "6:42 م" -> "6:42 pm"; a 24-hour time keeps no am/pm ("21:34 مساء" -> "21:34")."""
    if int(m.group(1).split(":")[0]) > 12:
        return m.group(1)
    return f"{m.group(1)} {'pm' if m.group(2).startswith('م') else 'am'}"


def _jalali_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a day of the Persian solar (Jalali) calendar; None if out of range.

    Hand-written rather than a dependency (jdatetime, persiantools) for one script's dates:
    the months are 6 x 31, 5 x 30 and 29 or 30 days; leap years follow the 33-year cycle
    (year mod 33 in 1, 5, 9, 13, 17, 22, 26, 30), which agrees with the astronomical
    calendar for the years 1300-1499 read here; counted from 1 Farvardin 1403, which was
    20 March 2024.
    """
    if not 1300 <= year <= 1499 or not 1 <= month <= 12:
        return None
    leap = year % 33 in _JALALI_LEAP
    length = 31 if month <= 6 else 30 if month <= 11 or leap else 29
    if not 1 <= day <= length:
        return None
    years = range(min(year, 1403), max(year, 1403))
    days = sum(366 if y % 33 in _JALALI_LEAP else 365 for y in years)
    start = _NOWRUZ_1403 + dt.timedelta(days=days if year >= 1403 else -days)
    into = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return start + dt.timedelta(days=into + day - 1)


_JALALI_LEAP = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
_NOWRUZ_1403 = dt.date(2024, 3, 20)
_PERSIAN_MONTHS = {
    w: n
    for n, w in enumerate(
        (
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
        ),
        1,
    )
}
# "۲۳ تیر ۱۴۰۶" (digits already ASCII here): day, Persian month, solar year.
_PERSIAN_DATE_RE = re.compile(
    r"(?<!\d)(\d{1,2})\s+(" + "|".join(_PERSIAN_MONTHS) + r")\s+(1[34]\d\d)(?!\d)"
)
# Levantine and Iraqi names of January, October, November and December, two words each.
_LEVANTINE_MONTHS_RE = re.compile(r"(كانون|تشرين)\s+(الأول|الاول|الثاني|الثانى)")
_LEVANTINE_TWO_WORDS = {
    ("كانون", "الثاني"): 1, ("كانون", "الثانى"): 1, ("كانون", "الأول"): 12,
    ("كانون", "الاول"): 12, ("تشرين", "الأول"): 10, ("تشرين", "الاول"): 10,
    ("تشرين", "الثاني"): 11, ("تشرين", "الثانى"): 11,
}
# Bengali "AM"/"PM" written in Bengali letters: "০৬:৪২ পিএম".
_BENGALI_AMPM_RE = re.compile(r"(\d{1,2}:\d{2})\s*(পিএম|এএম|অপরাহ্ণ|অপরাহ্ন|পূর্বাহ্ণ|পূর্বাহ্ন)")


def _persian_date(m: re.Match[str]) -> str:
    day = _jalali_to_gregorian(int(m.group(3)), _PERSIAN_MONTHS[m.group(2)], int(m.group(1)))
    if day is None:
        return m.group(0)  # left as written: refused as an unknown word later
    return f" {day.day} {_MONTH_EN[day.month]} {day.year} "


def _other_scripts(s: str) -> str:
    """Rewrite Vietnamese weekdays, Arabic am/pm, Thai, Persian solar and Levantine dates."""
    s = _VI_WEEKDAY_RE.sub("", s.lstrip())
    if any("\u0600" <= c <= "\u06ff" for c in s):
        if "كانون" in s or "تشرين" in s:
            s = _LEVANTINE_MONTHS_RE.sub(
                lambda m: f" {_MONTH_EN[_LEVANTINE_TWO_WORDS[(m.group(1), m.group(2))]]} ", s
            )
        s = _PERSIAN_DATE_RE.sub(_persian_date, s)
    if "এম" in s or "াহ্" in s:
        s = _BENGALI_AMPM_RE.sub(
            lambda m: f"{m.group(1)} {'pm' if m.group(2)[:1] in 'পঅ' else 'am'}", s
        )
    if "م" in s or "ص" in s:
        s = _ARABIC_AMPM_WORD_RE.sub(_arabic_half_day, s)
        s = _ARABIC_AMPM_RE.sub(_arabic_half_day, s)
    if "令和" in s or "平成" in s:
        # Japanese era years: Reiwa 1 is 2019, Heisei 1 is 1989 ("令和6年3月8日")
        s = _JA_ERA_RE.sub(
            lambda m: str((2018 if m.group(1) == "令和" else 1988)
                          + (1 if m.group(2) == "元" else int(m.group(2)))) + "年",
            s,
        )
    if "曜" in s or "（" in s or "(" in s or "週" in s or "周" in s or "星期" in s:
        s = _JA_WEEKDAY_RE.sub(" ", s)
    if any("\u0e00" <= c <= "\u0e7f" for c in s):
        thai, n = _THAI_MONTH_RE.subn(lambda m: f" {_MONTH_EN[_THAI_MONTHS[m.group(0)]]} ", s)
        if n:
            # "18 พ.ย. 2569": the Buddhist era's year, 543 years ahead of the Common Era
            thai = _THAI_YEAR_RE.sub(lambda m: str(int(m.group(1)) - 543), thai)
        s = _THAI_FILLER_RE.sub(" ", thai)
    return s


def _translate(original: str, text: str) -> tuple[str, int | None, list[str]]:
    """Replace month names with English ones, drop fillers and weekdays.

    Returns:
        The rewritten text, the weekday named (0 = Monday) or None, and the zone names found.
    """
    weekday: int | None = None
    zones: list[str] = []
    out: list[str] = []
    pos = 0
    for m in _WORD_RE.finditer(text):
        word = m.group(0)
        bare = word.rstrip(".")
        low = bare.casefold()
        out.append(text[pos : m.start()])
        pos = m.end()
        if low in _MONTHS or _strip_accents(low) in _MONTHS:
            number = _MONTHS.get(low) or _MONTHS[_strip_accents(low)]
            out.append(f" {_MONTH_EN[number]} ")
        elif (low in _WEEKDAYS or _strip_accents(low) in _WEEKDAYS) and not (
            len(low) == 2 and not word.endswith(".") and low in _FILLERS
        ):
            weekday = _WEEKDAYS.get(low, _WEEKDAYS.get(_strip_accents(low)))
            out.append(" ")
        elif low in _FILLERS and not (low == "am" and text[: m.start()][-1:].isdigit()):
            out.append(" ")  # ("5am" is the morning, German "am 5." a filler)
        elif bare.upper() in _ZONE_WORDS and bare[:1].isupper():
            zones.append(_ZONE_WORDS[bare.upper()])
            out.append(f" {_ZONE_WORDS[bare.upper()]} ")
        elif bare.upper() in ZONE_OFFSETS or bare.upper() in ZONE_NAMES:
            if bare != bare.upper() and len(bare) <= 2:
                raise _UnknownWord(original, word)
            zones.append(bare.upper())
            out.append(f" {bare.upper()} ")
        elif low in _ENGLISH_OK:
            out.append(f" {low} ")
        else:
            raise _UnknownWord(original, word)
    out.append(text[pos:])
    return _WS_RE.sub(" ", "".join(out)).strip(" ,;"), weekday, zones


def read_date(s: str) -> DateReading:
    """Read a date string as written in an article, refusing to guess.

    Args:
        s: "July 28, 2021", "Updated 28. Juli 2021, 14:30 Uhr MESZ", "1er août 2024",
            "2024-03-07T07:55:25+00:00", ...

    Returns:
        A :class:`DateReading`: the day, or the moment when a time with a zone is given;
        ``kind`` from a prefix; ``naive_time`` when a time without a zone was dropped.

    Raises:
        DateParseError: The string is relative ("yesterday", "vor 2 Stunden"), ambiguous
            ("03/04/05", "3/4/2021"), lacks a year or a day, names an impossible day, or
            is not a date. ``reason`` says which.
    """
    if "\n" in s:
        try:
            return _read_trimmed(s)
        except DateParseError as error:
            # "Valladolid\nMiércoles, 18 de noviembre 2026", "FALTER 47/26\nvom 18.11.2026":
            # a date element's first lines may be a place or an issue number
            lines = [line for line in s.splitlines() if line.strip()]
            for start in range(1, min(len(lines), 4)):
                try:
                    reading = _read_trimmed("\n".join(lines[start:]))
                except DateParseError:
                    continue
                return dataclasses.replace(reading, text=s)
            raise error from None
    return _read_trimmed(s)


# Any prefix's words, anywhere: a trimmed lead must not hold one.
_STAMP_WORD_RE = re.compile("|".join(p for p, _ in _PREFIXES), re.IGNORECASE)
_EDGE_SEPARATORS = " \t-–—•·|:,;()[]+{}"


def _read_trimmed(s: str) -> DateReading:
    """Read ``s``; where a word no rule knows stands before or after the whole date, read
    the date without it.

    "EuropaPress - 25/10/2020 15:51", "Mangalorean 19 May 2024 10:20 pm", "Items filtered
    by date: Tuesday, 29 August 2017", "2020/9/23 英字": an outlet's or a page's words
    around a complete date. Only words before its first digit or after its last are
    dropped, a few at a time; the date must still be complete (day, month and year), and
    a word inside it still refuses it.
    """
    try:
        return _read_date(s)
    except DateParseError as error:
        text = s
        for _ in range(10):
            digits = [i for i, c in enumerate(text) if c.isdigit()]
            if not isinstance(error, _UnknownWord) or not digits:
                break
            word = error.word
            pos = text.find(word)
            if pos < 0:
                break
            if pos < digits[-1] and (last := text.rfind(word)) > digits[-1]:
                pos = last  # "更新日:2024年6月20日更新 印刷ページ表示": the word after the date
            if pos + len(word) <= digits[0]:
                m_prefix = _PREFIX_RE.match(text)
                keep = m_prefix.end() if m_prefix is not None and m_prefix.end() <= pos else 0
                if _STAMP_WORD_RE.search(text, keep, pos + len(word)):
                    break  # "By Jo ParkUpdated Oct 14": the words say what the date is
                # past a bracket, bar or bullet before the date at once ("Reported by: India
                # TV Sports Desk, New Delhi [ Updated: ..."), else past the word; a known
                # prefix before the word stays ("Published online by X: 09 November 2012")
                jump = max(text.rfind(sep, pos, digits[0]) for sep in ("[", "|", "•", " - "))
                cut = jump + 1 if jump >= pos and not _STAMP_WORD_RE.search(text, keep, jump) \
                    else pos + len(word)
                text = text[:keep] + text[cut:].lstrip(_EDGE_SEPARATORS)
                if text.rstrip().endswith("]") and "[" not in text:
                    text = text.rstrip()[:-1]  # the bracket the date was in
            elif pos > digits[-1] and not (word.isupper() and len(word) <= 5):
                # (a zone no rule knows after a time is refused, not dropped: "10:00 XYZT")
                text = text[:pos].rstrip(_EDGE_SEPARATORS)
            else:
                break
            try:
                return dataclasses.replace(_read_date(text), text=s)
            except DateParseError as again:
                error = again
        raise


def _read_date(s: str) -> DateReading:
    original = s
    if "\n" in s:
        s = _date_lines(s)
    if _GLUED_MONTH_RE.search(s):
        s = _GLUED_MONTH_RE.sub(" ", s)  # "Ella ChiomaJune 7, 2019": a name glued to the month
    if not s.isascii():
        # Other scripts' digits as ASCII ones, one form for composed letters, and the
        # Arabic comma as a comma: "১৮ ফেব্রুয়ারি ২০২৬", "18 فروری ، 2026".
        if not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
        s = s.translate(_NATIVE_DIGITS).replace("،", ",")
        s = _other_scripts(s)
    text = _WS_RE.sub(" ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()
    if not text:
        raise _refuse(original, "empty string")
    text = text.lstrip("-–—|·•")  # "-Aktualisiert am 14.10.2026-18:42"
    if text[:1] in _OPEN_BRACKETS and text[-1:] == _OPEN_BRACKETS[text[:1]]:
        text = text[1:-1].strip()  # "[2026年1月14日22時31分]", "(14.01.2026)"
    if len(text) > 200:
        raise _refuse(original, "too long to be a date")
    # "New Delhi,UPDATED: Mar 5, 2025", "Praha 18:42 6. srpna 2025": the place first.
    text = _without_place(text, _PLACE_LEAD_RE, _PLACE_SPACE_RE)
    if "." in text[:30]:
        text = _DOMAIN_LEAD_RE.sub("", text)
    if "m" in text or "M" in text:
        text = _24H_HALF_DAY_RE.sub(r"\1", text)
    if "min" in text.casefold():  # every reading-time phrase holds "min"
        # "2 min read . Updated 14 May 2025", "Lecture : 3 minutes.", "4 min read"
        text = _READING_TIME_RE.sub("", text).strip(" .•·|,-")
    kind, prefix_kind_pattern, text = _prefix(text)
    if not text.isascii():
        text = _BRACKETED_UPDATE_RE.sub("", text)
        m_kind = _CJK_TRAILING_KIND_RE.search(text)
        if m_kind is not None:
            # "2026年12月09日 12時00分 公開": the kind of stamp after the date
            text = text[: m_kind.start()]
            kind = kind or ("modified" if m_kind.group(1) == "更新" else "published")
    text = _TIME_DASH_DATE_RE.sub(r"\1 ", text)
    if "-" in text:
        text = _DATE_DASH_TIME_RE.sub(r"\1 \2", text)  # "14.10.2026-18:42"
        text = _YEAR_DASH_TIME_RE.sub(" ", text)  # "Mar 30, 2025-03:40 PM"
    m_zone = _ZONE_TIME_RE.search(text) if ":" in text else None
    if m_zone is not None and m_zone.group(1) in ZONE_OFFSETS:
        # "2026-07-15 HKT 18:42": the zone written before the time it belongs to
        text = f"{text[: m_zone.start()]}{m_zone.group(2)} {m_zone.group(1)}{text[m_zone.end() :]}"
    # "Publié le 05/03/2024 à 10h15, mis à jour à 12h40": the first stamp is the one the
    # prefix names; a second, updated one after a separator is not part of it.
    m_second = _SECOND_STAMP_RE.search(text)
    # "12/08/2026 18:42 Actualizado a 12/08/2026 19:05": a second stamp's words tell the
    # language of a numeric date with no prefix of its own (here: day first).
    second_day_first = m_second is not None and not _ENGLISH_STAMP_RE.search(m_second.group(0))
    if m_second is not None:
        m_clock = _UPDATED_AT_RE.fullmatch(m_second.group(0).strip(" ,;|•·-–—("))
        if m_clock is not None and _TIME_RE.search(text[: m_second.start()]) is None:
            # "13 July 2011 Last updated at 12:33 GMT": the day's only stamp is the update,
            # its time after the words
            text = f"{text[: m_second.start()]} {m_clock.group(1)}"
            kind = "modified"
        else:
            text = text[: m_second.start()]  # (the pattern runs to the end of the text)
    if "更新" in text:
        text = _JA_UPDATE_RE.sub("", text)  # "2026年5月13日 18:42（5月13日 19:05更新）"
    if " by " in text or " By " in text or " BY " in text or " von " in text or " p" in text:
        # ("Updated ... at 6:42 PM by Kevin Otieno": after a time's PM too)
        text = _BY_TAIL_RE.sub("", text)  # "Posted on September 9, 2026 by Brooke Randle"
    if ("：" in text or ":" in text) and (m_src := _SOURCE_TAIL_RE.search(text)) is not None \
            and m_src.start() > 0:
        text = text[: m_src.start()]  # "2026年06月17日 18:42 来源：中国新闻网" (not a source first)
    if "@" in text:
        text = _AT_TIME_RE.sub(" ", text)  # "March 5, 2025 @ 7:02pm", "24/04/2024@18:43:00"
    if " p" in text or "면" in text:
        text = _PAGE_TAIL_RE.sub("", text)  # "miércoles 18 de agosto de 2027, p. 5": the page
    text = text.strip(" ,;:|–—")
    m_tail = _TAIL_PART_RE.search(text)
    if m_tail is not None and not _date_words_only(m_tail.group(1)):
        text = text[: m_tail.start()]  # "... 5.00pm BST, The Times": the outlet's name
    if text[-1:].isdigit() and (m_count := _VIEWS_TAIL_RE.search(text)) is not None:
        text = text[: m_count.start()]  # "13:45 - Okunma: 1734": a count of readers
    if " / " in text or " | " in text or " • " in text:
        # "March 4, 2025 / 11:42 PM EST / CBS News", "Mar 5, 2025 - 18:42 | All, Japan": a
        # part without a digit after a separator names the outlet or section, not the date.
        parts = re.split(r"\s+[/|•]\s+", text)
        text = (
            " ".join(
                part
                for part in parts
                if any(c.isdigit() for c in part)
                and not _COMMENTS_RE.match(part)
                and not part.strip().isdigit()  # "| 214": a count of comments
                and not _RELATIVE_RE.search(part)  # "/ 2 years ago": when the page was read
            )
            or text
        )
        if kind is None:
            # "Ana Nowak, (kg) | Utworzono: 08.04.2009, 19:51": the prefix of the part kept
            kind, prefix_kind_pattern, text = _prefix(text)
    # "Madrid - 05 MAR 2024 - 10:15 CET", "Berlin, 5. März 2024"
    text = _without_place(text, _PLACE_FIRST_RE)
    if not text:
        raise _refuse(original, "a prefix without a date")

    m = _ISO_RE.match(text)
    if m is not None:
        return _read_iso(original, m, kind)
    m = _COMPACT_RE.match(text)
    if m is not None:  # "20240305": the basic ISO 8601 form of a day
        return _read_iso(original, m, kind)
    if _CJK_DATE_RE.search(text):  # "2024年3月5日", "2024년 3월 5일"
        text = _CJK_DATE_RE.sub(
            lambda mm: f" {int(mm.group(3))} {_month_name(mm.group(2))} {mm.group(1)} ", text
        )
    if not text.isascii():
        # "17時45分" (Japanese, Chinese), "오후 5:45" / "午後5時" (afternoon) -> "5:45 pm".
        text = _CJK_TIME_RE.sub(lambda mm: f" {int(mm.group(1))}:{mm.group(2) or '00'} ", text)
        text = _MERIDIEM_RE.sub(
            lambda mm: f" {mm.group(2)} {'am' if mm.group(1) in _MORNING else 'pm'} ", text
        )
    m_hu = _YEAR_FIRST_RE.search(text)
    if m_hu is not None and m_hu.group(2).casefold() in _MONTHS:
        # Hungarian "2024. október 9.": year, month, day.
        text = f"{text[: m_hu.start()]} {m_hu.group(3)} {m_hu.group(2)} {m_hu.group(1)} {text[m_hu.end() :]}"
    text = _GLUED_YEAR_RE.sub(r"\1, ", text)
    text = _SPACED_COMMA_RE.sub(",", text)  # "03 December ,2025: 06:42 PM"
    text = _YEAR_COLON_RE.sub(r"\1 ", text)
    text = _HYPHENED_DATE_RE.sub(r"\1 \2 \3", text)
    if "(" in text:
        text = _PAREN_WORD_RE.sub(r" \1 ", text)
    text = _BULLET_RE.sub(" ", text)
    # "10:15 (GMT)": a zone in parentheses; "5. 3. 2024": a dotted date written with spaces.
    text = _PAREN_ZONE_RE.sub(lambda mm: f" {mm.group(1)} ", text)
    local_zone: str | None = None
    folded = text.casefold()
    m_local = (
        _LOCAL_TIME_RE.search(text)
        if any(hint in folded for hint in _LOCAL_TIME_HINTS)  # the long pattern, rarely
        else None
    )
    if m_local is not None:  # "(heure de Paris)": the clock of a place, read after parsing
        phrase = " ".join(m_local.group(0).strip("() ").split()).casefold()
        local_zone = LOCAL_TIME_PHRASES.get(phrase)
        text = f"{text[: m_local.start()]} {text[m_local.end() :]}"
    text = _SPACED_DOTTED_RE.sub(r"\1.\2.\3", text)

    if _RELATIVE_RE.search(text):
        raise _refuse(original, "relative date: it depends on when the page was read")

    # Normalise times and offsets before the words are translated.
    text = _AMPM_RE.sub(lambda mm: f" {mm.group(1).lower()}m", text)
    # "5 AM", "5:00 PM": glued to the time, so that "am" is not taken for German "am".
    text = _HOUR_AMPM_RE.sub(lambda mm: f"{mm.group(1)}{mm.group(2).lower()}m", text)
    offsets = [
        "{}{:02d}:{:02d}".format(
            "-" if mm.group(1) in "-−" else "+", int(mm.group(2)), int(mm.group(3) or 0)
        )
        for mm in _OFFSET_NAME_RE.finditer(text)
    ]
    if offsets:  # "GMT+3" becomes "+03:00", moved after the time where dateutil wants it
        text = _OFFSET_NAME_RE.sub(" ", text) + " " + " ".join(offsets)
    text = _TIME_DOT_RE.sub(lambda mm: f" {mm.group(1)}:{mm.group(2)} ", text)
    text = _TIME_H_RE.sub(lambda mm: f"{mm.group(1)}:{mm.group(2)}", text)
    text = _HOUR_UHR_RE.sub(lambda mm: f"{mm.group(1)}:00", text)
    text = _ORDINAL_RE.sub(lambda mm: f" {mm.group(1)} ", text)
    text = _check_numeric(
        original, text, day_first=_day_first(prefix_kind_pattern, text) or second_day_first
    )
    # "28. Juli 2021": the dot after a day number is an ordinal mark.
    text = re.sub(r"(?<![\d.])(\d{1,2})\.(?=\s*[^\W\d_])", r"\1 ", text)
    text, weekday, zones = _translate(original, text)
    if not re.search(r"\d", text):
        raise _refuse(original, "no day or year given")

    time_match = _TIME_RE.search(text)
    has_time = time_match is not None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            a = _du_parser.parse(text, default=_DEFAULT_A, dayfirst=True, tzinfos=_tzinfos)
            b = _du_parser.parse(text, default=_DEFAULT_B, dayfirst=True, tzinfos=_tzinfos)
    except (ValueError, OverflowError, Warning) as exc:
        if "out of range" in str(exc):
            raise _refuse(original, f"no such day ({exc})") from None
        raise _refuse(original, f"not a date ({exc})") from None

    if a.year != b.year:
        raise _refuse(original, "no year given: a year is never filled in")
    if _FOUR_DIGIT_YEAR_RE.search(text) is None:
        # "3rd Dec 25": 25 may be the year 2025 or the 25th, and a century is not written.
        raise _refuse(original, "two-digit year: the century is not written")
    if a.month != b.month:
        raise _refuse(original, "no month given")
    if a.day != b.day:
        raise _refuse(original, "no day given: a day is never filled in")
    day_value = dt.date(a.year, a.month, a.day)
    if weekday is not None and day_value.weekday() != weekday:
        raise _refuse(original, f"the weekday does not match the date ({day_value.strftime('%A')})")
    if not has_time:
        if (a.hour, a.minute) != (0, 0) or (b.hour, b.minute) != (13, 37):
            # dateutil read a number as a time we did not see: do not trust it.
            raise _refuse(original, "not a date (unexpected time)")
        return DateReading(day_value, kind, text=original)
    tz = a.tzinfo
    if tz is None and local_zone is not None:
        try:
            return DateReading(a.replace(tzinfo=ZoneInfo(local_zone)), kind, text=original)
        except ZoneInfoNotFoundError:  # pragma: no cover - tzdata missing
            pass
    if tz is None:
        assert time_match is not None
        return DateReading(
            day_value,
            kind,
            naive_time=True,
            time_text=time_match.group(0),
            local=a,
            text=original,
        )
    offset = a.utcoffset()
    assert offset is not None
    if not zones and not isinstance(tz, ZoneInfo):
        tz = _UTC if offset == dt.timedelta(0) else dt.timezone(offset)
        a = a.replace(tzinfo=tz)
    elif zones and zones[-1] in ZONE_NAMES:
        a = a.replace(tzinfo=_tz_for(zones[-1]))
    return DateReading(a, kind, text=original)


def parse_date(s: str) -> dt.date | dt.datetime | None:
    """Read a date string; None where it cannot be read without guessing.

    Args:
        s: The date as written ("July 28, 2021", "Aktualisiert am 28.07.2021, 14:30 Uhr").

    Returns:
        A ``datetime.date`` for a day, or when a time was given without a zone (the time is
        dropped, not guessed); an aware ``datetime.datetime`` for a time with a zone or
        offset; None for relative, ambiguous, incomplete or unreadable strings. Use
        :func:`read_date` to learn the prefix kind and why a string was refused.
    """
    try:
        return read_date(s).value
    except DateParseError:
        return None
