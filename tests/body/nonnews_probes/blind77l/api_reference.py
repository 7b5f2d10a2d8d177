"""The blind77l probe's second part: API reference and guide pages of four documentation
generators (two Sphinx pages, a Javadoc-like page, two MkDocs Material pages, two
Docusaurus pages) in seven languages, with signatures, parameter lists and tables, notes
and code; the musts are the last parameter's text, the last code line, the last section."""

from __future__ import annotations

from ._kit import (
    SITES,
    add,
    bullets,
    docusaurus,
    javadoc,
    mkdocs,
    paras,
    pre,
    prism,
    rows,
    sphinx,
)
from ._kit import sphinx_function as fn

add(
    "sphinx_module_functions_and_fields",
    SITES["ja"],
    "tenki.forecast モジュール",
    sphinx(
        "tenki.forecast モジュール",
        paras("このモジュールは気象庁形式の予報データを読み込み、地点ごとの予報を返します。")
        + fn(
            "<em class='sig-param'>code</em>, <em class='sig-param'>days=3</em>",
            "fetch",
            paras("指定した地点コードの予報を取得します。"),
            "<dt class='field-odd'>パラメータ</dt><dd class='field-odd'><ul class='simple'>"
            "<li><p><strong>code</strong> (<em>str</em>) – 六桁の地点コード。</p></li>"
            "<li><p><strong>days</strong> (<em>int</em>) – "
            "取得する日数。最大で七日まで指定できます。</p></li>"
            "</ul></dd><dt class='field-even'>戻り値</dt><dd"
            " class='field-even'><p>日ごとの予報のリスト。</p></dd>",
        )
        + fn(
            "<em class='sig-param'>forecast</em>",
            "summarize",
            paras("予報を一文の要約にまとめます。"),
            "<dt class='field-odd'>例外</dt><dd class='field-odd'><p><strong>ValueError</strong>"
            " – 予報が空の場合に送出されます。</p></dd>",
        )
        + "<section id='rei'><h2>使用例<a class='headerlink' href='#rei'>¶</a></h2>"
        + pre(
            "&gt;&gt;&gt; from tenki import forecast\n"
            "&gt;&gt;&gt; days = forecast.fetch('130010', days=2)\n"
            "&gt;&gt;&gt; print(forecast.summarize(days))\n"
            "東京: 明日は晴れ、最高気温18度"
        )
        + "</section>",
        prev="前へ",
        next_="次へ",
        source="ソースを表示",
    ),
    (
        "地点ごとの予報を返します。",
        "六桁の地点コード。",
        "最大で七日まで指定できます。",
        "日ごとの予報のリスト。",
        "予報が空の場合に送出されます。",
        "print(forecast.summarize(days))",
        "東京: 明日は晴れ、最高気温18度",
    ),
    ("ソースを表示", "前へ", "次へ"),
    template="app",
    path="docs/api/forecast.html",
)

add(
    "sphinx_class_with_attribute_table_and_note",
    SITES["cs"],
    "Třída Jizdenka",
    sphinx(
        "Třída Jizdenka",
        paras("Třída Jizdenka představuje jednu jízdenku městské dopravy a její platnost.")
        + "<table class='docutils align-default'><thead><tr><th class='head'><p>Atribut</p></th>"
        "<th class='head'><p>Typ</p></th><th class='head'><p>Popis</p></th></tr></thead><tbody>"
        "<tr><td><p>pasmo</p></td><td><p>int</p></td><td><p>Tarifní pásmo, pro které jízdenka"
        " platí.</p></td></tr>"
        "<tr><td><p>platnost</p></td><td><p>timedelta</p></td><td><p>Doba platnosti od"
        " označení.</p></td></tr>"
        "<tr><td><p>zlevnena</p></td><td><p>bool</p></td><td><p>Zda jde o zlevněnou jízdenku"
        " pro studenty a seniory.</p></td></tr>"
        "</tbody></table>"
        + "<div class='admonition note'><p class='admonition-title'>Poznámka</p><p>Jízdenku "
        "lze označit jen jednou; druhé označení vyvolá výjimku.</p></div>"
        + fn(
            "<em class='sig-param'>cas</em>",
            "oznacit",
            paras("Označí jízdenku v zadaném čase a vrátí konec její platnosti."),
            "<dt class='field-odd'>Parametry</dt><dd class='field-odd'><p><strong>cas</strong>"
            " – okamžik označení v místním čase.</p></dd>",
        )
        + pre("j = Jizdenka(pasmo=1)\nkonec = j.oznacit(datetime.now())\nprint(konec)"),
        prev="Předchozí",
        next_="Další",
        source="Zobrazit zdroj",
    ),
    (
        "jednu jízdenku městské dopravy",
        "Doba platnosti od označení.",
        "Zda jde o zlevněnou jízdenku pro studenty a seniory.",
        "druhé označení vyvolá výjimku.",
        "okamžik označení v místním čase.",
        "print(konec)",
    ),
    ("Zobrazit zdroj", "Předchozí", "Další"),
    template="app",
    path="docs/jizdenka.html",
)

