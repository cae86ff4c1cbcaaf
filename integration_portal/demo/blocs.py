"""Demo blocs and topics; their founding and end dates, memberships and events, with sources, are in
record/*.json.

Dates are ISO strings cut to their precision ("1991-03-26", "2024-07", "1996"). Membership periods
are half-open: "end" is the first day the status no longer held.
"""

BLOCS = [
    {
        "slug": "alalc",
        "kind": "free_trade_area",
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
        "slug": "odeca",
        "kind": "political_union",
        "predecessor": None,
        "website": "",
        "name": {
            "es": "Organización de Estados Centroamericanos",
            "th": "องค์การรัฐอเมริกากลาง",
            "en": "Organization of Central American States",
        },
        "acronym": {"es": "ODECA", "th": "ODECA", "en": "ODECA"},
        "founding_treaty": {
            "es": "Carta de San Salvador (1951); segunda Carta firmada en Panamá (1962)",
            "th": "กฎบัตรซานซัลวาดอร์ (พ.ศ. 2494) และกฎบัตรฉบับที่สองซึ่งลงนามที่ปานามา (พ.ศ. 2505)",
            "en": "Charter of San Salvador (1951); second Charter signed in Panama (1962)",
        },
        "seat": {"es": "San Salvador", "th": "ซานซัลวาดอร์", "en": "San Salvador"},
        "summary": {
            "es": "Organización regional creada por la Carta de San Salvador de 1951; el Protocolo de "
            "Tegucigalpa de 1991 reformó su Carta y dio origen al SICA.",
            "th": "องค์การระดับภูมิภาคที่จัดตั้งขึ้นตามกฎบัตรซานซัลวาดอร์ พ.ศ. 2494 พิธีสารเตกูซิกัลปา พ.ศ. "
            "2534 ได้แก้ไขกฎบัตรขององค์การและก่อกำเนิดระบบบูรณาการอเมริกากลาง (SICA)",
            "en": "Regional organisation created by the 1951 Charter of San Salvador; the 1991 Protocol of "
            "Tegucigalpa reformed its Charter and gave rise to SICA.",
        },
    },
    {
        "slug": "sica",
        "kind": "political_union",
        "predecessor": "odeca",
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
        "predecessor": None,
        "website": "",
        "name": {
            "es": "Comunidad Sudamericana de Naciones",
            "th": "ประชาคมประเทศอเมริกาใต้",
            "en": "Community of South American Nations",
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
