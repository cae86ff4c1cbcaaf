"""Demo blocs, topics and memberships, from the checked reference facts.

Dates are ISO strings cut to their precision ("1991-03-26", "2024-07", "1996"). Membership periods
are half-open: "end" is the first day the status no longer held.
"""

BLOCS = [
    {
        "slug": "alalc",
        "kind": "free_trade_area",
        "founded": "1960-02-18",
        "ended": "1980-08-12",
        "predecessor": None,
        "website": "",
        "name": {
            "es": "Asociación Latinoamericana de Libre Comercio",
            "th": "สมาคมการค้าเสรีลาตินอเมริกา",
            "en": "Latin American Free Trade Association",
        },
        "acronym": {"es": "ALALC", "th": "ALALC", "en": "LAFTA"},
        "founding_treaty": {
            "es": "Tratado de Montevideo (1960)",
            "th": "สนธิสัญญามอนเตวิเดโอ ค.ศ. 1960",
            "en": "Treaty of Montevideo (1960)",
        },
        "seat": {"es": "Montevideo", "th": "มอนเตวิเดโอ", "en": "Montevideo"},
        "summary": {
            "es": "Zona de libre comercio creada por el Tratado de Montevideo de 1960 y reemplazada por la ALADI "
            "con el Tratado de Montevideo de 1980.",
            "th": "เขตการค้าเสรีที่จัดตั้งขึ้นตามสนธิสัญญามอนเตวิเดโอ ค.ศ. 1960 "
            "และถูกแทนที่ด้วยสมาคมบูรณาการแห่งลาตินอเมริกา (ALADI) ตามสนธิสัญญามอนเตวิเดโอ ค.ศ. 1980",
            "en": "Free trade area created by the 1960 Treaty of Montevideo and replaced by ALADI under the 1980 "
            "Treaty of Montevideo.",
        },
    },
    {
        "slug": "aladi",
        "kind": "economic_integration",
        "founded": "1980-08-12",
        "ended": None,
        "predecessor": "alalc",
        "website": "https://www.aladi.org",
        "name": {
            "es": "Asociación Latinoamericana de Integración",
            "th": "สมาคมบูรณาการแห่งลาตินอเมริกา",
            "en": "Latin American Integration Association",
        },
        "acronym": {"es": "ALADI", "th": "ALADI", "en": "LAIA"},
        "founding_treaty": {
            "es": "Tratado de Montevideo (1980)",
            "th": "สนธิสัญญามอนเตวิเดโอ ค.ศ. 1980",
            "en": "Treaty of Montevideo (1980)",
        },
        "seat": {"es": "Montevideo", "th": "มอนเตวิเดโอ", "en": "Montevideo"},
        "summary": {
            "es": "Organismo de integración que sucedió a la ALALC; lo fundaron once países y más tarde se sumaron "
            "Cuba y Panamá.",
            "th": "องค์การบูรณาการที่สืบทอดต่อจาก ALALC ก่อตั้งโดย 11 ประเทศ และต่อมาคิวบาและปานามาเข้าร่วม",
            "en": "Integration body that succeeded ALALC; founded by eleven countries, later joined by Cuba and "
            "Panama.",
        },
    },
    {
        "slug": "cacm",
        "kind": "common_market",
        "founded": "1960-12-13",
        "ended": None,
        "predecessor": None,
        "website": "",
        "name": {
            "es": "Mercado Común Centroamericano",
            "th": "ตลาดร่วมอเมริกากลาง",
            "en": "Central American Common Market",
        },
        "acronym": {"es": "MCCA", "th": "CACM", "en": "CACM"},
        "founding_treaty": {
            "es": "Tratado General de Integración Económica Centroamericana (Managua)",
            "th": "สนธิสัญญาทั่วไปว่าด้วยการรวมกลุ่มทางเศรษฐกิจอเมริกากลาง (มานากัว)",
            "en": "General Treaty of Central American Economic Integration (Managua)",
        },
        "seat": {"es": "", "th": "", "en": ""},
        "summary": {
            "es": "Mercado común creado en Managua por el Tratado General de Integración Económica Centroamericana.",
            "th": "ตลาดร่วมที่จัดตั้งขึ้นที่กรุงมานากัวตามสนธิสัญญาทั่วไปว่าด้วยการรวมกลุ่มทางเศรษฐกิจอเมริกากลาง",
            "en": "Common market created in Managua by the General Treaty of Central American Economic Integration.",
        },
    },
    {
        "slug": "sica",
        "kind": "political_union",
        "founded": "1991-12-13",
        "ended": None,
        "predecessor": "cacm",
        "website": "https://www.sica.int",
        "name": {
            "es": "Sistema de la Integración Centroamericana",
            "th": "ระบบบูรณาการอเมริกากลาง",
            "en": "Central American Integration System",
        },
        "acronym": {"es": "SICA", "th": "SICA", "en": "SICA"},
        "founding_treaty": {
            "es": "Protocolo de Tegucigalpa",
            "th": "พิธีสารเตกูซิกัลปา",
            "en": "Protocol of Tegucigalpa",
        },
        "seat": {"es": "San Salvador", "th": "ซานซัลวาดอร์", "en": "San Salvador"},
        "summary": {
            "es": "Marco institucional de la integración centroamericana, creado por el Protocolo de Tegucigalpa.",
            "th": "กรอบสถาบันของการรวมกลุ่มในอเมริกากลาง จัดตั้งขึ้นตามพิธีสารเตกูซิกัลปา",
            "en": "Institutional framework of Central American integration, created by the Protocol of Tegucigalpa.",
        },
    },
    {
        "slug": "andean-pact",
        "kind": "customs_union",
        "founded": "1969-05-26",
        "ended": "1996-03-10",
        "predecessor": None,
        "website": "",
        "name": {"es": "Pacto Andino", "th": "กลุ่มข้อตกลงแอนเดียน", "en": "Andean Pact"},
        "acronym": {"es": "Pacto Andino", "th": "กลุ่มแอนเดียน", "en": "Andean Pact"},
        "founding_treaty": {
            "es": "Acuerdo de Cartagena",
            "th": "ความตกลงการ์ตาเฮนา",
            "en": "Cartagena Agreement",
        },
        "seat": {"es": "Lima", "th": "ลิมา", "en": "Lima"},
        "summary": {
            "es": "Grupo andino creado por el Acuerdo de Cartagena; el Protocolo de Trujillo lo convirtió en la "
            "Comunidad Andina.",
            "th": "กลุ่มประเทศแอนเดียนที่จัดตั้งขึ้นตามความตกลงการ์ตาเฮนา ต่อมาพิธีสารตรูฮิโยได้เปลี่ยนเป็นประชาคมแอนเดียน",
            "en": "Andean group created by the Cartagena Agreement; the Trujillo Protocol turned it into the Andean "
            "Community.",
        },
    },
    {
        "slug": "can",
        "kind": "customs_union",
        "founded": "1996-03-10",
        "ended": None,
        "predecessor": "andean-pact",
        "website": "https://www.comunidadandina.org",
        "name": {"es": "Comunidad Andina", "th": "ประชาคมแอนเดียน", "en": "Andean Community"},
        "acronym": {"es": "CAN", "th": "CAN", "en": "CAN"},
        "founding_treaty": {
            "es": "Protocolo de Trujillo",
            "th": "พิธีสารตรูฮิโย",
            "en": "Trujillo Protocol",
        },
        "seat": {"es": "Lima", "th": "ลิมา", "en": "Lima"},
        "summary": {
            "es": "Sucesora del Pacto Andino, creada por el Protocolo de Trujillo; Chile es miembro asociado.",
            "th": "ผู้สืบทอดกลุ่มข้อตกลงแอนเดียน จัดตั้งขึ้นตามพิธีสารตรูฮิโย โดยมีชิลีเป็นสมาชิกสมทบ",
            "en": "Successor of the Andean Pact, created by the Trujillo Protocol; Chile is an associate member.",
        },
    },
    {
        "slug": "caricom",
        "kind": "common_market",
        "founded": "1973-07-04",
        "ended": None,
        "predecessor": None,
        "website": "https://caricom.org",
        "name": {"es": "Comunidad del Caribe", "th": "ประชาคมแคริบเบียน", "en": "Caribbean Community"},
        "acronym": {"es": "CARICOM", "th": "CARICOM", "en": "CARICOM"},
        "founding_treaty": {
            "es": "Tratado de Chaguaramas",
            "th": "สนธิสัญญาชากัวรามัส",
            "en": "Treaty of Chaguaramas",
        },
        "seat": {"es": "Georgetown", "th": "จอร์จทาวน์", "en": "Georgetown"},
        "summary": {
            "es": "Comunidad caribeña fundada por Barbados, Guyana, Jamaica y Trinidad y Tobago.",
            "th": "ประชาคมของประเทศในแคริบเบียน ก่อตั้งโดยบาร์เบโดส กายอานา จาเมกา และตรินิแดดและโตเบโก",
            "en": "Caribbean community founded by Barbados, Guyana, Jamaica and Trinidad and Tobago.",
        },
    },
    {
        "slug": "sela",
        "kind": "forum",
        "founded": "1975-10-17",
        "ended": None,
        "predecessor": None,
        "website": "https://www.sela.org",
        "name": {
            "es": "Sistema Económico Latinoamericano y del Caribe",
            "th": "ระบบเศรษฐกิจลาตินอเมริกาและแคริบเบียน",
            "en": "Latin American and Caribbean Economic System",
        },
        "acronym": {"es": "SELA", "th": "SELA", "en": "SELA"},
        "founding_treaty": {
            "es": "Convenio de Panamá",
            "th": "อนุสัญญาปานามา",
            "en": "Panama Convention",
        },
        "seat": {"es": "Caracas", "th": "การากัส", "en": "Caracas"},
        "summary": {
            "es": "Organismo regional de consulta y cooperación económica creado por el Convenio de Panamá.",
            "th": "องค์การระดับภูมิภาคเพื่อการหารือและความร่วมมือทางเศรษฐกิจ จัดตั้งขึ้นตามอนุสัญญาปานามา",
            "en": "Regional body for economic consultation and cooperation, created by the Panama Convention.",
        },
    },
    {
        "slug": "mercosur",
        "kind": "customs_union",
        "founded": "1991-03-26",
        "ended": None,
        "predecessor": None,
        "website": "https://www.mercosur.int",
        "name": {"es": "Mercado Común del Sur", "th": "ตลาดร่วมอเมริกาใต้ตอนล่าง", "en": "Southern Common Market"},
        "acronym": {"es": "Mercosur", "th": "MERCOSUR", "en": "Mercosur"},
        "founding_treaty": {
            "es": "Tratado de Asunción",
            "th": "สนธิสัญญาอาซุนซิออน",
            "en": "Treaty of Asunción",
        },
        "seat": {"es": "Montevideo", "th": "มอนเตวิเดโอ", "en": "Montevideo"},
        "summary": {
            "es": "Unión aduanera fundada por Argentina, Brasil, Paraguay y Uruguay; el Protocolo de Ouro Preto le "
            "dio personalidad jurídica.",
            "th": "สหภาพศุลกากรที่ก่อตั้งโดยอาร์เจนตินา บราซิล ปารากวัย และอุรุกวัย พิธีสารโอรูเปรตูให้สถานะนิติบุคคลแก่กลุ่ม",
            "en": "Customs union founded by Argentina, Brazil, Paraguay and Uruguay; the Protocol of Ouro Preto "
            "gave it legal personality.",
        },
    },
    {
        "slug": "ftaa",
        "kind": "negotiation",
        "founded": "1994-12",
        "ended": "2005-11",
        "predecessor": None,
        "website": "",
        "name": {
            "es": "Área de Libre Comercio de las Américas",
            "th": "เขตการค้าเสรีแห่งอเมริกา",
            "en": "Free Trade Area of the Americas",
        },
        "acronym": {"es": "ALCA", "th": "FTAA", "en": "FTAA"},
        "founding_treaty": {
            "es": "Cumbre de las Américas de Miami",
            "th": "การประชุมสุดยอดแห่งทวีปอเมริกาที่ไมแอมี",
            "en": "Summit of the Americas, Miami",
        },
        "seat": {"es": "", "th": "", "en": ""},
        "summary": {
            "es": "Negociación de un área de libre comercio continental, lanzada en Miami; no cumplió su plazo de "
            "2005 y se estancó en la cumbre de Mar del Plata.",
            "th": "การเจรจาจัดตั้งเขตการค้าเสรีทั่วทวีปอเมริกาซึ่งเริ่มขึ้นที่ไมแอมี "
            "ไม่บรรลุตามกำหนดเวลาใน พ.ศ. 2548 และหยุดชะงักในการประชุมสุดยอดที่มาร์เดลปลาตา",
            "en": "Negotiation of a hemispheric free trade area, launched in Miami; it missed its 2005 deadline and "
            "stalled at the Mar del Plata summit.",
        },
    },
    {
        "slug": "alba-tcp",
        "kind": "political_alliance",
        "founded": "2004-12-14",
        "ended": None,
        "predecessor": None,
        "website": "",
        "name": {
            "es": "Alianza Bolivariana para los Pueblos de Nuestra América – Tratado de Comercio de los Pueblos",
            "th": "พันธมิตรโบลิวาร์เพื่อประชาชนแห่งทวีปอเมริกาของเรา – สนธิสัญญาการค้าของประชาชน",
            "en": "Bolivarian Alliance for the Peoples of Our America – Peoples' Trade Treaty",
        },
        "acronym": {"es": "ALBA-TCP", "th": "ALBA", "en": "ALBA-TCP"},
        "founding_treaty": {
            "es": "Declaración conjunta de Venezuela y Cuba (La Habana)",
            "th": "ปฏิญญาร่วมเวเนซุเอลาและคิวบา (ฮาวานา)",
            "en": "Joint declaration of Venezuela and Cuba (Havana)",
        },
        "seat": {"es": "Caracas", "th": "การากัส", "en": "Caracas"},
        "summary": {
            "es": "Alianza fundada en La Habana por Venezuela y Cuba; adoptó el nombre ALBA-TCP en 2009.",
            "th": "พันธมิตรที่เวเนซุเอลาและคิวบาก่อตั้งขึ้นที่กรุงฮาวานา และใช้ชื่อ ALBA-TCP ตั้งแต่ พ.ศ. 2552",
            "en": "Alliance founded in Havana by Venezuela and Cuba; renamed ALBA-TCP in 2009.",
        },
    },
    {
        "slug": "csn",
        "kind": "political_union",
        "founded": "2004-12-08",
        "ended": None,
        "predecessor": None,
        "website": "",
        "name": {
            "es": "Comunidad Sudamericana de Naciones",
            "th": "ประชาคมประเทศอเมริกาใต้",
            "en": "South American Community of Nations",
        },
        "acronym": {"es": "CSN", "th": "CSN", "en": "CSN"},
        "founding_treaty": {
            "es": "Declaración de Cusco",
            "th": "ปฏิญญากุสโก",
            "en": "Cusco Declaration",
        },
        "seat": {"es": "", "th": "", "en": ""},
        "summary": {
            "es": "Comunidad sudamericana creada por la Declaración de Cusco; su sucesora es la UNASUR.",
            "th": "ประชาคมของประเทศอเมริกาใต้ที่จัดตั้งขึ้นตามปฏิญญากุสโก ผู้สืบทอดคือสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR)",
            "en": "South American community created by the Cusco Declaration; its successor is UNASUR.",
        },
    },
    {
        "slug": "unasur",
        "kind": "political_union",
        "founded": "2008-05-23",
        "ended": None,
        "predecessor": "csn",
        "website": "",
        "name": {
            "es": "Unión de Naciones Suramericanas",
            "th": "สหภาพกลุ่มประเทศอเมริกาใต้",
            "en": "Union of South American Nations",
        },
        "acronym": {"es": "UNASUR", "th": "UNASUR", "en": "UNASUR"},
        "founding_treaty": {
            "es": "Tratado Constitutivo (Brasilia)",
            "th": "สนธิสัญญาก่อตั้ง (บราซิเลีย)",
            "en": "Constitutive Treaty (Brasília)",
        },
        "seat": {"es": "Quito", "th": "กีโต", "en": "Quito"},
        "summary": {
            "es": "Unión de doce países sudamericanos; seis suspendieron su participación en 2018 y varios se "
            "retiraron después; Brasil y Argentina regresaron en 2023.",
            "th": "สหภาพของ 12 ประเทศในอเมริกาใต้ หกประเทศระงับการเข้าร่วมใน พ.ศ. 2561 "
            "และหลายประเทศถอนตัวในเวลาต่อมา บราซิลและอาร์เจนตินากลับเข้าร่วมใน พ.ศ. 2566",
            "en": "Union of twelve South American countries; six suspended their participation in 2018 and several "
            "later withdrew; Brazil and Argentina returned in 2023.",
        },
    },
    {
        "slug": "pacific-alliance",
        "kind": "free_trade_area",
        "founded": "2011-04-28",
        "ended": None,
        "predecessor": None,
        "website": "https://alianzapacifico.net",
        "name": {"es": "Alianza del Pacífico", "th": "พันธมิตรแปซิฟิก", "en": "Pacific Alliance"},
        "acronym": {"es": "AP", "th": "พันธมิตรแปซิฟิก", "en": "PA"},
        "founding_treaty": {
            "es": "Declaración de Lima; Acuerdo Marco firmado en Paranal",
            "th": "ปฏิญญาลิมา และความตกลงกรอบที่ลงนามที่ปารานัล",
            "en": "Lima Declaration; Framework Agreement signed at Paranal",
        },
        "seat": {"es": "Rotativa", "th": "หมุนเวียน", "en": "Rotating"},
        "summary": {
            "es": "Alianza de Chile, Colombia, México y Perú, nacida con la Declaración de Lima.",
            "th": "พันธมิตรของชิลี โคลอมเบีย เม็กซิโก และเปรู ซึ่งเกิดขึ้นจากปฏิญญาลิมา",
            "en": "Alliance of Chile, Colombia, Mexico and Peru, born with the Lima Declaration.",
        },
    },
    {
        "slug": "celac",
        "kind": "forum",
        "founded": "2011-12-03",
        "ended": None,
        "predecessor": None,
        "website": "",
        "name": {
            "es": "Comunidad de Estados Latinoamericanos y Caribeños",
            "th": "ประชาคมรัฐลาตินอเมริกาและแคริบเบียน",
            "en": "Community of Latin American and Caribbean States",
        },
        "acronym": {"es": "CELAC", "th": "CELAC", "en": "CELAC"},
        "founding_treaty": {
            "es": "Cumbre fundacional de Caracas",
            "th": "การประชุมสุดยอดก่อตั้งที่การากัส",
            "en": "Founding summit in Caracas",
        },
        "seat": {"es": "Rotativa", "th": "หมุนเวียน", "en": "Rotating"},
        "summary": {
            "es": "Foro de los 33 Estados de América Latina y el Caribe, fundado en la cumbre de Caracas.",
            "th": "เวทีของรัฐลาตินอเมริกาและแคริบเบียน 33 รัฐ ก่อตั้งขึ้นในการประชุมสุดยอดที่การากัส",
            "en": "Forum of the 33 states of Latin America and the Caribbean, founded at the Caracas summit.",
        },
    },
    {
        "slug": "prosur",
        "kind": "forum",
        "founded": "2019-03-22",
        "ended": None,
        "predecessor": None,
        "website": "",
        "name": {
            "es": "Foro para el Progreso e Integración de América del Sur",
            "th": "เวทีเพื่อความก้าวหน้าและการบูรณาการแห่งอเมริกาใต้",
            "en": "Forum for the Progress and Integration of South America",
        },
        "acronym": {"es": "PROSUR", "th": "PROSUR", "en": "PROSUR"},
        "founding_treaty": {
            "es": "Declaración de Santiago",
            "th": "ปฏิญญาซานติอาโก",
            "en": "Santiago Declaration",
        },
        "seat": {"es": "", "th": "", "en": ""},
        "summary": {
            "es": "Foro sudamericano creado por la Declaración de Santiago con ocho países.",
            "th": "เวทีของประเทศอเมริกาใต้ที่จัดตั้งขึ้นตามปฏิญญาซานติอาโกโดยแปดประเทศ",
            "en": "South American forum created by the Santiago Declaration with eight countries.",
        },
    },
]

