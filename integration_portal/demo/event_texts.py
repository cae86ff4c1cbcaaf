"""Texts of the demo timeline events in Spanish, Thai and English, keyed like events.EVENTS."""

EVENT_TEXTS = {
    "war-of-the-pacific": {
        "title": {
            "es": "Guerra del Pacífico: Chile contra Perú y Bolivia",
            "th": "สงครามแปซิฟิก: ชิลีทำสงครามกับเปรูและโบลิเวีย",
            "en": "War of the Pacific: Chile against Peru and Bolivia",
        },
        "summary": {
            "es": "Chile se enfrenta a Perú y Bolivia en la Guerra del Pacífico.",
            "th": "ชิลีทำสงครามแปซิฟิกกับเปรูและโบลิเวีย",
            "en": "Chile fights Peru and Bolivia in the War of the Pacific.",
        },
    },
    "alalc-treaty-of-montevideo": {
        "title": {
            "es": "Tratado de Montevideo (1960): nace la ALALC",
            "th": "สนธิสัญญามอนเตวิเดโอ พ.ศ. 2503: กำเนิดสมาคมการค้าเสรีลาตินอเมริกา (ALALC)",
            "en": "Treaty of Montevideo (1960) creates ALALC",
        },
        "summary": {
            "es": "El Tratado de Montevideo crea la Asociación Latinoamericana de Libre Comercio (ALALC), antecesora de la actual ALADI.",
            "th": "สนธิสัญญามอนเตวิเดโอจัดตั้งสมาคมการค้าเสรีลาตินอเมริกา (ALALC) ซึ่งต่อมาถูกแทนที่ด้วยสมาคมบูรณาการแห่งลาตินอเมริกา (ALADI)",
            "en": "The Treaty of Montevideo establishes the Latin American Free Trade Association (ALALC), forerunner of today's Latin American Integration Association (ALADI).",
        },
    },
    "cacm-general-treaty": {
        "title": {
            "es": "El Tratado General firmado en Managua crea el Mercado Común Centroamericano",
            "th": "สนธิสัญญาทั่วไปที่มานากัว: กำเนิดตลาดร่วมอเมริกากลาง (CACM)",
            "en": "General Treaty signed in Managua creates the Central American Common Market",
        },
        "summary": {
            "es": "Firmado en Managua, el Tratado General de Integración Económica Centroamericana da origen al Mercado Común Centroamericano.",
            "th": "สนธิสัญญาทั่วไปว่าด้วยการรวมกลุ่มทางเศรษฐกิจอเมริกากลางซึ่งลงนามที่กรุงมานากัว จัดตั้งตลาดร่วมอเมริกากลาง (CACM)",
            "en": "The General Treaty of Central American Economic Integration, signed in Managua, establishes the Central American Common Market.",
        },
    },
    "cartagena-agreement": {
        "title": {
            "es": "Firma del Acuerdo de Cartagena: nace el Pacto Andino",
            "th": "ลงนามความตกลงการ์ตาเฮนา: กำเนิดกลุ่มข้อตกลงแอนเดียน",
            "en": "Cartagena Agreement signed: the Andean Pact is born",
        },
        "summary": {
            "es": "Bolivia, Chile, Colombia, Ecuador y Perú firman el Acuerdo de Cartagena y fundan el Pacto Andino, antecesor de la actual Comunidad Andina.",
            "th": "โบลิเวีย ชิลี โคลอมเบีย เอกวาดอร์ และเปรู ลงนามความตกลงการ์ตาเฮนา จัดตั้งกลุ่มข้อตกลงแอนเดียน ซึ่งต่อมาพัฒนาเป็นประชาคมแอนเดียน (Andean Community)",
            "en": "Bolivia, Chile, Colombia, Ecuador and Peru sign the Cartagena Agreement, founding the Andean Pact, forerunner of today's Andean Community.",
        },
    },
    "venezuela-joins-andean-pact": {
        "title": {
            "es": "Venezuela ingresa al Pacto Andino",
            "th": "เวเนซุเอลาเข้าร่วมกลุ่มข้อตกลงแอนเดียน",
            "en": "Venezuela joins the Andean Pact",
        },
        "summary": {
            "es": "Venezuela se adhiere al Pacto Andino y se suma a sus fundadores: Bolivia, Chile, Colombia, Ecuador y Perú.",
            "th": "เวเนซุเอลาเข้าเป็นสมาชิกกลุ่มข้อตกลงแอนเดียน ร่วมกับประเทศผู้ก่อตั้ง ได้แก่ โบลิเวีย ชิลี โคลอมเบีย เอกวาดอร์ และเปรู",
            "en": "Venezuela accedes to the Andean Pact, joining its founders Bolivia, Chile, Colombia, Ecuador and Peru.",
        },
    },
    "treaty-of-chaguaramas": {
        "title": {
            "es": "Tratado de Chaguaramas: nace la CARICOM",
            "th": "สนธิสัญญาชากัวรามัส: กำเนิดประชาคมแคริบเบียน (CARICOM)",
            "en": "Treaty of Chaguaramas founds the Caribbean Community",
        },
        "summary": {
            "es": "Barbados, Guyana, Jamaica y Trinidad y Tobago firman el Tratado de Chaguaramas y fundan la Comunidad del Caribe (CARICOM), con sede en Georgetown.",
            "th": "บาร์เบโดส กายอานา จาเมกา และตรินิแดดและโตเบโก ลงนามสนธิสัญญาชากัวรามัส จัดตั้งประชาคมแคริบเบียน (CARICOM) ซึ่งมีสำนักงานใหญ่อยู่ที่กรุงจอร์จทาวน์",
            "en": "Barbados, Guyana, Jamaica and Trinidad and Tobago sign the Treaty of Chaguaramas, founding the Caribbean Community (CARICOM), headquartered in Georgetown.",
        },
    },
    "panama-convention-sela": {
        "title": {
            "es": "Convenio de Panamá: se crea el SELA",
            "th": "อนุสัญญาปานามา: จัดตั้งระบบเศรษฐกิจลาตินอเมริกาและแคริบเบียน (SELA)",
            "en": "Panama Convention creates SELA",
        },
        "summary": {
            "es": "El Convenio de Panamá crea el Sistema Económico Latinoamericano y del Caribe (SELA), con sede en Caracas.",
            "th": "อนุสัญญาปานามาจัดตั้งระบบเศรษฐกิจลาตินอเมริกาและแคริบเบียน (SELA) โดยมีสำนักงานใหญ่อยู่ที่กรุงการากัส",
            "en": "The Panama Convention establishes the Latin American and Caribbean Economic System (SELA), headquartered in Caracas.",
        },
    },
    "chile-leaves-andean-pact": {
        "title": {
            "es": "Chile se retira del Pacto Andino",
            "th": "ชิลีถอนตัวจากกลุ่มข้อตกลงแอนเดียน",
            "en": "Chile withdraws from the Andean Pact",
        },
        "summary": {
            "es": "Chile, uno de los miembros fundadores del Pacto Andino, se retira del bloque.",
            "th": "ชิลีซึ่งเป็นหนึ่งในประเทศผู้ก่อตั้งกลุ่มข้อตกลงแอนเดียน ถอนตัวออกจากกลุ่ม",
            "en": "Chile, one of the founding members of the Andean Pact, withdraws from the bloc.",
        },
    },
    "aladi-treaty-of-montevideo": {
        "title": {
            "es": "Tratado de Montevideo (1980): la ALADI reemplaza a la ALALC",
            "th": "สนธิสัญญามอนเตวิเดโอ พ.ศ. 2523: ALADI เข้าแทนที่ ALALC",
            "en": "Treaty of Montevideo (1980): ALADI replaces ALALC",
        },
        "summary": {
            "es": "El Tratado de Montevideo de 1980 reemplaza a la ALALC por la Asociación Latinoamericana de Integración (ALADI), fundada por Argentina, Bolivia, Brasil, Chile, Colombia, Ecuador, México, Paraguay, Perú, Uruguay y Venezuela.",
            "th": "สนธิสัญญามอนเตวิเดโอ พ.ศ. 2523 จัดตั้งสมาคมบูรณาการแห่งลาตินอเมริกา (ALADI) ขึ้นแทน ALALC โดยมีผู้ก่อตั้ง 11 ประเทศ ได้แก่ อาร์เจนตินา โบลิเวีย บราซิล ชิลี โคลอมเบีย เอกวาดอร์ เม็กซิโก ปารากวัย เปรู อุรุกวัย และเวเนซุเอลา",
            "en": "The 1980 Treaty of Montevideo replaces ALALC with the Latin American Integration Association (ALADI), founded by Argentina, Bolivia, Brazil, Chile, Colombia, Ecuador, Mexico, Paraguay, Peru, Uruguay and Venezuela.",
        },
    },
    "washington-consensus": {
        "title": {
            "es": "Surge el término “Consenso de Washington”",
            "th": "กำเนิดคำว่า “ฉันทามติวอชิงตัน”",
            "en": "The term “Washington Consensus” emerges",
        },
        "summary": {
            "es": "De este año data el término “Consenso de Washington”.",
            "th": "คำว่า “ฉันทามติวอชิงตัน” (Washington Consensus) ถือกำเนิดขึ้นในปีนี้",
            "en": "The term “Washington Consensus” dates from this year.",
        },
    },
    "treaty-of-asuncion": {
        "title": {
            "es": "Tratado de Asunción: nace el Mercosur",
            "th": "สนธิสัญญาอาซุนซิออน: กำเนิด MERCOSUR",
            "en": "Treaty of Asunción: Mercosur is born",
        },
        "summary": {
            "es": "Argentina, Brasil, Paraguay y Uruguay firman el Tratado de Asunción y crean el Mercado Común del Sur (Mercosur), con sede en Montevideo.",
            "th": "อาร์เจนตินา บราซิล ปารากวัย และอุรุกวัย ลงนามสนธิสัญญาอาซุนซิออน จัดตั้งตลาดร่วมอเมริกาใต้ตอนล่าง (MERCOSUR) ซึ่งมีสำนักงานใหญ่อยู่ที่กรุงมอนเตวิเดโอ",
            "en": "Argentina, Brazil, Paraguay and Uruguay sign the Treaty of Asunción, creating the Southern Common Market (Mercosur), headquartered in Montevideo.",
        },
    },
    "protocol-of-tegucigalpa": {
        "title": {
            "es": "Protocolo de Tegucigalpa: se crea el SICA",
            "th": "พิธีสารเตกูซิกัลปา: จัดตั้งระบบบูรณาการอเมริกากลาง (SICA)",
            "en": "Protocol of Tegucigalpa creates SICA",
        },
        "summary": {
            "es": "El Protocolo de Tegucigalpa crea el Sistema de la Integración Centroamericana (SICA), con sede en San Salvador, integrado por Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua y Panamá.",
            "th": "พิธีสารเตกูซิกัลปาจัดตั้งระบบบูรณาการอเมริกากลาง (SICA) โดยมีคอสตาริกา เอลซัลวาดอร์ กัวเตมาลา ฮอนดูรัส นิการากัว และปานามาเป็นสมาชิก และมีสำนักงานใหญ่อยู่ที่กรุงซานซัลวาดอร์",
            "en": "The Protocol of Tegucigalpa establishes the Central American Integration System (SICA), headquartered in San Salvador, with Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua and Panama as members.",
        },
    },
    "miami-summit-ftaa-launched": {
        "title": {
            "es": "La Cumbre de las Américas de Miami lanza las negociaciones del ALCA",
            "th": "การประชุมสุดยอดผู้นำทวีปอเมริกาที่ไมแอมีเปิดการเจรจา FTAA",
            "en": "Summit of the Americas in Miami launches FTAA negotiations",
        },
        "summary": {
            "es": "En la Cumbre de las Américas de Miami se lanzan las negociaciones del Área de Libre Comercio de las Américas (ALCA) entre los 34 Estados de las Américas, es decir, todos salvo Cuba.",
            "th": "การประชุมสุดยอดผู้นำทวีปอเมริกา (Summit of the Americas) ที่เมืองไมแอมี เปิดการเจรจาจัดตั้งเขตการค้าเสรีแห่งอเมริกา (FTAA) ระหว่าง 34 ประเทศในทวีปอเมริกา ซึ่งได้แก่ทุกประเทศยกเว้นคิวบา",
            "en": "The Summit of the Americas in Miami launches negotiations on a Free Trade Area of the Americas (FTAA) among the 34 states of the Americas, all except Cuba.",
        },
    },
    "protocol-of-ouro-preto": {
        "title": {
            "es": "Protocolo de Ouro Preto: el Mercosur obtiene personalidad jurídica",
            "th": "พิธีสารโอรูเปรตู: MERCOSUR มีสถานะเป็นนิติบุคคล",
            "en": "Protocol of Ouro Preto gives Mercosur legal personality",
        },
        "summary": {
            "es": "Argentina, Brasil, Paraguay y Uruguay firman el Protocolo de Ouro Preto, que dota al Mercosur de personalidad jurídica.",
            "th": "อาร์เจนตินา บราซิล ปารากวัย และอุรุกวัย ลงนามพิธีสารโอรูเปรตู ซึ่งทำให้ MERCOSUR มีสถานะเป็นนิติบุคคล",
            "en": "Argentina, Brazil, Paraguay and Uruguay sign the Protocol of Ouro Preto, which gives Mercosur legal personality.",
        },
    },
    "mercosur-customs-union": {
        "title": {
            "es": "El Mercosur pasa a ser una unión aduanera",
            "th": "MERCOSUR เริ่มเป็นสหภาพศุลกากร",
            "en": "Mercosur becomes a customs union",
        },
        "summary": {
            "es": "El Mercosur comienza a funcionar como unión aduanera entre Argentina, Brasil, Paraguay y Uruguay.",
            "th": "MERCOSUR เริ่มดำเนินการในฐานะสหภาพศุลกากรระหว่างอาร์เจนตินา บราซิล ปารากวัย และอุรุกวัย",
            "en": "Mercosur starts operating as a customs union among Argentina, Brazil, Paraguay and Uruguay.",
        },
    },
    "suriname-joins-caricom": {
        "title": {
            "es": "Surinam ingresa a la CARICOM",
            "th": "ซูรินามเข้าร่วมประชาคมแคริบเบียน (CARICOM)",
            "en": "Suriname joins CARICOM",
        },
        "summary": {
            "es": "Surinam se incorpora como miembro a la Comunidad del Caribe (CARICOM).",
            "th": "ซูรินามเข้าเป็นสมาชิกประชาคมแคริบเบียน (CARICOM)",
            "en": "Suriname becomes a member of the Caribbean Community (CARICOM).",
        },
    },
    "mercosur-associates-bolivia-chile": {
        "title": {
            "es": "Bolivia y Chile, miembros asociados del Mercosur",
            "th": "โบลิเวียและชิลีเป็นสมาชิกสมทบของ MERCOSUR",
            "en": "Bolivia and Chile become associate members of Mercosur",
        },
        "summary": {
            "es": "Bolivia y Chile pasan a ser miembros asociados del Mercosur, el bloque fundado por Argentina, Brasil, Paraguay y Uruguay.",
            "th": "โบลิเวียและชิลีเข้าเป็นสมาชิกสมทบของ MERCOSUR ซึ่งก่อตั้งโดยอาร์เจนตินา บราซิล ปารากวัย และอุรุกวัย",
            "en": "Bolivia and Chile become associate members of Mercosur, the bloc founded by Argentina, Brazil, Paraguay and Uruguay.",
        },
    },
    "trujillo-protocol": {
        "title": {
            "es": "Protocolo de Trujillo: nace la Comunidad Andina",
            "th": "พิธีสารตรูฮิโย: กำเนิดประชาคมแอนเดียน",
            "en": "Trujillo Protocol creates the Andean Community",
        },
        "summary": {
            "es": "El Protocolo de Trujillo crea la Comunidad Andina, sucesora del Pacto Andino, que integraban entonces Bolivia, Colombia, Ecuador, Perú y Venezuela.",
            "th": "พิธีสารตรูฮิโยจัดตั้งประชาคมแอนเดียน (Andean Community) สืบต่อจากกลุ่มข้อตกลงแอนเดียน ซึ่งขณะนั้นมีสมาชิก ได้แก่ โบลิเวีย โคลอมเบีย เอกวาดอร์ เปรู และเวเนซุเอลา",
            "en": "The Trujillo Protocol creates the Andean Community, successor to the Andean Pact, whose members were then Bolivia, Colombia, Ecuador, Peru and Venezuela.",
        },
    },
    "eu-mercosur-negotiations-launched": {
        "title": {
            "es": "Comienzan las negociaciones del acuerdo de asociación UE-Mercosur",
            "th": "เริ่มการเจรจาความตกลงความเป็นหุ้นส่วนสหภาพยุโรป–MERCOSUR",
            "en": "EU–Mercosur association agreement negotiations launched",
        },
        "summary": {
            "es": "La Unión Europea y el Mercosur inician las negociaciones de un acuerdo de asociación entre ambos bloques.",
            "th": "สหภาพยุโรปและ MERCOSUR เริ่มการเจรจาจัดทำความตกลงความเป็นหุ้นส่วน (association agreement) ระหว่างสองกลุ่ม",
            "en": "The European Union and Mercosur launch negotiations on an association agreement between the two blocs.",
        },
    },
    "cuba-joins-aladi": {
        "title": {
            "es": "Cuba ingresa a la ALADI",
            "th": "คิวบาเข้าร่วมสมาคมบูรณาการแห่งลาตินอเมริกา (ALADI)",
            "en": "Cuba joins ALADI",
        },
        "summary": {
            "es": "Cuba se adhiere a la Asociación Latinoamericana de Integración (ALADI) y se suma a sus once países fundadores.",
            "th": "คิวบาเข้าเป็นสมาชิกสมาคมบูรณาการแห่งลาตินอเมริกา (ALADI) ต่อจากประเทศผู้ก่อตั้ง 11 ประเทศ",
            "en": "Cuba accedes to the Latin American Integration Association (ALADI), joining its eleven founding members.",
        },
    },
    "belize-joins-sica": {
        "title": {
            "es": "Belice se incorpora al SICA",
            "th": "เบลีซเข้าร่วมระบบบูรณาการอเมริกากลาง (SICA)",
            "en": "Belize joins SICA",
        },
        "summary": {
            "es": "Belice ingresa al Sistema de la Integración Centroamericana (SICA), integrado hasta entonces por Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua y Panamá.",
            "th": "เบลีซเข้าเป็นสมาชิกระบบบูรณาการอเมริกากลาง (SICA) ซึ่งก่อนหน้านั้นประกอบด้วยคอสตาริกา เอลซัลวาดอร์ กัวเตมาลา ฮอนดูรัส นิการากัว และปานามา",
            "en": "Belize joins the Central American Integration System (SICA), until then made up of Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua and Panama.",
        },
    },
    "haiti-joins-caricom": {
        "title": {
            "es": "Haití, miembro pleno de la CARICOM",
            "th": "เฮติเข้าเป็นสมาชิกเต็มรูปแบบของประชาคมแคริบเบียน (CARICOM)",
            "en": "Haiti joins CARICOM as a full member",
        },
        "summary": {
            "es": "Haití se incorpora como miembro pleno a la Comunidad del Caribe (CARICOM).",
            "th": "เฮติเข้าเป็นสมาชิกเต็มรูปแบบของประชาคมแคริบเบียน (CARICOM)",
            "en": "Haiti becomes a full member of the Caribbean Community (CARICOM).",
        },
    },
    "peru-mercosur-associate": {
        "title": {
            "es": "Perú, miembro asociado del Mercosur",
            "th": "เปรูเป็นสมาชิกสมทบของ MERCOSUR",
            "en": "Peru becomes an associate member of Mercosur",
        },
        "summary": {
            "es": "Perú pasa a ser miembro asociado del Mercosur, condición que ya tenían Bolivia y Chile.",
            "th": "เปรูเข้าเป็นสมาชิกสมทบของ MERCOSUR ต่อจากโบลิเวียและชิลี",
            "en": "Peru becomes an associate member of Mercosur, following Bolivia and Chile.",
        },
    },
    "colombia-ecuador-mercosur-associates": {
        "title": {
            "es": "Colombia y Ecuador, miembros asociados del Mercosur",
            "th": "โคลอมเบียและเอกวาดอร์เป็นสมาชิกสมทบของ MERCOSUR",
            "en": "Colombia and Ecuador become associate members of Mercosur",
        },
        "summary": {
            "es": "Colombia y Ecuador pasan a ser miembros asociados del Mercosur, condición que ya tenían Bolivia, Chile y Perú.",
            "th": "โคลอมเบียและเอกวาดอร์เข้าเป็นสมาชิกสมทบของ MERCOSUR ต่อจากโบลิเวีย ชิลี และเปรู",
            "en": "Colombia and Ecuador become associate members of Mercosur, following Bolivia, Chile and Peru.",
        },
    },
    "cusco-declaration": {
        "title": {
            "es": "Declaración de Cusco: nace la Comunidad Sudamericana de Naciones",
            "th": "ปฏิญญากุสโก: กำเนิดประชาคมประเทศอเมริกาใต้ (CSN)",
            "en": "Cusco Declaration creates the Community of South American Nations",
        },
        "summary": {
            "es": "La Declaración de Cusco crea la Comunidad Sudamericana de Naciones, antecesora de la UNASUR.",
            "th": "ปฏิญญากุสโกจัดตั้งประชาคมประเทศอเมริกาใต้ (CSN) ซึ่งต่อมาพัฒนาเป็นสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR)",
            "en": "The Cusco Declaration establishes the Community of South American Nations, the forerunner of UNASUR.",
        },
    },
    "alba-founded-havana": {
        "title": {
            "es": "Venezuela y Cuba fundan el ALBA en La Habana",
            "th": "เวเนซุเอลาและคิวบาก่อตั้ง ALBA ที่กรุงฮาวานา",
            "en": "Venezuela and Cuba found ALBA in Havana",
        },
        "summary": {
            "es": "Venezuela y Cuba crean el ALBA en La Habana; la alianza, que más tarde adoptará el nombre de ALBA-TCP, tiene su sede en Caracas.",
            "th": "เวเนซุเอลาและคิวบาร่วมกันก่อตั้ง ALBA ที่กรุงฮาวานา ต่อมากลุ่มนี้เปลี่ยนชื่อเป็น ALBA-TCP และมีสำนักงานใหญ่อยู่ที่กรุงการากัส",
            "en": "Venezuela and Cuba launch ALBA in Havana; the alliance, later renamed ALBA-TCP, is headquartered in Caracas.",
        },
    },
    "ftaa-deadline-missed": {
        "title": {
            "es": "El ALCA no cumple su fecha meta",
            "th": "การเจรจา FTAA ไม่บรรลุผลตามกำหนดเป้าหมาย",
            "en": "The FTAA misses its target date",
        },
        "summary": {
            "es": "Vence la fecha meta fijada para el Área de Libre Comercio de las Américas (ALCA) sin que las negociaciones hayan concluido.",
            "th": "การเจรจาเขตการค้าเสรีแห่งอเมริกา (FTAA) ไม่สามารถสรุปผลได้ทันกำหนดเวลาที่ตั้งไว้",
            "en": "The target date set for the Free Trade Area of the Americas (FTAA) passes without the negotiations being concluded.",
        },
    },
    "mar-del-plata-summit": {
        "title": {
            "es": "El ALCA se estanca en la cumbre de Mar del Plata",
            "th": "การเจรจา FTAA หยุดชะงักที่การประชุมสุดยอดมาร์เดลปลาตา",
            "en": "The FTAA stalls at the Mar del Plata summit",
        },
        "summary": {
            "es": "En la cumbre de Mar del Plata, en Argentina, las negociaciones del Área de Libre Comercio de las Américas (ALCA) quedan estancadas.",
            "th": "การเจรจาเขตการค้าเสรีแห่งอเมริกา (FTAA) หยุดชะงักลงในการประชุมสุดยอดที่เมืองมาร์เดลปลาตา ประเทศอาร์เจนตินา",
            "en": "At the Mar del Plata summit in Argentina, negotiations on the Free Trade Area of the Americas (FTAA) stall.",
        },
    },
    "chile-china-fta": {
        "title": {
            "es": "Chile y China firman un tratado de libre comercio",
            "th": "ชิลีและจีนลงนามความตกลงการค้าเสรี",
            "en": "Chile and China sign a free trade agreement",
        },
        "summary": {
            "es": "Chile y China suscriben un tratado de libre comercio bilateral.",
            "th": "ชิลีและจีนลงนามความตกลงการค้าเสรีทวิภาคีระหว่างกัน",
            "en": "Chile and China sign a bilateral free trade agreement.",
        },
    },
    "venezuela-leaves-can": {
        "title": {
            "es": "Venezuela anuncia su retiro de la Comunidad Andina",
            "th": "เวเนซุเอลาประกาศถอนตัวจากประชาคมแอนเดียน",
            "en": "Venezuela announces its withdrawal from the Andean Community",
        },
        "summary": {
            "es": "Venezuela, miembro del bloque andino desde su ingreso al Pacto Andino, anuncia su retiro de la Comunidad Andina.",
            "th": "เวเนซุเอลาซึ่งเป็นสมาชิกกลุ่มแอนเดียนมาตั้งแต่เข้าร่วมกลุ่มข้อตกลงแอนเดียน ประกาศถอนตัวจากประชาคมแอนเดียน (Andean Community)",
            "en": "Venezuela, a member of the Andean bloc since joining the Andean Pact, announces its withdrawal from the Andean Community.",
        },
    },
    "bolivia-joins-alba": {
        "title": {
            "es": "Bolivia se une al ALBA",
            "th": "โบลิเวียเข้าร่วม ALBA",
            "en": "Bolivia joins ALBA",
        },
        "summary": {
            "es": "Bolivia ingresa al ALBA y se suma a Venezuela y Cuba, sus fundadores.",
            "th": "โบลิเวียเข้าเป็นสมาชิก ALBA ร่วมกับเวเนซุเอลาและคิวบาซึ่งเป็นผู้ก่อตั้ง",
            "en": "Bolivia joins ALBA alongside its founders, Venezuela and Cuba.",
        },
    },
    "venezuela-mercosur-accession-protocol": {
        "title": {
            "es": "Se firma el protocolo de adhesión de Venezuela al Mercosur",
            "th": "ลงนามพิธีสารการเข้าเป็นสมาชิก MERCOSUR ของเวเนซุเอลา",
            "en": "Venezuela's Mercosur accession protocol signed",
        },
        "summary": {
            "es": "Se firma el protocolo de adhesión de Venezuela al Mercosur, que abre el camino a su posterior ingreso como miembro pleno.",
            "th": "มีการลงนามพิธีสารการเข้าเป็นสมาชิก MERCOSUR ของเวเนซุเอลา ซึ่งเปิดทางให้เวเนซุเอลาเป็นสมาชิกเต็มรูปแบบในเวลาต่อมา",
            "en": "Venezuela's protocol of accession to Mercosur is signed, paving the way for its later full membership.",
        },
    },
    "chile-can-associate": {
        "title": {
            "es": "Chile vuelve a la Comunidad Andina como miembro asociado",
            "th": "ชิลีกลับสู่ประชาคมแอนเดียนในฐานะสมาชิกสมทบ",
            "en": "Chile returns to the Andean Community as an associate member",
        },
        "summary": {
            "es": "Chile, que se había retirado del Pacto Andino, pasa a ser miembro asociado de la Comunidad Andina.",
            "th": "ชิลีซึ่งเคยถอนตัวจากกลุ่มข้อตกลงแอนเดียน เข้าเป็นสมาชิกสมทบของประชาคมแอนเดียน (Andean Community)",
            "en": "Chile, which had withdrawn from the Andean Pact, becomes an associate member of the Andean Community.",
        },
    },
    "alan-garcia-presidency": {
        "title": {
            "es": "Alan García, presidente de Perú",
            "th": "อลัน การ์เซีย ประธานาธิบดีเปรู",
            "en": "Alan García, President of Peru",
        },
        "summary": {
            "es": "Alan García ejerce la presidencia de Perú.",
            "th": "อลัน การ์เซีย (Alan García) ดำรงตำแหน่งประธานาธิบดีเปรู",
            "en": "Alan García holds the presidency of Peru.",
        },
    },
    "nicaragua-joins-alba": {
        "title": {
            "es": "Nicaragua se une al ALBA",
            "th": "นิการากัวเข้าร่วม ALBA",
            "en": "Nicaragua joins ALBA",
        },
        "summary": {
            "es": "Nicaragua ingresa al ALBA, junto a Venezuela, Cuba y Bolivia.",
            "th": "นิการากัวเข้าเป็นสมาชิก ALBA ร่วมกับเวเนซุเอลา คิวบา และโบลิเวีย",
            "en": "Nicaragua joins ALBA alongside Venezuela, Cuba and Bolivia.",
        },
    },
    "dominica-joins-alba": {
        "title": {
            "es": "Dominica se une al ALBA",
            "th": "ดอมินีกาเข้าร่วม ALBA",
            "en": "Dominica joins ALBA",
        },
        "summary": {
            "es": "Dominica ingresa al ALBA, junto a Venezuela, Cuba, Bolivia y Nicaragua.",
            "th": "ดอมินีกาเข้าเป็นสมาชิก ALBA ร่วมกับเวเนซุเอลา คิวบา โบลิเวีย และนิการากัว",
            "en": "Dominica joins ALBA alongside Venezuela, Cuba, Bolivia and Nicaragua.",
        },
    },
    "peru-v-chile-icj-application": {
        "title": {
            "es": "Perú demanda a Chile ante la Corte Internacional de Justicia",
            "th": "เปรูฟ้องชิลีต่อศาลยุติธรรมระหว่างประเทศ",
            "en": "Peru takes Chile to the International Court of Justice",
        },
        "summary": {
            "es": "Perú presenta ante la Corte Internacional de Justicia su demanda contra Chile por la controversia marítima entre ambos países.",
            "th": "เปรูยื่นคำฟ้องต่อศาลยุติธรรมระหว่างประเทศ กรณีข้อพิพาทเรื่องเขตแดนทางทะเลกับชิลี",
            "en": "Peru files its application against Chile at the International Court of Justice over the two countries' maritime dispute.",
        },
    },
    "unasur-constitutive-treaty": {
        "title": {
            "es": "Se firma en Brasilia el Tratado Constitutivo de la UNASUR",
            "th": "ลงนามสนธิสัญญาก่อตั้ง UNASUR ที่กรุงบราซิเลีย",
            "en": "UNASUR Constitutive Treaty signed in Brasília",
        },
        "summary": {
            "es": "En Brasilia se firma el Tratado Constitutivo de la Unión de Naciones Suramericanas (UNASUR), sucesora de la Comunidad Sudamericana de Naciones.",
            "th": "มีการลงนามสนธิสัญญาก่อตั้งสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR) ที่กรุงบราซิเลีย โดย UNASUR สืบต่อจากประชาคมประเทศอเมริกาใต้ (CSN)",
            "en": "The Constitutive Treaty of the Union of South American Nations (UNASUR), successor to the Community of South American Nations, is signed in Brasília.",
        },
    },
    "honduras-joins-alba": {
        "title": {
            "es": "Honduras se une al ALBA",
            "th": "ฮอนดูรัสเข้าร่วม ALBA",
            "en": "Honduras joins ALBA",
        },
        "summary": {
            "es": "Honduras ingresa al ALBA, la alianza fundada por Venezuela y Cuba.",
            "th": "ฮอนดูรัสเข้าเป็นสมาชิก ALBA ซึ่งก่อตั้งโดยเวเนซุเอลาและคิวบา",
            "en": "Honduras joins ALBA, the alliance founded by Venezuela and Cuba.",
        },
    },
    "peru-china-fta": {
        "title": {
            "es": "Perú y China firman un tratado de libre comercio",
            "th": "เปรูและจีนลงนามความตกลงการค้าเสรี",
            "en": "Peru and China sign a free trade agreement",
        },
        "summary": {
            "es": "Perú y China suscriben un tratado de libre comercio bilateral.",
            "th": "เปรูและจีนลงนามความตกลงการค้าเสรีทวิภาคีระหว่างกัน",
            "en": "Peru and China sign a bilateral free trade agreement.",
        },
    },
    "alba-2009-accessions": {
        "title": {
            "es": "Ecuador, Antigua y Barbuda y San Vicente y las Granadinas se unen al ALBA",
            "th": "เอกวาดอร์ แอนติกาและบาร์บูดา และเซนต์วินเซนต์และเกรนาดีนส์เข้าร่วม ALBA",
            "en": "Ecuador, Antigua and Barbuda, and Saint Vincent and the Grenadines join ALBA",
        },
        "summary": {
            "es": "El ALBA suma tres nuevos miembros: Ecuador, Antigua y Barbuda, y San Vicente y las Granadinas.",
            "th": "ALBA มีสมาชิกใหม่ 3 ประเทศ ได้แก่ เอกวาดอร์ แอนติกาและบาร์บูดา และเซนต์วินเซนต์และเกรนาดีนส์",
            "en": "ALBA gains three new members: Ecuador, Antigua and Barbuda, and Saint Vincent and the Grenadines.",
        },
    },
    "alba-renamed-alba-tcp": {
        "title": {
            "es": "El ALBA pasa a llamarse ALBA-TCP",
            "th": "ALBA เปลี่ยนชื่อเป็น ALBA-TCP",
            "en": "ALBA is renamed ALBA-TCP",
        },
        "summary": {
            "es": "La alianza fundada por Venezuela y Cuba adopta el nombre de ALBA-TCP: Alianza Bolivariana para los Pueblos de Nuestra América – Tratado de Comercio de los Pueblos.",
            "th": "ALBA ซึ่งก่อตั้งโดยเวเนซุเอลาและคิวบา เปลี่ยนชื่อเป็น ALBA-TCP (Alianza Bolivariana para los Pueblos de Nuestra América – Tratado de Comercio de los Pueblos)",
            "en": "The alliance founded by Venezuela and Cuba takes the name ALBA-TCP (Alianza Bolivariana para los Pueblos de Nuestra América – Tratado de Comercio de los Pueblos).",
        },
    },
    "honduras-leaves-alba": {
        "title": {
            "es": "Honduras sale del ALBA-TCP",
            "th": "ฮอนดูรัสถอนตัวจาก ALBA-TCP",
            "en": "Honduras leaves ALBA-TCP",
        },
        "summary": {
            "es": "Honduras, que se había incorporado a la alianza, deja de ser miembro del ALBA-TCP.",
            "th": "ฮอนดูรัสซึ่งเคยเข้าร่วมกลุ่มนี้ พ้นจากการเป็นสมาชิก ALBA-TCP",
            "en": "Honduras, which had joined the alliance, ceases to be a member of ALBA-TCP.",
        },
    },
    "santos-presidency": {
        "title": {
            "es": "Juan Manuel Santos, presidente de Colombia",
            "th": "ฮวน มานูเอล ซานโตส ประธานาธิบดีโคลอมเบีย",
            "en": "Juan Manuel Santos, President of Colombia",
        },
        "summary": {
            "es": "Juan Manuel Santos ejerce la presidencia de Colombia.",
            "th": "ฮวน มานูเอล ซานโตส (Juan Manuel Santos) ดำรงตำแหน่งประธานาธิบดีโคลอมเบีย",
            "en": "Juan Manuel Santos holds the presidency of Colombia.",
        },
    },
    "unasur-treaty-in-force": {
        "title": {
            "es": "Entra en vigor el Tratado Constitutivo de la UNASUR",
            "th": "สนธิสัญญาก่อตั้ง UNASUR มีผลใช้บังคับ",
            "en": "UNASUR Constitutive Treaty enters into force",
        },
        "summary": {
            "es": "Entra en vigor el Tratado Constitutivo de la UNASUR, con sede en Quito, que reúne a Argentina, Bolivia, Brasil, Chile, Colombia, Ecuador, Guyana, Paraguay, Perú, Surinam, Uruguay y Venezuela.",
            "th": "สนธิสัญญาก่อตั้งสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR) มีผลใช้บังคับ โดยมีสมาชิก 12 ประเทศในอเมริกาใต้ และมีสำนักงานใหญ่อยู่ที่กรุงกีโต",
            "en": "The UNASUR Constitutive Treaty enters into force; the union, headquartered in Quito, brings together Argentina, Bolivia, Brazil, Chile, Colombia, Ecuador, Guyana, Paraguay, Peru, Suriname, Uruguay and Venezuela.",
        },
    },
    "lima-declaration": {
        "title": {
            "es": "Declaración de Lima: nace la Alianza del Pacífico",
            "th": "ปฏิญญาลิมา: กำเนิดพันธมิตรแปซิฟิก",
            "en": "Lima Declaration: the Pacific Alliance is born",
        },
        "summary": {
            "es": "Con la Declaración de Lima, Chile, Colombia, México y Perú dan origen a la Alianza del Pacífico.",
            "th": "ชิลี โคลอมเบีย เม็กซิโก และเปรู ริเริ่มจัดตั้งพันธมิตรแปซิฟิกด้วยปฏิญญาลิมา",
            "en": "With the Lima Declaration, Chile, Colombia, Mexico and Peru launch the Pacific Alliance.",
        },
    },
    "mila-begins": {
        "title": {
            "es": "Comienza a operar el MILA",
            "th": "ตลาดหลักทรัพย์ MILA เริ่มดำเนินการ",
            "en": "MILA begins operations",
        },
        "summary": {
            "es": "Comienza a operar el Mercado Integrado Latinoamericano (MILA), que une las bolsas de valores de Chile, Colombia y Perú.",
            "th": "ตลาดหลักทรัพย์ MILA (Mercado Integrado Latinoamericano) ซึ่งเชื่อมโยงตลาดหลักทรัพย์ของชิลี โคลอมเบีย และเปรูเข้าด้วยกัน เริ่มดำเนินการ",
            "en": "The Integrated Latin American Market (MILA), joining the stock exchanges of Chile, Colombia and Peru, begins operations.",
        },
    },
    "humala-presidency": {
        "title": {
            "es": "Ollanta Humala, presidente de Perú",
            "th": "โอยันตา อูมาลา ประธานาธิบดีเปรู",
            "en": "Ollanta Humala, President of Peru",
        },
        "summary": {
            "es": "Ollanta Humala ejerce la presidencia de Perú.",
            "th": "โอยันตา อูมาลา (Ollanta Humala) ดำรงตำแหน่งประธานาธิบดีเปรู",
            "en": "Ollanta Humala holds the presidency of Peru.",
        },
    },
    "celac-founding-summit": {
        "title": {
            "es": "Cumbre fundacional de la CELAC en Caracas",
            "th": "การประชุมสุดยอดก่อตั้ง CELAC ที่กรุงการากัส",
            "en": "CELAC founding summit in Caracas",
        },
        "summary": {
            "es": "En Caracas se celebra la cumbre fundacional de la Comunidad de Estados Latinoamericanos y Caribeños (CELAC), que reúne a 33 Estados.",
            "th": "การประชุมสุดยอดก่อตั้งประชาคมรัฐลาตินอเมริกาและแคริบเบียน (CELAC) จัดขึ้นที่กรุงการากัส โดยมีรัฐสมาชิก 33 รัฐ",
            "en": "Caracas hosts the founding summit of the Community of Latin American and Caribbean States (CELAC), which brings together 33 states.",
        },
    },
    "pacific-alliance-framework-agreement": {
        "title": {
            "es": "Se firma en Paranal el Acuerdo Marco de la Alianza del Pacífico",
            "th": "ลงนามความตกลงกรอบของพันธมิตรแปซิฟิกที่ปารานัล",
            "en": "Pacific Alliance Framework Agreement signed at Paranal",
        },
        "summary": {
            "es": "Chile, Colombia, México y Perú firman en Paranal, Chile, el Acuerdo Marco de la Alianza del Pacífico.",
            "th": "ชิลี โคลอมเบีย เม็กซิโก และเปรู ลงนามความตกลงกรอบ (Framework Agreement) ของพันธมิตรแปซิฟิกที่ปารานัล ประเทศชิลี",
            "en": "Chile, Colombia, Mexico and Peru sign the Framework Agreement of the Pacific Alliance at Paranal, Chile.",
        },
    },
    "paraguay-suspended-mercosur": {
        "title": {
            "es": "El Mercosur suspende a Paraguay",
            "th": "MERCOSUR ระงับสมาชิกภาพของปารากวัย",
            "en": "Mercosur suspends Paraguay",
        },
        "summary": {
            "es": "En la cumbre de Mendoza, el Mercosur suspende a Paraguay, uno de sus miembros fundadores.",
            "th": "ที่ประชุมสุดยอดเมนโดซาของ MERCOSUR ระงับสมาชิกภาพของปารากวัย ซึ่งเป็นหนึ่งในประเทศผู้ก่อตั้ง",
            "en": "At the Mendoza summit, Mercosur suspends Paraguay, one of its founding members.",
        },
    },
    "venezuela-full-member-mercosur": {
        "title": {
            "es": "Venezuela, miembro pleno del Mercosur",
            "th": "เวเนซุเอลาเป็นสมาชิกเต็มรูปแบบของ MERCOSUR",
            "en": "Venezuela becomes a full member of Mercosur",
        },
        "summary": {
            "es": "Venezuela se convierte en miembro pleno del Mercosur tras la firma de su protocolo de adhesión.",
            "th": "เวเนซุเอลาเข้าเป็นสมาชิกเต็มรูปแบบของ MERCOSUR หลังจากได้ลงนามพิธีสารการเข้าเป็นสมาชิกไว้ก่อนหน้านี้",
            "en": "Venezuela becomes a full member of Mercosur, following the signature of its accession protocol.",
        },
    },
    "panama-joins-aladi": {
        "title": {
            "es": "Panamá ingresa a la ALADI",
            "th": "ปานามาเข้าร่วมสมาคมบูรณาการแห่งลาตินอเมริกา (ALADI)",
            "en": "Panama joins ALADI",
        },
        "summary": {
            "es": "Panamá se adhiere a la Asociación Latinoamericana de Integración (ALADI), a la que Cuba ya se había sumado.",
            "th": "ปานามาเข้าเป็นสมาชิกสมาคมบูรณาการแห่งลาตินอเมริกา (ALADI) ต่อจากคิวบา",
            "en": "Panama accedes to the Latin American Integration Association (ALADI), following Cuba.",
        },
    },
    "saint-lucia-joins-alba": {
        "title": {
            "es": "Santa Lucía se une al ALBA-TCP",
            "th": "เซนต์ลูเซียเข้าร่วม ALBA-TCP",
            "en": "Saint Lucia joins ALBA-TCP",
        },
        "summary": {
            "es": "Santa Lucía ingresa al ALBA-TCP, la alianza fundada por Venezuela y Cuba.",
            "th": "เซนต์ลูเซียเข้าเป็นสมาชิก ALBA-TCP ซึ่งก่อตั้งโดยเวเนซุเอลาและคิวบา",
            "en": "Saint Lucia joins ALBA-TCP, the alliance founded by Venezuela and Cuba.",
        },
    },
    "dominican-republic-full-member-sica": {
        "title": {
            "es": "República Dominicana, miembro pleno del SICA",
            "th": "สาธารณรัฐโดมินิกันเป็นสมาชิกเต็มรูปแบบของระบบบูรณาการอเมริกากลาง (SICA)",
            "en": "Dominican Republic becomes a full member of SICA",
        },
        "summary": {
            "es": "República Dominicana pasa a ser miembro pleno del Sistema de la Integración Centroamericana (SICA).",
            "th": "สาธารณรัฐโดมินิกันเข้าเป็นสมาชิกเต็มรูปแบบของระบบบูรณาการอเมริกากลาง (SICA)",
            "en": "The Dominican Republic becomes a full member of the Central American Integration System (SICA).",
        },
    },
    "paraguay-suspension-lifted": {
        "title": {
            "es": "Termina la suspensión de Paraguay en el Mercosur",
            "th": "สิ้นสุดการระงับสมาชิกภาพของปารากวัยใน MERCOSUR",
            "en": "Paraguay's suspension from Mercosur ends",
        },
        "summary": {
            "es": "Llega a su fin la suspensión de Paraguay en el Mercosur, decidida en la cumbre de Mendoza.",
            "th": "การระงับสมาชิกภาพของปารากวัยใน MERCOSUR ซึ่งมีมติในการประชุมสุดยอดเมนโดซา สิ้นสุดลง",
            "en": "Paraguay's suspension from Mercosur, decided at the Mendoza summit, comes to an end.",
        },
    },
    "icj-judgment-peru-v-chile": {
        "title": {
            "es": "La Corte Internacional de Justicia falla en el caso Perú contra Chile",
            "th": "ศาลยุติธรรมระหว่างประเทศตัดสินคดีเปรูฟ้องชิลี",
            "en": "International Court of Justice rules in Peru v. Chile",
        },
        "summary": {
            "es": "La Corte Internacional de Justicia dicta sentencia en la controversia marítima entre Perú y Chile.",
            "th": "ศาลยุติธรรมระหว่างประเทศมีคำพิพากษาในคดีข้อพิพาทเรื่องเขตแดนทางทะเลระหว่างเปรูกับชิลี",
            "en": "The International Court of Justice delivers its judgment in the maritime dispute between Peru and Chile.",
        },
    },
    "mexico-joins-mila": {
        "title": {
            "es": "La bolsa de México se suma al MILA",
            "th": "ตลาดหลักทรัพย์เม็กซิโกเข้าร่วมตลาดหลักทรัพย์ MILA",
            "en": "Mexico's stock exchange joins MILA",
        },
        "summary": {
            "es": "La bolsa de valores de México se incorpora al Mercado Integrado Latinoamericano (MILA), junto a las de Chile, Colombia y Perú.",
            "th": "ตลาดหลักทรัพย์ของเม็กซิโกเข้าร่วมตลาดหลักทรัพย์ MILA ร่วมกับตลาดหลักทรัพย์ของชิลี โคลอมเบีย และเปรู",
            "en": "Mexico's stock exchange joins the Integrated Latin American Market (MILA), alongside those of Chile, Colombia and Peru.",
        },
    },
    "grenada-joins-alba": {
        "title": {
            "es": "Granada se une al ALBA-TCP",
            "th": "เกรเนดาเข้าร่วม ALBA-TCP",
            "en": "Grenada joins ALBA-TCP",
        },
        "summary": {
            "es": "Granada ingresa al ALBA-TCP, la alianza fundada por Venezuela y Cuba.",
            "th": "เกรเนดาเข้าเป็นสมาชิก ALBA-TCP ซึ่งก่อตั้งโดยเวเนซุเอลาและคิวบา",
            "en": "Grenada joins ALBA-TCP, the alliance founded by Venezuela and Cuba.",
        },
    },
    "saint-kitts-and-nevis-joins-alba": {
        "title": {
            "es": "San Cristóbal y Nieves se une al ALBA-TCP",
            "th": "เซนต์คิตส์และเนวิสเข้าร่วม ALBA-TCP",
            "en": "Saint Kitts and Nevis joins ALBA-TCP",
        },
        "summary": {
            "es": "San Cristóbal y Nieves ingresa al ALBA-TCP, la alianza fundada por Venezuela y Cuba.",
            "th": "เซนต์คิตส์และเนวิสเข้าเป็นสมาชิก ALBA-TCP ซึ่งก่อตั้งโดยเวเนซุเอลาและคิวบา",
            "en": "Saint Kitts and Nevis joins ALBA-TCP, the alliance founded by Venezuela and Cuba.",
        },
    },
    "bolivia-mercosur-accession-protocol": {
        "title": {
            "es": "Bolivia firma su protocolo de adhesión al Mercosur",
            "th": "โบลิเวียลงนามพิธีสารการเข้าเป็นสมาชิก MERCOSUR",
            "en": "Bolivia signs its Mercosur accession protocol",
        },
        "summary": {
            "es": "Bolivia, miembro asociado del Mercosur, firma el protocolo de adhesión para convertirse en miembro pleno del bloque.",
            "th": "โบลิเวียซึ่งเป็นสมาชิกสมทบของ MERCOSUR ลงนามพิธีสารการเข้าเป็นสมาชิก เพื่อก้าวสู่การเป็นสมาชิกเต็มรูปแบบ",
            "en": "Bolivia, an associate member of Mercosur, signs the accession protocol to become a full member of the bloc.",
        },
    },
    "pacific-alliance-in-force": {
        "title": {
            "es": "Entra en vigor el Acuerdo Marco de la Alianza del Pacífico",
            "th": "ความตกลงกรอบของพันธมิตรแปซิฟิกมีผลใช้บังคับ",
            "en": "Pacific Alliance Framework Agreement enters into force",
        },
        "summary": {
            "es": "Entra en vigor el Acuerdo Marco de la Alianza del Pacífico, que une a Chile, Colombia, México y Perú.",
            "th": "ความตกลงกรอบของพันธมิตรแปซิฟิก ซึ่งประกอบด้วยชิลี โคลอมเบีย เม็กซิโก และเปรู มีผลใช้บังคับ",
            "en": "The Framework Agreement of the Pacific Alliance, which brings together Chile, Colombia, Mexico and Peru, enters into force.",
        },
    },
    "venezuela-suspended-mercosur": {
        "title": {
            "es": "El Mercosur suspende a Venezuela",
            "th": "MERCOSUR ระงับสมาชิกภาพของเวเนซุเอลา",
            "en": "Mercosur suspends Venezuela",
        },
        "summary": {
            "es": "Venezuela, miembro pleno del bloque, queda suspendida del Mercosur.",
            "th": "เวเนซุเอลาซึ่งเป็นสมาชิกเต็มรูปแบบของ MERCOSUR ถูกระงับสมาชิกภาพ",
            "en": "Venezuela, a full member of the bloc, is suspended from Mercosur.",
        },
    },
    "venezuela-democratic-clause": {
        "title": {
            "es": "El Mercosur suspende a Venezuela por la cláusula democrática",
            "th": "MERCOSUR ระงับสมาชิกภาพของเวเนซุเอลาตามบทบัญญัติว่าด้วยประชาธิปไตย",
            "en": "Mercosur suspends Venezuela under the democratic clause",
        },
        "summary": {
            "es": "El Mercosur suspende a Venezuela en aplicación de la cláusula democrática (Protocolo de Ushuaia), una suspensión que sigue vigente.",
            "th": "MERCOSUR ระงับสมาชิกภาพของเวเนซุเอลาตามบทบัญญัติว่าด้วยประชาธิปไตย (พิธีสารอูซัวยา) และการระงับดังกล่าวยังคงมีผลอยู่",
            "en": "Mercosur suspends Venezuela under the democratic clause (Ushuaia Protocol), a suspension that remains in force.",
        },
    },
    "unasur-six-suspend": {
        "title": {
            "es": "Seis países suspenden su participación en la UNASUR",
            "th": "หกประเทศระงับการมีส่วนร่วมใน UNASUR",
            "en": "Six countries suspend their participation in UNASUR",
        },
        "summary": {
            "es": "Argentina, Brasil, Chile, Colombia, Paraguay y Perú suspenden su participación en la Unión de Naciones Suramericanas (UNASUR).",
            "th": "อาร์เจนตินา บราซิล ชิลี โคลอมเบีย ปารากวัย และเปรู ระงับการมีส่วนร่วมในสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR)",
            "en": "Argentina, Brazil, Chile, Colombia, Paraguay and Peru suspend their participation in the Union of South American Nations (UNASUR).",
        },
    },
    "ecuador-leaves-alba": {
        "title": {
            "es": "Ecuador sale del ALBA-TCP",
            "th": "เอกวาดอร์ถอนตัวจาก ALBA-TCP",
            "en": "Ecuador leaves ALBA-TCP",
        },
        "summary": {
            "es": "Ecuador, que se había unido a la alianza junto a Antigua y Barbuda y San Vicente y las Granadinas, abandona el ALBA-TCP.",
            "th": "เอกวาดอร์ซึ่งเข้าร่วมพร้อมกับแอนติกาและบาร์บูดา และเซนต์วินเซนต์และเกรนาดีนส์ ถอนตัวจาก ALBA-TCP",
            "en": "Ecuador, which had joined together with Antigua and Barbuda and Saint Vincent and the Grenadines, leaves ALBA-TCP.",
        },
    },
    "colombia-leaves-unasur": {
        "title": {
            "es": "Colombia se retira de la UNASUR",
            "th": "โคลอมเบียถอนตัวจาก UNASUR",
            "en": "Colombia withdraws from UNASUR",
        },
        "summary": {
            "es": "Colombia, uno de los seis países que habían suspendido su participación, es el primero en retirarse de la UNASUR.",
            "th": "โคลอมเบีย หนึ่งในหกประเทศที่ระงับการมีส่วนร่วม เป็นประเทศแรกที่ถอนตัวจากสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR)",
            "en": "Colombia, one of the six countries that had suspended their participation, is the first to withdraw from UNASUR.",
        },
    },
    "unasur-2019-withdrawals": {
        "title": {
            "es": "Seis países más abandonan la UNASUR",
            "th": "อีกหกประเทศถอนตัวจาก UNASUR",
            "en": "Six more countries withdraw from UNASUR",
        },
        "summary": {
            "es": "Ecuador, Argentina, Brasil, Chile, Paraguay y Perú se retiran de la Unión de Naciones Suramericanas (UNASUR), después de Colombia.",
            "th": "เอกวาดอร์ อาร์เจนตินา บราซิล ชิลี ปารากวัย และเปรู ถอนตัวจากสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR) ต่อจากโคลอมเบีย",
            "en": "Ecuador, Argentina, Brazil, Chile, Paraguay and Peru withdraw from the Union of South American Nations (UNASUR), following Colombia.",
        },
    },
    "santiago-declaration-prosur": {
        "title": {
            "es": "Declaración de Santiago: nace PROSUR",
            "th": "ปฏิญญาซานติอาโก: กำเนิด PROSUR",
            "en": "Santiago Declaration creates PROSUR",
        },
        "summary": {
            "es": "Con la Declaración de Santiago, Argentina, Brasil, Chile, Colombia, Ecuador, Guyana, Paraguay y Perú crean el Foro para el Progreso e Integración de América del Sur (PROSUR).",
            "th": "อาร์เจนตินา บราซิล ชิลี โคลอมเบีย เอกวาดอร์ กายอานา ปารากวัย และเปรู จัดตั้ง PROSUR (Foro para el Progreso e Integración de América del Sur) ด้วยปฏิญญาซานติอาโก",
            "en": "With the Santiago Declaration, Argentina, Brazil, Chile, Colombia, Ecuador, Guyana, Paraguay and Peru create PROSUR, the Forum for the Progress and Integration of South America.",
        },
    },
    "eu-mercosur-agreement-in-principle": {
        "title": {
            "es": "La UE y el Mercosur alcanzan un acuerdo en principio",
            "th": "สหภาพยุโรปและ MERCOSUR บรรลุข้อตกลงในหลักการ",
            "en": "EU and Mercosur reach an agreement in principle",
        },
        "summary": {
            "es": "La Unión Europea y el Mercosur alcanzan un acuerdo en principio sobre el acuerdo de asociación que negocian.",
            "th": "สหภาพยุโรปและ MERCOSUR บรรลุข้อตกลงในหลักการเกี่ยวกับความตกลงความเป็นหุ้นส่วน (association agreement) ที่อยู่ระหว่างการเจรจา",
            "en": "The European Union and Mercosur reach an agreement in principle on the association agreement they have been negotiating.",
        },
    },
    "bolivia-leaves-alba": {
        "title": {
            "es": "Bolivia sale del ALBA-TCP",
            "th": "โบลิเวียถอนตัวจาก ALBA-TCP",
            "en": "Bolivia leaves ALBA-TCP",
        },
        "summary": {
            "es": "Bolivia, el primer país en sumarse al ALBA después de sus fundadores Venezuela y Cuba, abandona el ALBA-TCP.",
            "th": "โบลิเวียซึ่งเป็นประเทศแรกที่เข้าร่วม ALBA ต่อจากผู้ก่อตั้งอย่างเวเนซุเอลาและคิวบา ถอนตัวจาก ALBA-TCP",
            "en": "Bolivia, the first country to join ALBA after its founders Venezuela and Cuba, leaves ALBA-TCP.",
        },
    },
    "brazil-suspends-celac": {
        "title": {
            "es": "Brasil suspende su participación en la CELAC",
            "th": "บราซิลระงับการมีส่วนร่วมใน CELAC",
            "en": "Brazil suspends its participation in CELAC",
        },
        "summary": {
            "es": "Brasil suspende su participación en la Comunidad de Estados Latinoamericanos y Caribeños (CELAC).",
            "th": "บราซิลระงับการมีส่วนร่วมในประชาคมรัฐลาตินอเมริกาและแคริบเบียน (CELAC)",
            "en": "Brazil suspends its participation in the Community of Latin American and Caribbean States (CELAC).",
        },
    },
    "uruguay-leaves-unasur": {
        "title": {
            "es": "Uruguay se retira de la UNASUR",
            "th": "อุรุกวัยถอนตัวจาก UNASUR",
            "en": "Uruguay withdraws from UNASUR",
        },
        "summary": {
            "es": "Uruguay se retira de la Unión de Naciones Suramericanas (UNASUR), tras las salidas de Colombia, Ecuador, Argentina, Brasil, Chile, Paraguay y Perú.",
            "th": "อุรุกวัยถอนตัวจากสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR) ต่อจากโคลอมเบีย เอกวาดอร์ อาร์เจนตินา บราซิล ชิลี ปารากวัย และเปรู",
            "en": "Uruguay withdraws from the Union of South American Nations (UNASUR), after Colombia, Ecuador, Argentina, Brazil, Chile, Paraguay and Peru.",
        },
    },
    "bolivia-returns-alba": {
        "title": {
            "es": "Bolivia vuelve al ALBA-TCP",
            "th": "โบลิเวียกลับเข้าร่วม ALBA-TCP",
            "en": "Bolivia returns to ALBA-TCP",
        },
        "summary": {
            "es": "Bolivia se reincorpora al ALBA-TCP, del que se había retirado.",
            "th": "โบลิเวียกลับเข้าเป็นสมาชิก ALBA-TCP อีกครั้ง หลังจากเคยถอนตัวไป",
            "en": "Bolivia rejoins ALBA-TCP, which it had left.",
        },
    },
    "brazil-returns-celac": {
        "title": {
            "es": "Brasil regresa a la CELAC",
            "th": "บราซิลกลับเข้าร่วม CELAC",
            "en": "Brazil returns to CELAC",
        },
        "summary": {
            "es": "Brasil retoma su participación en la Comunidad de Estados Latinoamericanos y Caribeños (CELAC), que había suspendido.",
            "th": "บราซิลกลับมามีส่วนร่วมในประชาคมรัฐลาตินอเมริกาและแคริบเบียน (CELAC) อีกครั้ง หลังจากเคยระงับการมีส่วนร่วมไป",
            "en": "Brazil resumes its participation in the Community of Latin American and Caribbean States (CELAC), which it had suspended.",
        },
    },
    "brazil-argentina-return-unasur": {
        "title": {
            "es": "Brasil y Argentina regresan a la UNASUR",
            "th": "บราซิลและอาร์เจนตินากลับเข้าร่วม UNASUR",
            "en": "Brazil and Argentina return to UNASUR",
        },
        "summary": {
            "es": "Brasil y Argentina, que se habían retirado de la Unión de Naciones Suramericanas (UNASUR), vuelven a formar parte de ella.",
            "th": "บราซิลและอาร์เจนตินาซึ่งเคยถอนตัวจากสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR) กลับเข้าเป็นสมาชิกอีกครั้ง",
            "en": "Brazil and Argentina, which had withdrawn from the Union of South American Nations (UNASUR), return to it.",
        },
    },
    "asuncion-summit-bolivia-member": {
        "title": {
            "es": "Bolivia, reconocida como miembro pleno del Mercosur en la cumbre de Asunción",
            "th": "การประชุมสุดยอดที่อาซุนซิออนรับรองโบลิเวียเป็นสมาชิกเต็มรูปแบบของ MERCOSUR",
            "en": "Asunción summit recognises Bolivia as a full member of Mercosur",
        },
        "summary": {
            "es": "La cumbre de Asunción reconoce a Bolivia, hasta entonces miembro asociado, como miembro pleno del Mercosur.",
            "th": "การประชุมสุดยอดที่กรุงอาซุนซิออนรับรองสถานะสมาชิกเต็มรูปแบบของ MERCOSUR แก่โบลิเวีย ซึ่งก่อนหน้านั้นเป็นสมาชิกสมทบ",
            "en": "The Asunción summit recognises Bolivia, until then an associate member, as a full member of Mercosur.",
        },
    },
    "eu-mercosur-negotiations-concluded": {
        "title": {
            "es": "La UE y el Mercosur concluyen las negociaciones de su acuerdo de asociación",
            "th": "สหภาพยุโรปและ MERCOSUR สรุปการเจรจาความตกลงความเป็นหุ้นส่วน",
            "en": "EU and Mercosur conclude negotiations on their association agreement",
        },
        "summary": {
            "es": "La Unión Europea y el Mercosur dan por concluidas las negociaciones del acuerdo de asociación entre ambos bloques.",
            "th": "สหภาพยุโรปและ MERCOSUR สรุปผลการเจรจาความตกลงความเป็นหุ้นส่วน (association agreement) ระหว่างสองกลุ่ม",
            "en": "The European Union and Mercosur conclude the negotiations on the association agreement between the two blocs.",
        },
    },
}