add(
    "javadoc_class_methods_and_notes",
    SITES["pl"],
    "Klasa Rachunek",
    javadoc(
        "Klasa Rachunek",
        "<section class='class-description'><div class='block'>Reprezentuje rachunek bankowy"
        " z saldem i historią operacji. Instancje nie są bezpieczne wątkowo.</div></section>"
        "<section class='method-details'><h2>Szczegóły metod</h2><ul class='member-list'>"
        "<li><section class='detail' id='wplac'><h3>wplac</h3><div class='member-signature'>"
        "<span class='modifiers'>public</span> <span class='return-type'>void</span> <span "
        "class='element-name'>wplac</span>(BigDecimal kwota)</div><div class='block'>Dodaje"
        " kwotę do salda i zapisuje operację w historii.</div><dl class='notes'><dt>Parametry:"
        "</dt><dd><code>kwota</code> - dodatnia kwota w złotych</dd><dt>Wyrzuca:</dt><dd>"
        "<code>IllegalArgumentException</code> - gdy kwota jest ujemna lub równa zeru</dd>"
        "</dl></section></li><li><section class='detail' id='saldo'><h3>saldo</h3><div "
        "class='member-signature'><span class='modifiers'>public</span> <span class="
        "'return-type'>BigDecimal</span> <span class='element-name'>saldo</span>()</div><div"
        " class='block'>Zwraca bieżące saldo rachunku.</div><dl class='notes'><dt>Zwraca:</dt>"
        "<dd>saldo po ostatniej zaksięgowanej operacji</dd><dt>Od wersji:</dt><dd>2.1</dd>"
        "</dl></section></li></ul></section>",
        nav=("Przegląd", "Pakiet", "Klasa", "Użycie", "Drzewo", "Indeks", "Pomoc"),
    ),
    (
        "Reprezentuje rachunek bankowy z saldem i historią operacji.",
        "zapisuje operację w historii.",
        "dodatnia kwota w złotych",
        "gdy kwota jest ujemna lub równa zeru",
        "Zwraca bieżące saldo rachunku.",
        "saldo po ostatniej zaksięgowanej operacji",
    ),
    ("Przegląd", "Drzewo", "Indeks", "Pomoc"),
    template="app",
    path="apidocs/pl/bank/Rachunek.html",
)

add(
    "mkdocs_guide_admonition_tabs_and_table",
    SITES["pt"],
    "Configuração do servidor",
    mkdocs(
        "Configuração do servidor",
        paras("O servidor lê as suas opções de um ficheiro YAML na pasta de configuração.")
        + "<h2 id='opcoes'>Opções<a class='headerlink' href='#opcoes'>¶</a></h2>"
        + rows(
            ("<code>porta</code>", "8080", "Porta em que o servidor escuta."),
            ("<code>registos</code>", "info", "Nível de detalhe dos registos."),
            ("<code>limite</code>", "100", "Número máximo de pedidos simultâneos por cliente."),
            head=("Opção", "Predefinição", "Descrição"),
        )
        + "<div class='admonition warning'><p class='admonition-title'>Aviso</p><p>Alterar a "
        "porta exige reiniciar o serviço.</p></div>"
        + "<h2 id='exemplo'>Exemplo<a class='headerlink' href='#exemplo'>¶</a></h2>"
        + "<div class='highlight'><pre><span></span><code>porta: 9090\nregistos: debug\n"
        "limite: 250\n</code></pre></div>"
        + "<h2 id='recarregar'>Recarregar sem parar<a class='headerlink' href='#recarregar'>¶"
        "</a></h2>"
        + paras("Envie o sinal HUP ao processo para reler o ficheiro sem interromper ligações.")
        + "<aside class='md-source-file'><span class='md-source-file__fact'>Última "
        "atualização: 3 de dezembro de 2026</span></aside>",
        edit="Editar esta página",
        toc_title="Índice",
        toc=("Opções", "Exemplo", "Recarregar sem parar"),
    ),
    (
        "lê as suas opções de um ficheiro YAML",
        "Porta em que o servidor escuta.",
        "Número máximo de pedidos simultâneos por cliente.",
        "Alterar a porta exige reiniciar o serviço.",
        "limite: 250",
        "reler o ficheiro sem interromper ligações.",
    ),
    ("Editar esta página", "Índice"),
    template="app",
    path="docs/configuracao/",
)

