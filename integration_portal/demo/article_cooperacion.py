"""Demo article: the Spanish sample analysis on South–South cooperation, with its translations."""

ARTICLE = {
    "key": "cooperacion-integracion-sur",
    "original_language": "es",
    "slug": {
        "es": "cooperacion-sur-sur-integracion-america-del-sur",
        "en": "south-south-cooperation-integration-south-america",
        "th": "ความร่วมมือใต้-ใต้-และการรวมกลุ่มในอเมริกาใต้",
    },
    "title": {
        "es": "Cooperación Sur–Sur e integración en América del Sur: Mercosur, ALBA y Unasur",
        "en": "South–South Cooperation and Integration in South America: Mercosur, ALBA and UNASUR",
        "th": "ความร่วมมือใต้-ใต้และการรวมกลุ่มในอเมริกาใต้: MERCOSUR ALBA และ UNASUR",
    },
    "summary": {
        "es": "Sostiene que la cooperación entre los países latinoamericanos es de suma importancia, presenta a Mercosur, el ALBA y Unasur como esfuerzos regionales de integración, destaca el papel de Brasil y vincula la creciente complejidad de la relación con Estados Unidos al giro a la izquierda.",
        "en": "Argues that cooperation among Latin American countries is of the utmost importance, presents Mercosur, ALBA and UNASUR as regional integration efforts, highlights Brazil's role and links increasingly complex relations with the United States to the turn to the left.",
        "th": "บทความเสนอว่าความร่วมมือระหว่างประเทศในลาตินอเมริกามีความสำคัญยิ่ง ชี้ว่า MERCOSUR ALBA และ UNASUR เป็นความพยายามรวมกลุ่มระดับภูมิภาค เน้นบทบาทของบราซิล และโยงความสัมพันธ์ที่ซับซ้อนขึ้นกับสหรัฐอเมริกาเข้ากับกระแสการเมืองที่หันไปทางซ้าย",
    },
    "body": {
        "es": (
            "La cooperación entre los diferentes países que integran América Latina y sus vecinos, en cuanto a la unificación en materia económica, salud, cultura, política exterior, alianzas sobre derechos humanos y los procesos de paz en la región.es de suma importancia, si tomamos en cuenta las declaraciones a diarios del comando sur de los Estados Unidos De esta manera, América Latina y la Cooperación Sur – Sur. (CSS), Mercosur (Mercado Común del Sur), el Alba (Alianza Bolivariana para los pueblos de nuestra América), y Unasur (Unión de Naciones Suramericana), son el producto de diferentes políticas y visiones los cuales van a desarrollar un mercado integrador y con grandes desafíos positivos en América del Sur, ajustando mecanismos para consolidar las relaciones comerciales y fortaleciendo de manera integral políticas que conlleven de manera práctica una visión continental, con la finalidad de crear una alianza económica, y así reflejar los pactos y negociaciones entre las distintas posiciones que conforman este bloque regional."
            "\n\n"
            "Esta representación como Mercosur, El Alba, y Unasur, despliegan repuestas determinantes y divergentes, en función de una confederación latinoamericana y, que históricamente han caracterizado los intentos de regionalismo con la finalidad de unificar un solo componente es decir una gran nación y, que esto sea un paso definitivo en función de la integración. Aunque la relación en el plano internacional con los Estados Unidos de Norte América, debe ser indispensable siempre y cuando se respeten los intereses de cada país, principalmente en materia de soberanía, pero hay que tener en cuenta algo muy importante y, es el papel que juega el gigante del sur, como lo es Brasil a nivel regional y lo que representa en cuanto a la generación y coordinación de políticas macroeconómicas."
            "\n\n"
            "Aunado a todo este esfuerzo en común por todo los países asociados a este bloque regional, presenta puntos importantes y fundamentales como la libre circulación de bienes, servicios y producción, igualmente establecer aranceles y políticas de comercio común entre los estados."
            "\n\n"
            "De tal manera en pleno siglo XXI, la relación entre Estados Unidos y este bloque regional, se han vuelto cada vez más complejas y esto es debido al giro que ha dado la izquierda en la mayoría de los países de América del Sur, donde se han consolidados gobiernos progresistas que han roto con la imposición del consenso de Washington por implantar una agenda neoliberal, como es el caso de México, Chile, Perú y Colombia y varios países centroamericanos y del Caribe"
            "\n\n"
            "Aun con este avance el ALBA en un claro desafío a la propuesta neoliberal el cual fue concebida como una opción para combatir un modelo contra-hegemónico impuesto por los centros de poder, en este sentido, se puede determinar que el Alba no solo se opone políticamente a la hegemonía imperial, sino también a imposiciones que van en contra de los intereses de los pueblos. Esta idea si se quiere está inspirada por los ideales bolivarianos en solidaridad con los estados de América Latina y el Caribe, y con un proyecto político claro y tangible sobre todo en lo económico para luchar contra la pobreza y, la búsqueda de un mejor entendimiento para hacer una contraposición con la economía neoliberal como una alternativa bajo los parámetros de la unión Latinoamericana."
            "\n\n"
            "De tal manera el impulso de la Alianza Bolivariana para las Américas, la Unión de Naciones Suramericanas (UNASUR) y MERCOSUR son algunos ejemplos de los esfuerzos a nivel de la región que se está desarrollando en estos momentos, con el objetivo de establecer la unificación y la ayuda que de una u otra forma se le puede dar a los países que están padeciendo los embates de la pobreza extrema y combatir el modelo capitalista impuesto por Fondo Monetario Internacional, el Banco Mundial y las Empresas Transnacionales."
        ),
        "en": (
            "Cooperation among the various countries that make up Latin America and their neighbours — with regard to unification in economic matters, health, culture, foreign policy, alliances on human rights and the peace processes in the region — is of the utmost importance if we take into account the daily statements of the United States Southern Command. Thus, Latin America and South–South Cooperation (SSC), Mercosur (Southern Common Market), ALBA (Bolivarian Alliance for the Peoples of Our America) and UNASUR (Union of South American Nations) are the product of different policies and visions that will develop an integrating market with great positive challenges in South America, adjusting mechanisms to consolidate trade relations and comprehensively strengthening policies that, in practical terms, entail a continental vision, with the aim of creating an economic alliance and thereby reflecting the pacts and negotiations among the different positions that make up this regional bloc."
            "\n\n"
            "This representation, in the form of Mercosur, ALBA and UNASUR, puts forward decisive and divergent responses oriented towards a Latin American confederation — responses that have historically characterised attempts at regionalism aimed at unifying a single entity, that is, one great nation, and at making this a definitive step towards integration. Although the relationship with the United States of America on the international stage must be indispensable, provided that the interests of each country are respected, above all in matters of sovereignty, something very important must be borne in mind: the role played at the regional level by the giant of the south, Brazil, and what it represents in terms of generating and coordinating macroeconomic policies."
            "\n\n"
            "Added to all this common effort by all the countries associated with this regional bloc are important and fundamental points such as the free movement of goods, services and production, as well as the establishment of common tariffs and trade policies among the states."
            "\n\n"
            "Thus, well into the twenty-first century, relations between the United States and this regional bloc have become increasingly complex, owing to the turn to the left in most South American countries, where progressive governments have consolidated themselves and broken with the imposition of the Washington Consensus, which sought to implant a neoliberal agenda, as is the case of Mexico, Chile, Peru and Colombia and several Central American and Caribbean countries."
            "\n\n"
            "Even with this progress, ALBA stands as a clear challenge to the neoliberal proposal, which was conceived as an option to combat a counter-hegemonic model imposed by the centres of power; in this sense, it can be concluded that ALBA opposes not only imperial hegemony politically, but also impositions that run counter to the interests of the peoples. This idea is, if you will, inspired by Bolivarian ideals, in solidarity with the states of Latin America and the Caribbean, and with a clear and tangible political project, above all in the economic sphere, to fight poverty, and the search for a better understanding in order to set up a counterweight to the neoliberal economy as an alternative within the parameters of Latin American union."
            "\n\n"
            "Thus, the impetus given to the Bolivarian Alliance for the Americas, the Union of South American Nations (UNASUR) and MERCOSUR provides some examples of the efforts being made at the regional level at present, with the aim of establishing unification and the assistance that can, in one way or another, be given to countries suffering the onslaught of extreme poverty, and of combating the capitalist model imposed by the International Monetary Fund, the World Bank and transnational corporations."
        ),
        "th": (
            "ความร่วมมือระหว่างประเทศต่าง ๆ ที่ประกอบกันเป็นลาตินอเมริกาและประเทศเพื่อนบ้าน ในด้านการรวมเป็นหนึ่งเดียวทางเศรษฐกิจ สาธารณสุข วัฒนธรรม นโยบายต่างประเทศ การสร้างพันธมิตรด้านสิทธิมนุษยชน และกระบวนการสันติภาพในภูมิภาค ถือเป็นเรื่องที่มีความสำคัญยิ่ง หากพิจารณาถึงถ้อยแถลงรายวันของกองบัญชาการภาคใต้ของสหรัฐอเมริกา ด้วยเหตุนี้ ลาตินอเมริกาและความร่วมมือใต้-ใต้ (SSC) ตลาดร่วมอเมริกาใต้ตอนล่าง (MERCOSUR) พันธมิตรโบลิวาร์เพื่อประชาชนแห่งทวีปอเมริกาของเรา (ALBA) และสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR) จึงล้วนเป็นผลผลิตของนโยบายและวิสัยทัศน์ที่แตกต่างกัน ซึ่งจะพัฒนาไปสู่ตลาดที่บูรณาการภูมิภาคเข้าด้วยกันและเต็มไปด้วยความท้าทายเชิงบวกอันยิ่งใหญ่ในอเมริกาใต้ ผ่านการปรับกลไกต่าง ๆ เพื่อกระชับความสัมพันธ์ทางการค้า และการเสริมสร้างนโยบายอย่างรอบด้านที่นำไปสู่วิสัยทัศน์ระดับทวีปในทางปฏิบัติ โดยมีเป้าหมายเพื่อสร้างพันธมิตรทางเศรษฐกิจ และสะท้อนให้เห็นถึงข้อตกลงและการเจรจาระหว่างจุดยืนต่าง ๆ ที่ประกอบกันเป็นกลุ่มภูมิภาคนี้"
            "\n\n"
            "ตัวแทนอย่าง MERCOSUR ALBA และ UNASUR ได้นำเสนอคำตอบที่ชี้ขาดและแตกต่างกันในทิศทางของการสร้างสมาพันธรัฐลาตินอเมริกา ซึ่งเป็นคำตอบที่เป็นลักษณะเด่นของความพยายามสร้างภูมิภาคนิยมมาโดยตลอดในประวัติศาสตร์ โดยมุ่งหลอมรวมให้เป็นหน่วยเดียว กล่าวคือ เป็นชาติอันยิ่งใหญ่หนึ่งเดียว และเพื่อให้สิ่งนี้เป็นก้าวที่เด็ดขาดไปสู่การรวมกลุ่ม แม้ว่าความสัมพันธ์ในเวทีระหว่างประเทศกับสหรัฐอเมริกาจะต้องเป็นสิ่งที่ขาดไม่ได้ ตราบเท่าที่ผลประโยชน์ของแต่ละประเทศได้รับความเคารพ โดยเฉพาะอย่างยิ่งในเรื่องอำนาจอธิปไตย แต่ก็ต้องคำนึงถึงสิ่งสำคัญยิ่งประการหนึ่ง นั่นคือบทบาทในระดับภูมิภาคของยักษ์ใหญ่แห่งแดนใต้อย่างบราซิล และสิ่งที่บราซิลเป็นตัวแทนในด้านการกำหนดและประสานนโยบายเศรษฐกิจมหภาค"
            "\n\n"
            "ควบคู่ไปกับความพยายามร่วมกันทั้งหมดนี้ของทุกประเทศที่เข้าร่วมในกลุ่มภูมิภาคนี้ ยังมีประเด็นที่สำคัญและเป็นพื้นฐาน เช่น การเคลื่อนย้ายสินค้า บริการ และการผลิตอย่างเสรี ตลอดจนการกำหนดอัตราภาษีศุลกากรและนโยบายการค้าร่วมกันระหว่างรัฐต่าง ๆ"
            "\n\n"
            "ด้วยเหตุนี้ ในศตวรรษที่ 21 ความสัมพันธ์ระหว่างสหรัฐอเมริกากับกลุ่มภูมิภาคนี้จึงทวีความซับซ้อนมากขึ้นเรื่อย ๆ อันเป็นผลมาจากกระแสการเมืองที่หันไปทางซ้ายในประเทศส่วนใหญ่ของอเมริกาใต้ ซึ่งรัฐบาลแนวก้าวหน้าได้ตั้งมั่นอย่างมั่นคงและแตกหักกับการบังคับใช้ฉันทามติวอชิงตันที่มุ่งปลูกฝังวาระเสรีนิยมใหม่ ดังเช่นกรณีของเม็กซิโก ชิลี เปรู และโคลอมเบีย รวมถึงอีกหลายประเทศในอเมริกากลางและแคริบเบียน"
            "\n\n"
            "แม้จะมีความก้าวหน้าเช่นนี้ ALBA ก็ยังคงเป็นความท้าทายอย่างชัดเจนต่อข้อเสนอแบบเสรีนิยมใหม่ ซึ่งถูกคิดขึ้นให้เป็นทางเลือกเพื่อต่อสู้กับตัวแบบต่อต้านอำนาจนำที่ถูกบังคับใช้โดยศูนย์กลางอำนาจ ในแง่นี้ อาจสรุปได้ว่า ALBA มิได้ต่อต้านอำนาจนำแบบจักรวรรดิในทางการเมืองเท่านั้น หากแต่ยังต่อต้านการบังคับที่ขัดต่อผลประโยชน์ของประชาชนทั้งหลายด้วย แนวคิดนี้อาจกล่าวได้ว่าได้รับแรงบันดาลใจจากอุดมการณ์แบบโบลิวาร์ ด้วยความเป็นปึกแผ่นกับรัฐต่าง ๆ ในลาตินอเมริกาและแคริบเบียน และด้วยโครงการทางการเมืองที่ชัดเจนและจับต้องได้ โดยเฉพาะในมิติทางเศรษฐกิจ เพื่อต่อสู้กับความยากจน รวมถึงการแสวงหาความเข้าใจที่ดีขึ้นเพื่อสร้างขั้วถ่วงดุลกับเศรษฐกิจแบบเสรีนิยมใหม่ ในฐานะทางเลือกภายใต้กรอบของการรวมตัวเป็นหนึ่งเดียวของลาตินอเมริกา"
            "\n\n"
            "ด้วยเหตุนี้ การผลักดันพันธมิตรโบลิวาร์เพื่อทวีปอเมริกา สหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR) และ MERCOSUR จึงเป็นตัวอย่างส่วนหนึ่งของความพยายามในระดับภูมิภาคที่กำลังดำเนินอยู่ในขณะนี้ โดยมีเป้าหมายเพื่อสร้างความเป็นเอกภาพและให้ความช่วยเหลือไม่ทางใดก็ทางหนึ่งแก่ประเทศที่กำลังเผชิญกับพิษภัยของความยากจนขั้นรุนแรง ตลอดจนเพื่อต่อสู้กับตัวแบบทุนนิยมที่ถูกบังคับใช้โดยกองทุนการเงินระหว่างประเทศ ธนาคารโลก และบรรษัทข้ามชาติ"
        ),
    },
    "footnotes": [
        {
            "es": "Mercosur fue fundado mediante el Tratado de Asunción, firmado el 26 de marzo de 1991 por Argentina, Brasil, Paraguay y Uruguay.",
            "en": "Mercosur was founded by the Treaty of Asunción, signed on 26 March 1991 by Argentina, Brazil, Paraguay and Uruguay.",
            "th": "MERCOSUR ก่อตั้งขึ้นโดยสนธิสัญญาอาซุนซิออน ซึ่งอาร์เจนตินา บราซิล ปารากวัย และอุรุกวัย ลงนามเมื่อวันที่ 26 มีนาคม 2534",
        },
        {
            "es": "El ALBA fue fundado en La Habana el 14 de diciembre de 2004 por Venezuela y Cuba, y en 2009 pasó a denominarse ALBA-TCP.",
            "en": "ALBA was founded in Havana on 14 December 2004 by Venezuela and Cuba, and was renamed ALBA-TCP in 2009.",
            "th": "ALBA ก่อตั้งขึ้นที่กรุงฮาวานาเมื่อวันที่ 14 ธันวาคม 2547 โดยเวเนซุเอลาและคิวบา และเปลี่ยนชื่อเป็น ALBA-TCP ใน พ.ศ. 2552",
        },
        {
            "es": "El Tratado Constitutivo de la Unasur se firmó en Brasilia el 23 de mayo de 2008 y entró en vigor el 11 de marzo de 2011.",
            "en": "The UNASUR Constitutive Treaty was signed in Brasília on 23 May 2008 and entered into force on 11 March 2011.",
            "th": "สนธิสัญญาก่อตั้งสหภาพกลุ่มประเทศอเมริกาใต้ (UNASUR) ลงนามที่กรุงบราซิเลียเมื่อวันที่ 23 พฤษภาคม 2551 และมีผลใช้บังคับเมื่อวันที่ 11 มีนาคม 2554",
        },
    ],
}
