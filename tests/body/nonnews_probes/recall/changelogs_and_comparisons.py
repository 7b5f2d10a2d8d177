"""Changelogs and release notes (a heading per release, the changes as list items, the
oldest release last) and comparison pages (a spec table with row headers between prose,
the prose after the table the part most often lost)."""

from __future__ import annotations

from ._registry import PROBES, Frame, changelog, compare

DE_FRAME = Frame(
    site="Kartenwerk",
    nav=("Funktionen", "Preise", "Dokumentation", "Blog"),
    footer="© 2026 Kartenwerk GmbH · Impressum · Datenschutz",
    side_title="Beliebte Artikel",
    side=("So exportieren Sie Karten als Vektorgrafik", "Höhenlinien selbst berechnen"),
)

PROBES.add(
    "de_changelog_app",
    "https://kartenwerk.example.de/changelog",
    changelog(
        "de",
        "Änderungsprotokoll",
        "Hier steht, was sich in jeder Version von Kartenwerk geändert hat.",
        (
            (
                "Version 4.2",
                "12. November 2026",
                (
                    (
                        "Neu",
                        (
                            "Wanderwege lassen sich jetzt nach Schwierigkeit einfärben.",
                            "Der Druckdialog merkt sich das zuletzt gewählte Papierformat.",
                        ),
                    ),
                    (
                        "Behoben",
                        (
                            "Beim Zoomen über der Datumsgrenze sprang die Karte nicht mehr "
                            "nach Westen.",
                        ),
                    ),
                ),
            ),
            (
                "Version 4.1",
                "3. September 2026",
                (
                    ("Neu", ("Höhenprofile zeigen nun auch die Steigung in Prozent.",)),
                    ("Geändert", ("Die Suche findet Orte auch mit alten Schreibweisen wie Cöln.",)),
                ),
            ),
            (
                "Version 4.0",
                "20. Juni 2026",
                (
                    (
                        "Neu",
                        (
                            "Offline-Karten für ganze Bundesländer.",
                            "Ein dunkles Farbschema für nächtliche Touren.",
                        ),
                    ),
                    (
                        "Entfernt",
                        ("Die alte Kachelquelle aus dem Jahr 2014 wird nicht mehr unterstützt.",),
                    ),
                ),
            ),
        ),
        DE_FRAME,
    ),
    (
        "Wanderwege lassen sich jetzt nach Schwierigkeit einfärben.",
        "Beim Zoomen über der Datumsgrenze sprang die Karte nicht mehr nach Westen.",
        "Die Suche findet Orte auch mit alten Schreibweisen wie Cöln.",
        "Ein dunkles Farbschema für nächtliche Touren.",
        "Die alte Kachelquelle aus dem Jahr 2014 wird nicht mehr",
    ),
    DE_FRAME.furniture(),
)

KO_FRAME = Frame(
    site="가계부노트",
    nav=("소개", "요금제", "고객센터"),
    footer="© 2026 가계부노트. All rights reserved.",
)

PROBES.add(
    "ko_release_notes",
    "https://gagyebu-note.example.kr/release-notes",
    changelog(
        "ko",
        "업데이트 소식",
        "가계부노트의 버전별 변경 사항을 알려 드립니다.",
        (
            (
                "3.8.0",
                "2026년 10월 30일",
                (
                    (
                        "새 기능",
                        ("카드 명세서를 사진으로 찍으면 지출 항목이 자동으로 입력됩니다.",),
                    ),
                    ("개선", ("월별 보고서의 그래프 색상을 더 알아보기 쉽게 바꿨습니다.",)),
                ),
            ),
            (
                "3.7.2",
                "2026년 9월 14일",
                (
                    (
                        "오류 수정",
                        (
                            "자정에 입력한 지출이 다음 날로 기록되던 문제를 고쳤습니다.",
                            "일부 기기에서 백업 파일이 열리지 않던 문제를 해결했습니다.",
                        ),
                    ),
                ),
            ),
        ),
        KO_FRAME,
    ),
    (
        "카드 명세서를 사진으로 찍으면 지출 항목이 자동으로 입력됩니다",
        "월별 보고서의 그래프 색상을 더 알아보기 쉽게 바꿨습니다",
        "자정에 입력한 지출이 다음 날로 기록되던 문제를 고쳤습니다",
        "일부 기기에서 백업 파일이 열리지 않던 문제를 해결했습니다",
    ),
    KO_FRAME.furniture(),
)

PT_FRAME = Frame(
    site="Jogo da Onça Digital",
    nav=("Início", "Baixar", "Comunidade"),
    footer="Jogo da Onça Digital é software livre, distribuído sob a licença GPL.",
)