TOPICS = [
    ("economy-trade", {"es": "Economía y comercio", "th": "เศรษฐกิจและการค้า", "en": "Economy and trade"}),
    ("health", {"es": "Salud", "th": "สาธารณสุข", "en": "Health"}),
    ("culture", {"es": "Cultura", "th": "วัฒนธรรม", "en": "Culture"}),
    ("foreign-policy", {"es": "Política exterior", "th": "นโยบายต่างประเทศ", "en": "Foreign policy"}),
    ("human-rights", {"es": "Derechos humanos", "th": "สิทธิมนุษยชน", "en": "Human rights"}),
    ("peace-processes", {"es": "Procesos de paz", "th": "กระบวนการสันติภาพ", "en": "Peace processes"}),
    (
        "energy-infrastructure",
        {"es": "Energía e infraestructura", "th": "พลังงานและโครงสร้างพื้นฐาน", "en": "Energy and infrastructure"},
    ),
    ("south-south-cooperation", {"es": "Cooperación Sur–Sur", "th": "ความร่วมมือใต้-ใต้", "en": "South–South cooperation"}),
    (
        "sovereignty-disputes",
        {"es": "Conflictos y fronteras", "th": "ความขัดแย้งและพรมแดน", "en": "Conflicts and borders"},
    ),
]

