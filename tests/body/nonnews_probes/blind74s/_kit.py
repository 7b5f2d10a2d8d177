"""The blind74s probe's kit: blind66's frames (``Site``, ``frame``) with this set's own
``PROBES`` and ``add``, blind69s's sites and eleven more in languages the dev sets lack
(Estonian, Latvian, Icelandic, Swahili, Georgian, Armenian, Tamil, Bengali, Persian,
Catalan, Slovene), and the furniture the kinds of page in this set carry around their
content: a subscribe row of platforms, an apply box, a candle and guestbook strip."""

from __future__ import annotations

import functools

from ..blind66._kit import Site, add_probe, paras, site_from
from ..blind69s._kit import SITES as _SITES69
from ..blind73s._kit import rows
from ..pages import Probes

PROBES = Probes()
__all__ = ["PROBES", "SITES", "add", "bullets", "paras", "rows", "subscribe_row"]

add = functools.partial(add_probe, PROBES, "b74s")


def _site(lang: str, name: str, host: str, *lines: str, dir_: str = "ltr") -> Site:
    """A site from its menu (four entries) and its furniture's lines (``site_from``)."""
    return site_from(lang, name, host, lines[:4], lines[4:], dir_=dir_)


SITES: dict[str, Site] = {
    **_SITES69,
    "et": _site(
        "et",
        "Tarkvaraait",
        "tarkvaraait.example.ee",
        "Avaleht",
        "Tooted",
        "Tugi",
        "Kontakt",
        "Kasutame küpsiseid, et lehte paremaks muuta.",
        "Jaga lehte",
        "Telli meie uudiskiri ja saa teateid uutest versioonidest.",
        "Jäta kommentaar",
        "Loe ka",
        "Kuidas varundada andmeid",
        "Viis nippi algajale",
        "Tarkvaraait OÜ, Tartu.",
    ),
    "lv": _site(
        "lv",
        "Ozolkalna novada pašvaldība",
        "ozolkalns.example.lv",
        "Pašvaldība",
        "Pakalpojumi",
        "Jaunumi",
        "Kontakti",
        "Šī vietne izmanto sīkdatnes.",
        "Dalīties",
        "Pierakstieties novada jaunumu saņemšanai e-pastā.",
        "Komentēt",
        "Citas ziņas",
        "Skolēnu brīvdienu nometnes",
        "Jaunais autobusu saraksts",
        "Ozolkalna novada pašvaldība, Skolas iela 3.",
    ),
    "is": _site(
        "is",
        "Minningar",
        "minningar.example.is",
        "Forsíða",
        "Andlát",
        "Minningargreinar",
        "Hafa samband",
        "Þessi vefur notar vafrakökur.",
        "Deila",
        "Skráðu þig á póstlistann okkar.",
        "Skrifa athugasemd",
        "Aðrar minningargreinar",
        "Guðrún Ólafsdóttir",
        "Sigurður Pálsson",
        "Minningar ehf., Reykjavík.",
    ),
    "sw": _site(
        "sw",
        "Ajira Pwani",
        "ajirapwani.example.co.tz",
        "Mwanzo",
        "Nafasi za kazi",
        "Waajiri",
        "Wasiliana nasi",
        "Tovuti hii inatumia vidakuzi.",
        "Shiriki",
        "Jiandikishe kupokea nafasi mpya kila wiki.",
        "Andika maoni",
        "Nafasi zinazofanana",
        "Mhasibu Msaidizi, Tanga",
        "Dereva wa Magari Makubwa",
        "Ajira Pwani, haki zote zimehifadhiwa.",
    ),
    "ka": _site(
        "ka",
        "ხმოვანი ჟურნალი",
        "khmovani.example.ge",
        "მთავარი",
        "ეპიზოდები",
        "ავტორები",
        "კონტაქტი",
        "ეს საიტი იყენებს ქუქი-ფაილებს.",
        "გაზიარება",
        "გამოიწერეთ ჩვენი საინფორმაციო ბიულეტენი.",
        "დატოვეთ კომენტარი",
        "სხვა ეპიზოდები",
        "ქალაქის ხმები",
        "მთის სოფლები ზამთარში",
        "ხმოვანი ჟურნალი, ყველა უფლება დაცულია.",
    ),
    "hy": _site(
        "hy",
        "Երևանի համալսարանական դպրոց",
        "dproc.example.am",
        "Գլխավոր",
        "Դասընթացներ",
        "Ուսանողներին",
        "Կապ",
        "Այս կայքը օգտագործում է թխուկներ։",
        "Կիսվել",
        "Բաժանորդագրվեք մեր լրատուին։",
        "Թողնել մեկնաբանություն",
        "Այլ դասընթացներ",
        "Ներածություն տնտեսագիտությանը",
        "Հայոց լեզվի ոճաբանություն",
        "Երևանի համալսարանական դպրոց, բոլոր իրավունքները պաշտպանված են։",
    ),
    "ta": _site(
        "ta",
        "கவிதைச் சோலை",
        "kavithai.example.in",
        "முகப்பு",
        "கவிதைகள்",
        "கவிஞர்கள்",
        "தொடர்பு",
        "இந்தத் தளம் குக்கீகளைப் பயன்படுத்துகிறது.",
        "பகிர்க",
        "புதிய கவிதைகளை மின்னஞ்சலில் பெறுங்கள்.",
        "கருத்து எழுதுக",
        "மேலும் கவிதைகள்",
        "மழைக்காலக் குறிப்புகள்",
        "அம்மாவின் சமையலறை",
        "கவிதைச் சோலை, அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.",
    ),
    "bn": _site(
        "bn",
        "গানের খাতা",
        "ganerkhata.example.bd",
        "প্রথম পাতা",
        "গান",
        "শিল্পী",
        "যোগাযোগ",
        "এই সাইট কুকি ব্যবহার করে।",
        "শেয়ার করুন",
        "নতুন গানের খবর পেতে সাবস্ক্রাইব করুন।",
        "মন্তব্য লিখুন",
        "আরও গান",
        "নদীর ধারে বাড়ি",
        "শীতের সকাল",
        "গানের খাতা, সর্বস্বত্ব সংরক্ষিত।",
    ),
    "fa": _site(
        "fa",
        "راهنمای خانه هوشمند",
        "rahnama.example.ir",
        "خانه",
        "محصولات",
        "پشتیبانی",
        "تماس",
        "این وب‌سایت از کوکی استفاده می‌کند.",
        "اشتراک‌گذاری",
        "برای دریافت خبرنامه ایمیل خود را وارد کنید.",
        "دیدگاه خود را بنویسید",
        "مطالب مرتبط",
        "نصب دوربین در حیاط",
        "صرفه‌جویی در مصرف برق",
        "راهنمای خانه هوشمند، تمامی حقوق محفوظ است.",
        dir_="rtl",
    ),
    "ca": _site(
        "ca",
        "Agenda del Vallès",
        "agendavalles.example.cat",
        "Inici",
        "Concerts",
        "Teatre",
        "Contacte",
        "Aquest web utilitza galetes.",
        "Comparteix",
        "Subscriu-te al butlletí setmanal d'activitats.",
        "Deixa un comentari",
        "Altres activitats",
        "Mercat de Nadal a la plaça",
        "Cinema a la fresca",
        "Agenda del Vallès, tots els drets reservats.",
    ),
    "sl": _site(
        "sl",
        "Občina Zelena Dolina",
        "zelenadolina.example.si",
        "Občina",
        "Storitve",
        "Novice",
        "Kontakt",
        "Spletna stran uporablja piškotke.",
        "Deli",
        "Prijavite se na e-novice občine.",
        "Dodaj komentar",
        "Druge novice",
        "Zapora ceste v Lazah",
        "Razpis za štipendije",
        "Občina Zelena Dolina, Glavni trg 1.",
    ),
}


def bullets(*items: str, tag: str = "ul", cls: str = "") -> str:
    """A list of ``items``."""
    named = f" class='{cls}'" if cls else ""
    return f"<{tag}{named}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>"


def subscribe_row(label: str) -> str:
    """A podcast's row of listening platforms under its label."""
    return (
        f"<div class='subscribe-links'><span>{label}</span><a href='#'>Spotify</a>"
        "<a href='#'>Apple Podcasts</a><a href='#'>RSS</a></div>"
    )