PROBES.add(
    "pt_br_novidades_versao",
    "https://jogodaonca.example.com.br/novidades",
    changelog(
        "pt-BR",
        "Novidades das versões",
        "Tudo o que mudou no jogo, da versão mais recente à mais antiga.",
        (
            (
                "1.3",
                "5 de outubro de 2026",
                (
                    ("Adicionado", ("Modo para dois jogadores no mesmo celular.",)),
                    (
                        "Corrigido",
                        ("A onça não pula mais duas vezes quando o jogador toca rápido.",),
                    ),
                ),
            ),
            (
                "1.2",
                "18 de julho de 2026",
                (("Adicionado", ("Tabuleiro em tamanho grande para quem enxerga pouco.",)),),
            ),
            (
                "1.0",
                "1 de março de 2026",
                (
                    (
                        "Primeira versão",
                        ("Partidas contra o computador em três níveis de dificuldade.",),
                    ),
                ),
            ),
        ),
        PT_FRAME,
    ),
    (
        "Modo para dois jogadores no mesmo celular.",
        "A onça não pula mais duas vezes quando o jogador toca rápido.",
        "Tabuleiro em tamanho grande para quem enxerga pouco.",
        "Partidas contra o computador em três níveis de",
    ),
    PT_FRAME.furniture(),
)

IT_FRAME = Frame(
    site="Pedala Sereno",
    nav=("Biciclette", "Confronti", "Guide", "Negozio"),
    footer="© 2026 Pedala Sereno S.r.l. — P. IVA 01234567890",
    side_title="Confronti più letti",
    side=("Cargo bike a due o tre ruote?", "Freni a disco o a pattino in città"),
)

PROBES.add(
    "it_confronto_bici",
    "https://pedalasereno.example.it/confronti/bici-pieghevoli",
    compare(
        "it",
        "Tre bici pieghevoli a confronto",
        (
            "Abbiamo usato per un mese tre bici pieghevoli sul tragitto casa-lavoro, con treno "
            "e ascensore compresi.",
        ),
        ("Modello", "Passero 16", "Rondine 20", "Gabbiano E"),
        (
            ("Peso", "10,9 kg", "12,4 kg", "17,8 kg"),
            ("Ruote", "16 pollici", "20 pollici", "20 pollici"),
            ("Marce", "3", "7", "motore da 250 W"),
            ("Piegata", "58 × 54 × 27 cm", "78 × 64 × 35 cm", "82 × 68 × 40 cm"),
        ),
        (
            "La Passero 16 è la più comoda da portare su per le scale, ma in salita le tre "
            "marce non bastano.",
            "Chi abita in collina farà meglio a spendere di più per la Gabbiano E, che pesa "
            "tanto ma arriva in ufficio senza sudare.",
        ),
        buy="Acquista",
        frame=IT_FRAME,
    ),
    (
        "Abbiamo usato per un mese tre bici pieghevoli",
        "58 × 54 × 27 cm",
        "motore da 250 W",
        "ma in salita le tre marce non bastano",
        "che pesa tanto ma arriva in ufficio senza sudare",
    ),
    IT_FRAME.furniture(),
)

ZH_FRAME = Frame(
    site="家电测评室",
    nav=("首页", "测评", "对比", "关于"),
    footer="© 2026 家电测评室 版权所有 京ICP备00000000号",
    side_title="热门对比",
    side=("扫地机器人怎么选", "空气炸锅容量对比"),
)

PROBES.add(
    "zh_duibi_dianfanbao",
    "https://jiadian-ceping.example.cn/duibi/dianfanbao",
    compare(
        "zh-CN",
        "三款电饭煲对比",
        ("我们用同一袋东北大米，在三款电饭煲里各煮了二十次饭。",),
        ("项目", "稻香一号", "禾丰IH", "小灶Mini"),
        (
            ("容量", "4升", "5升", "1.6升"),
            ("加热方式", "底盘加热", "电磁加热", "底盘加热"),
            ("煮饭时间", "42分钟", "35分钟", "28分钟"),
        ),
        (
            "禾丰IH煮出来的米饭最香，但价格也是另外两款的两倍。",
            "一个人住的话，小灶Mini已经够用，而且洗起来最省事。",
        ),
        buy="立即购买",
        frame=ZH_FRAME,
    ),
    (
        "我们用同一袋东北大米",
        "电磁加热",
        "禾丰IH煮出来的米饭最香",
        "一个人住的话，小灶Mini已经够用",
    ),
    ZH_FRAME.furniture(),
)

TR_FRAME = Frame(
    site="Kamp Rehberi",
    nav=("Ana Sayfa", "Çadırlar", "Karşılaştırmalar"),
    footer="© 2026 Kamp Rehberi. Tüm hakları saklıdır.",
)

PROBES.add(
    "tr_cadir_karsilastirma",
    "https://kamprehberi.example.com.tr/karsilastirma/iki-kisilik-cadirlar",
    compare(
        "tr",
        "İki kişilik çadırların karşılaştırması",
        ("Üç çadırı da aynı hafta sonu Kaçkarlar'da, yağmur altında kurduk.",),
        ("Özellik", "Yayla 2", "Zirve Hafif", "Dere Plus"),
        (
            ("Ağırlık", "2,1 kg", "1,3 kg", "2,9 kg"),
            ("Su geçirmezlik", "3000 mm", "2000 mm", "5000 mm"),
            ("Kurulum süresi", "6 dakika", "9 dakika", "5 dakika"),
        ),
        ("Zirve Hafif sırtta hiç hissedilmiyor, ama sağanakta zemin köşelerinden su aldı.",),
        buy="Satın al",
        frame=TR_FRAME,
    ),
    (
        "aynı hafta sonu Kaçkarlar'da, yağmur altında kurduk",
        "5000 mm",
        "sağanakta zemin köşelerinden su aldı",
    ),
    TR_FRAME.furniture(),
)