CELAC_STATES = [
    "AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU", "DM", "DO", "EC", "SV", "GD", "GT",
    "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "UY", "VE",
]  # fmt: skip


def _founders(bloc, start, countries, note=""):
    return [(code, bloc, "member", start, None, note) for code in countries]


# Membership notes are written in English here and translated below.
MEMBERSHIP_NOTES = {
    "Accession protocol signed.": {
        "es": "Firmó el protocolo de adhesión.",
        "th": "ลงนามในพิธีสารว่าด้วยการเข้าเป็นสมาชิก",
    },
    "Suspended its participation.": {"es": "Suspendió su participación.", "th": "ระงับการเข้าร่วม"},
    "Full member.": {"es": "Miembro pleno.", "th": "สมาชิกเต็มรูปแบบ"},
    "Member since the Andean Pact.": {
        "es": "Miembro desde el Pacto Andino.",
        "th": "เป็นสมาชิกมาตั้งแต่สมัยกลุ่มข้อตกลงแอนเดียน",
    },
    "Recognised as a full member at the Asunción summit.": {
        "es": "Reconocida como miembro pleno en la cumbre de Asunción.",
        "th": "ได้รับการรับรองเป็นสมาชิกเต็มรูปแบบในการประชุมสุดยอดที่อาซุนซิออน",
    },
    "Returned.": {"es": "Regresó.", "th": "กลับเข้าร่วม"},
    "Suspended at the Mendoza summit.": {
        "es": "Suspendido en la cumbre de Mendoza.",
        "th": "ถูกระงับสมาชิกภาพในการประชุมสุดยอดที่เมนโดซา",
    },
    "Suspension under the democratic clause (Ushuaia Protocol), still in force.": {
        "es": "Suspensión en virtud de la cláusula democrática (Protocolo de Ushuaia), aún vigente.",
        "th": "ถูกระงับตามข้อบทว่าด้วยประชาธิปไตย (พิธีสารอุชัวยา) ซึ่งยังมีผลอยู่",
    },
    "Took part in the negotiations.": {"es": "Participó en las negociaciones.", "th": "เข้าร่วมการเจรจา"},
    "Ended when Venezuela announced its withdrawal.": {
        "es": "Terminó cuando Venezuela anunció su retiro.",
        "th": "สิ้นสุดเมื่อเวเนซุเอลาประกาศถอนตัว",
    },
}