add(
    "mkdocs_cli_reference_commands",
    SITES["vi"],
    "Tham chiếu dòng lệnh",
    mkdocs(
        "Tham chiếu dòng lệnh",
        paras("Công cụ dòng lệnh cung cấp ba lệnh chính để quản lý kho dữ liệu.")
        + "".join(
            f"<h3 id='{c}'><code>{c}</code><a class='headerlink' href='#{c}'>¶</a></h3>"
            + paras(d)
            + f"<div class='highlight'><pre><span></span><code>{ex}\n</code></pre></div>"
            for c, d, ex in (
                ("kho init", "Tạo một kho mới trong thư mục hiện tại.", "$ kho init du-an"),
                (
                    "kho nap",
                    "Nạp tệp CSV vào kho và kiểm tra định dạng.",
                    "$ kho nap --bo-qua-loi so-lieu.csv",
                ),
                (
                    "kho xuat",
                    "Xuất dữ liệu ra tệp JSON theo từng ngày.",
                    "$ kho xuat --tu 2026-01-01 --den 2026-06-30",
                ),
            )
        )
        + "<h2 id='ma-thoat'>Mã thoát<a class='headerlink' href='#ma-thoat'>¶</a></h2>"
        + "<dl><dt><code>0</code></dt><dd>Lệnh chạy thành công.</dd><dt><code>2</code></dt>"
        "<dd>Tệp đầu vào không đúng định dạng.</dd></dl>",
        edit="Sửa trang này",
        toc_title="Mục lục",
        toc=("kho init", "kho nap", "kho xuat", "Mã thoát"),
    ),
    (
        "ba lệnh chính để quản lý kho dữ liệu.",
        "$ kho init du-an",
        "Nạp tệp CSV vào kho và kiểm tra định dạng.",
        "$ kho xuat --tu 2026-01-01 --den 2026-06-30",
        "Lệnh chạy thành công.",
        "Tệp đầu vào không đúng định dạng.",
    ),
    ("Sửa trang này", "Mục lục"),
    template="app",
    path="docs/cli/",
)

add(
    "docusaurus_guide_steps_and_code",
    SITES["zh"],
    "快速上手",
    docusaurus(
        "快速上手",
        paras("本指南介绍如何在五分钟内创建第一个地图应用。")
        + "<h2 class='anchor' id='install'>安装<a class='hash-link' href='#install'>​</a></h2>"
        + paras("使用 npm 安装核心包：")
        + prism("npm install @ditu/core", lang="bash")
        + "<h2 class='anchor' id='init'>初始化地图<a class='hash-link' href='#init'>​</a></h2>"
        + paras("在页面中放置一个容器，然后创建地图实例：")
        + prism(
            "import { Map } from '@ditu/core';",
            "const map = new Map('#app', { zoom: 12 });",
            "map.addMarker([39.9, 116.4]);",
        )
        + "<div class='theme-admonition theme-admonition-tip alert alert--success'><div "
        "class='admonitionHeading_Gvgb'>提示</div><div class='admonitionContent_BuS1'><p>缩放"
        "级别越大，地图显示的范围越小。</p></div></div>"
        + "<h2 class='anchor' id='next'>下一步<a class='hash-link' href='#next'>​</a></h2>"
        + bullets("添加图层和样式", "处理点击事件", "离线缓存瓦片"),
        edit="编辑此页",
        prev="简介",
        next_="图层",
        toc_title="本页总览",
    ),
    (
        "如何在五分钟内创建第一个地图应用。",
        "npm install @ditu/core",
        "const map = new Map('#app', { zoom: 12 });",
        "map.addMarker([39.9, 116.4]);",
        "地图显示的范围越小。",
        "离线缓存瓦片",
    ),
    ("编辑此页", "本页总览", "« 简介", "图层 »"),
    template="app",
    path="docs/quick-start",
)

add(
    "docusaurus_api_options_table",
    SITES["tr"],
    "createClient seçenekleri",
    docusaurus(
        "createClient seçenekleri",
        paras("createClient işlevi, sunucuya bağlanan bir istemci nesnesi döndürür.")
        + prism("const client = createClient({ url, timeout: 5000 });")
        + "<h2 class='anchor' id='secenekler'>Seçenekler<a class='hash-link' href='#secenekler'>​"
        "</a></h2>"
        + rows(
            ("<code>url</code>", "string", "Sunucunun adresi."),
            ("<code>timeout</code>", "number", "İsteğin milisaniye cinsinden zaman aşımı."),
            ("<code>retries</code>", "number", "Başarısız isteklerin kaç kez yeniden deneneceği."),
            head=("Ad", "Tür", "Açıklama"),
        )
        + "<h2 class='anchor' id='donus'>Dönüş değeri<a class='hash-link' href='#donus'>​</a>"
        "</h2>"
        + paras("İstemci nesnesi kapatılana kadar bağlantı havuzunu açık tutar.")
        + prism("await client.close();"),
        edit="Bu sayfayı düzenle",
        prev="Kurulum",
        next_="Kimlik doğrulama",
        toc_title="Bu sayfada",
    ),
    (
        "sunucuya bağlanan bir istemci nesnesi döndürür.",
        "İsteğin milisaniye cinsinden zaman aşımı.",
        "Başarısız isteklerin kaç kez yeniden deneneceği.",
        "bağlantı havuzunu açık tutar.",
        "await client.close();",
    ),
    ("Bu sayfayı düzenle", "Bu sayfada", "« Kurulum", "Kimlik doğrulama »"),
    template="app",
    path="docs/api/create-client",
)