# (country, bloc, status, start, end, note)
MEMBERSHIPS = [
    # ALADI
    *_founders("aladi", "1980-08-12", ["AR", "BO", "BR", "CL", "CO", "EC", "MX", "PY", "PE", "UY", "VE"]),
    ("CU", "aladi", "member", "1999", None, ""),
    ("PA", "aladi", "member", "2012", None, ""),
    # SICA
    *_founders("sica", "1991-12-13", ["CR", "SV", "GT", "HN", "NI", "PA"]),
    ("BZ", "sica", "member", "2000", None, ""),
    ("DO", "sica", "member", "2013", None, "Full member."),
    # Andean Pact, then the Andean Community from the Trujillo Protocol on.
    *((code, "andean-pact", "member", "1969-05-26", "1996-03-10", "") for code in ["BO", "CO", "EC", "PE"]),
    ("CL", "andean-pact", "member", "1969-05-26", "1976-10-30", ""),
    ("CL", "andean-pact", "withdrawn", "1976-10-30", None, ""),
    ("VE", "andean-pact", "member", "1973-02-13", "1996-03-10", ""),
    *_founders("can", "1996-03-10", ["BO", "CO", "EC", "PE"], "Member since the Andean Pact."),
    ("VE", "can", "member", "1996-03-10", "2006-04-22", "Ended when Venezuela announced its withdrawal."),
    ("VE", "can", "withdrawn", "2006-04-22", None, ""),
    ("CL", "can", "associate", "2006-09-20", None, ""),
    # CARICOM
    *_founders("caricom", "1973-07-04", ["BB", "GY", "JM", "TT"]),
    ("SR", "caricom", "member", "1995", None, ""),
    ("HT", "caricom", "member", "2002", None, "Full member."),
    # Mercosur
    *_founders("mercosur", "1991-03-26", ["AR", "BR", "PY", "UY"]),
    ("PY", "mercosur", "suspended", "2012-06-29", "2013-08-15", "Suspended at the Mendoza summit."),
    ("VE", "mercosur", "candidate", "2006-07-04", "2012-07-31", "Accession protocol signed."),
    ("VE", "mercosur", "member", "2012-07-31", None, ""),
    ("VE", "mercosur", "suspended", "2016-12-01", "2017-08-05", ""),
    (
        "VE",
        "mercosur",
        "suspended",
        "2017-08-05",
        None,
        "Suspension under the democratic clause (Ushuaia Protocol), still in force.",
    ),
    ("BO", "mercosur", "associate", "1996", "2024-07", ""),
    ("BO", "mercosur", "candidate", "2015-07-17", "2024-07", "Accession protocol signed."),
    ("BO", "mercosur", "member", "2024-07", None, "Recognised as a full member at the Asunción summit."),
    ("CL", "mercosur", "associate", "1996", None, ""),
    ("PE", "mercosur", "associate", "2003", None, ""),
    ("CO", "mercosur", "associate", "2004", None, ""),
    ("EC", "mercosur", "associate", "2004", None, ""),
    # ALBA-TCP
    *_founders("alba-tcp", "2004-12-14", ["VE", "CU"]),
    ("BO", "alba-tcp", "member", "2006-04-29", "2019-11", ""),
    ("BO", "alba-tcp", "withdrawn", "2019-11", "2020-11", ""),
    ("BO", "alba-tcp", "member", "2020-11", None, "Returned."),
    ("NI", "alba-tcp", "member", "2007-01", None, ""),
    ("DM", "alba-tcp", "member", "2008-01", None, ""),
    ("HN", "alba-tcp", "member", "2008-08", "2010-01", ""),
    ("HN", "alba-tcp", "withdrawn", "2010-01", None, ""),
    ("EC", "alba-tcp", "member", "2009-06", "2018-08", ""),
    ("EC", "alba-tcp", "withdrawn", "2018-08", None, ""),
    ("AG", "alba-tcp", "member", "2009-06", None, ""),
    ("VC", "alba-tcp", "member", "2009-06", None, ""),
    ("LC", "alba-tcp", "member", "2013", None, ""),
    ("GD", "alba-tcp", "member", "2014", None, ""),
    ("KN", "alba-tcp", "member", "2014-12", None, ""),
    # UNASUR: members from the signature of the Constitutive Treaty (in force 2011-03-11).
    *_founders("unasur", "2008-05-23", ["BO", "GY", "SR", "VE"]),
    ("CO", "unasur", "member", "2008-05-23", "2018", ""),
    ("CO", "unasur", "suspended", "2018-04-20", "2018", "Suspended its participation."),
    ("CO", "unasur", "withdrawn", "2018", None, ""),
    *(
        row
        for code in ["AR", "BR"]
        for row in [
            (code, "unasur", "member", "2008-05-23", "2019", ""),
            (code, "unasur", "suspended", "2018-04-20", "2019", "Suspended its participation."),
            (code, "unasur", "withdrawn", "2019", "2023", ""),
            (code, "unasur", "member", "2023", None, "Returned."),
        ]
    ),
    *(
        row
        for code in ["CL", "PY", "PE"]
        for row in [
            (code, "unasur", "member", "2008-05-23", "2019", ""),
            (code, "unasur", "suspended", "2018-04-20", "2019", "Suspended its participation."),
            (code, "unasur", "withdrawn", "2019", None, ""),
        ]
    ),
    ("EC", "unasur", "member", "2008-05-23", "2019", ""),
    ("EC", "unasur", "withdrawn", "2019", None, ""),
    ("UY", "unasur", "member", "2008-05-23", "2020", ""),
    ("UY", "unasur", "withdrawn", "2020", None, ""),
    # Pacific Alliance
    *_founders("pacific-alliance", "2011-04-28", ["CL", "CO", "MX", "PE"]),
    # CELAC
    *_founders("celac", "2011-12-03", CELAC_STATES),
    ("BR", "celac", "suspended", "2020-01", "2023-01", "Suspended its participation."),
    # PROSUR
    *_founders("prosur", "2019-03-22", ["AR", "BR", "CL", "CO", "EC", "GY", "PY", "PE"]),
    # FTAA negotiations: the 34 states of the Americas except Cuba.
    *(
        (code, "ftaa", "member", "1994-12", "2005-11", "Took part in the negotiations.")
        for code in [*(c for c in CELAC_STATES if c != "CU"), "US", "CA"]
    ),
]
