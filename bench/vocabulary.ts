/**
 * Words the bench seed builds listings and requests from. Product families span the HS chapters a
 * cross-border marketplace sees (food, textiles, metals, electronics…), each with the words a seller
 * uses, its unit, a realistic price band and the countries that export it. Families are drawn with a
 * skewed distribution, so some words ("organic", "coffee", "premium") match 100k+ listings and others
 * ("vanilla", "granite") a few thousand: search must be fast for both.
 */

export interface ProductFamily {
  /** The product's main English noun phrase. */
  noun: string;
  /** Alternative words sellers use for the same goods. */
  varieties: string[];
  hs: string[];
  unit: string;
  /** Price band in US cents per `unit`. */
  usdCents: [number, number];
  origins: string[];
  /** The noun in other languages, for translated titles: pl, es, fr, de, ms, zh. */
  tr: [string, string, string, string, string, string];
  packaging: string[];
  leadDays: [number, number];
}

export const TRANSLATION_LOCALES = ["pl", "es", "fr", "de", "ms", "zh"] as const;

const F = (
  noun: string,
  varieties: string,
  hs: string,
  unit: string,
  usd: [number, number],
  origins: string,
  tr: string,
  packaging: string,
  lead: [number, number],
): ProductFamily => ({
  noun,
  varieties: varieties.split(","),
  hs: hs.split(","),
  unit,
  usdCents: usd,
  origins: origins.split(","),
  tr: tr.split(";") as ProductFamily["tr"],
  packaging: packaging.split(","),
  leadDays: lead,
});

// Ordered by how often they are listed: the first families are the common ones.
export const FAMILIES: ProductFamily[] = [
  F("coffee beans", "arabica,robusta,green coffee,roasted coffee,specialty coffee", "090111,090121,090112", "KGM", [250, 1200], "BR,VN,CO,ET,ID,UG,IN,PE,KE,HN", "kawa;café;café;Kaffee;kopi;咖啡", "jute bags,big bags,vacuum packs", [7, 45]),
  F("rice", "jasmine rice,basmati rice,long grain rice,parboiled rice,broken rice", "100630,100640,100620", "TNE", [38000, 120000], "TH,VN,IN,PK,MY,CN,BD,US", "ryż;arroz;riz;Reis;beras;大米", "pp bags,jute bags,bulk vessel", [10, 40]),
  F("palm oil", "crude palm oil,refined palm olein,rbd palm oil,palm kernel oil", "151110,151190,151321", "TNE", [70000, 130000], "MY,ID,TH,NG,CO", "olej palmowy;aceite de palma;huile de palme;Palmöl;minyak sawit;棕榈油", "flexitank,isotank,drums", [7, 30]),
  F("cashew nuts", "cashew kernels,raw cashew,ww320 cashew,roasted cashew", "080132,080131", "KGM", [500, 1400], "VN,IN,CI,GH,NG,BR", "orzechy nerkowca;anacardos;noix de cajou;Cashewkerne;gajus;腰果", "vacuum tins,cartons,jute bags", [10, 35]),
  F("frozen shrimp", "vannamei shrimp,black tiger prawns,peeled shrimp,king prawns", "030617,030616", "KGM", [600, 2200], "VN,IN,EC,TH,ID,BD,CN", "krewetki mrożone;camarón congelado;crevettes surgelées;Tiefkühlgarnelen;udang beku;冻虾", "reefer container,master cartons", [14, 40]),
  F("cocoa beans", "cocoa butter,cocoa powder,cacao nibs,fermented cocoa", "180100,180400,180500", "TNE", [250000, 900000], "CI,GH,EC,ID,NG,PE,BR", "kakao;cacao;cacao;Kakao;koko;可可", "jute bags,cartons", [14, 50]),
  F("white sugar", "icumsa 45 sugar,raw cane sugar,brown sugar,beet sugar", "170114,170199,170191", "TNE", [40000, 90000], "BR,IN,TH,AU,PK,MX,EG", "cukier;azúcar;sucre;Zucker;gula;白糖", "pp bags,big bags,bulk vessel", [10, 45]),
  F("black tea", "green tea,ceylon tea,assam tea,oolong tea,tea leaves", "090230,090240,090210", "KGM", [300, 2500], "LK,IN,KE,CN,VN,ID", "herbata;té;thé;Tee;teh;茶叶", "paper sacks,tea chests,cartons", [7, 30]),
  F("desiccated coconut", "coconut,coconut oil,virgin coconut oil,coconut milk,copra", "080111,080119,151311,151319", "TNE", [120000, 350000], "MY,PH,ID,LK,VN,IN,TH", "kokos;coco;noix de coco;Kokosnuss;kelapa;椰子", "kraft bags,drums,flexitank", [10, 35]),
  F("cotton t-shirts", "t-shirts,polo shirts,knitted shirts,tank tops", "610910,610990,610510", "H87", [150, 900], "BD,CN,VN,IN,TR,PK", "koszulki bawełniane;camisetas de algodón;t-shirts en coton;Baumwoll-T-Shirts;baju-t kapas;棉T恤", "polybags,cartons", [20, 60]),
  F("steel rebar", "deformed bars,hot rolled coil,steel billets,wire rod", "721420,720839,720712,721391", "TNE", [45000, 90000], "TR,CN,IN,BR,UA,KR,JP", "pręty stalowe;barras de acero;barres d'armature;Betonstahl;bar keluli;钢筋", "bundles,coils", [20, 60]),
  F("solar panels", "monocrystalline panels,pv modules,solar modules,bifacial panels", "854143,854142", "H87", [6000, 25000], "CN,VN,MY,KR,IN,DE", "panele słoneczne;paneles solares;panneaux solaires;Solarmodule;panel solar;太阳能电池板", "pallets,wooden crates", [15, 60]),
  F("olive oil", "extra virgin olive oil,pomace oil,virgin olive oil", "150910,150990,151000", "LTR", [350, 1400], "ES,IT,GR,TR,TN,MA,PT", "oliwa z oliwek;aceite de oliva;huile d'olive;Olivenöl;minyak zaitun;橄榄油", "glass bottles,tins,flexitank", [7, 30]),
  F("black pepper", "white pepper,peppercorns,ground pepper,chili", "090411,090412,090421", "KGM", [300, 1100], "VN,IN,ID,BR,LK,MY", "pieprz;pimienta;poivre;Pfeffer;lada;胡椒", "pp bags,jute bags", [10, 40]),
  F("natural rubber", "rss3 rubber,tsr20 rubber,latex,smoked sheets", "400122,400121,400110", "TNE", [130000, 220000], "TH,ID,VN,MY,CI,IN", "kauczuk naturalny;caucho natural;caoutchouc naturel;Naturkautschuk;getah asli;天然橡胶", "pallets,bales", [14, 45]),
  F("bananas", "cavendish bananas,plantains,baby bananas", "080390,080310", "KGM", [40, 150], "EC,PH,CO,GT,CR,IN", "banany;plátanos;bananes;Bananen;pisang;香蕉", "cartons,reefer container", [5, 21]),
  F("frozen chicken", "chicken paws,chicken wings,whole chicken,chicken breast", "020714,020712", "KGM", [120, 450], "BR,US,TH,PL,AR,TR", "kurczak mrożony;pollo congelado;poulet congelé;Tiefkühlhähnchen;ayam beku;冻鸡", "cartons,reefer container", [14, 40]),
  F("wheat", "durum wheat,milling wheat,wheat flour,semolina", "100199,100119,110100", "TNE", [20000, 45000], "US,AR,AU,FR,PL,UA,RU", "pszenica;trigo;blé;Weizen;gandum;小麦", "bulk vessel,pp bags", [15, 50]),
  F("yellow maize", "corn,white maize,feed corn,popcorn", "100590,100510", "TNE", [17000, 35000], "US,BR,AR,UA,MX,ZA", "kukurydza;maíz;maïs;Mais;jagung;玉米", "bulk vessel,pp bags", [15, 50]),
  F("soybeans", "soybean meal,soybean oil,non-gmo soybeans", "120190,230400,150710", "TNE", [35000, 70000], "BR,US,AR,PY,CN,IN", "soja;soja;soja;Sojabohnen;kacang soya;大豆", "bulk vessel,pp bags", [15, 50]),
  F("honey", "raw honey,manuka honey,acacia honey,wildflower honey", "040900", "KGM", [300, 3500], "NZ,AR,UA,MX,TR,CN,PL", "miód;miel;miel;Honig;madu;蜂蜜", "drums,glass jars", [10, 35]),
  F("almonds", "almond kernels,walnuts,hazelnuts,pistachios", "080212,080232,080222,080251", "KGM", [450, 1800], "US,AU,ES,TR,IR,CL", "migdały;almendras;amandes;Mandeln;badam;杏仁", "cartons,vacuum bags", [10, 35]),
  F("aluminium ingots", "aluminium alloy,aluminium sheets,aluminium coils", "760110,760120,760612", "TNE", [180000, 320000], "AE,IN,CN,RU,AU,MY", "aluminium w sztabach;lingotes de aluminio;lingots d'aluminium;Aluminiumbarren;jongkong aluminium;铝锭", "bundles,pallets", [20, 60]),
  F("copper cathodes", "copper wire,copper scrap,copper rods", "740311,740400,740811", "TNE", [700000, 1000000], "CL,PE,ZM,CD,AU,PL", "katody miedziane;cátodos de cobre;cathodes de cuivre;Kupferkathoden;katod kuprum;铜阴极", "bundles,pallets", [20, 60]),
  F("frozen tuna", "yellowfin tuna,skipjack tuna,tuna loins,canned tuna", "030487,030342,160414", "KGM", [250, 1400], "TH,EC,PH,ID,VN,ES", "tuńczyk;atún;thon;Thunfisch;tuna;金枪鱼", "reefer container,cartons", [14, 40]),
  F("wooden furniture", "dining tables,teak chairs,rattan furniture,wardrobes", "940360,940161,940350", "H87", [3000, 60000], "VN,ID,MY,CN,PL,IN", "meble drewniane;muebles de madera;meubles en bois;Holzmöbel;perabot kayu;木制家具", "cartons,crates", [30, 75]),
  F("led lamps", "led bulbs,led panels,street lights,floodlights", "853952,940540,940542", "H87", [80, 6000], "CN,VN,MY,TR,IN", "lampy led;lámparas led;lampes led;LED-Lampen;lampu led;LED灯", "cartons,pallets", [15, 45]),
  F("denim jeans", "jeans,denim fabric,chinos,trousers", "620342,620462,520942", "H87", [400, 2500], "BD,PK,CN,TR,VN,MX", "dżinsy;vaqueros;jeans;Jeans;seluar jeans;牛仔裤", "polybags,cartons", [25, 60]),
  F("raw cotton", "cotton lint,cotton yarn,combed cotton", "520100,520512,520522", "TNE", [150000, 300000], "US,IN,BR,AU,PK,UZ", "bawełna;algodón;coton;Baumwolle;kapas;原棉", "bales", [20, 50]),
  F("mangoes", "alphonso mango,dried mango,mango pulp,kent mango", "080450,081290,200899", "KGM", [80, 900], "IN,PK,MX,PE,TH,PH", "mango;mango;mangue;Mango;mangga;芒果", "cartons,drums", [5, 30]),
  F("avocados", "hass avocado,fuerte avocado,avocado oil", "080440,151590", "KGM", [150, 500], "MX,PE,CL,KE,CO,ES", "awokado;aguacates;avocats;Avocados;avokado;牛油果", "cartons,reefer container", [5, 25]),
  F("pineapples", "md2 pineapple,canned pineapple,pineapple juice", "080430,200820,200941", "KGM", [50, 300], "CR,PH,TH,ID,GH,MY", "ananasy;piñas;ananas;Ananas;nanas;菠萝", "cartons,reefer container", [5, 25]),
  F("orange juice", "frozen concentrated orange juice,nfc juice,apple juice,citrus juice", "200912,200911,200979", "LTR", [80, 400], "BR,US,MX,ES,ZA,EG", "sok pomarańczowy;zumo de naranja;jus d'orange;Orangensaft;jus oren;橙汁", "drums,isotank,aseptic bags", [10, 35]),
  F("fresh oranges", "mandarins,lemons,limes,grapefruit", "080510,080521,080550", "KGM", [50, 250], "ES,EG,ZA,MA,TR,US", "pomarańcze;naranjas;oranges;Orangen;oren;橙子", "cartons,reefer container", [5, 25]),
  F("red wine", "white wine,sparkling wine,rose wine,cabernet sauvignon", "220421,220410,220422", "LTR", [300, 5000], "FR,IT,ES,CL,AR,AU,ZA,PT", "wino;vino;vin;Wein;wain;葡萄酒", "glass bottles,bag in box,flexitank", [10, 40]),
  F("milk powder", "skimmed milk powder,whole milk powder,whey powder,infant formula", "040210,040221,040410", "TNE", [250000, 500000], "NZ,AU,NL,FR,PL,US", "mleko w proszku;leche en polvo;lait en poudre;Milchpulver;susu tepung;奶粉", "paper bags,cartons", [14, 45]),
  F("cheese", "cheddar cheese,mozzarella,gouda,butter", "040690,040610,040510", "KGM", [350, 1800], "NL,FR,IT,PL,NZ,US,DE", "ser;queso;fromage;Käse;keju;奶酪", "cartons,reefer container", [10, 35]),
  F("frozen beef", "beef cuts,boneless beef,halal beef,lamb meat", "020230,020130,020442", "KGM", [400, 1800], "BR,AR,AU,US,UY,NZ,IN", "wołowina;carne de res;bœuf;Rindfleisch;daging lembu;冻牛肉", "cartons,reefer container", [14, 45]),
  F("salmon fillets", "atlantic salmon,smoked salmon,trout,cod fillets", "030441,030213,030471", "KGM", [800, 2500], "NO,CL,GB,IS,US,FO", "łosoś;salmón;saumon;Lachs;salmon;三文鱼", "cartons,reefer container", [7, 30]),
  F("cinnamon", "cassia,cinnamon sticks,cloves,nutmeg,star anise", "090611,090619,090710,090811,090961", "KGM", [250, 2500], "LK,ID,VN,CN,MG,IN", "cynamon;canela;cannelle;Zimt;kayu manis;肉桂", "cartons,pp bags", [10, 35]),
  F("vanilla beans", "bourbon vanilla,vanilla extract,vanilla pods", "090510,090520,130219", "KGM", [15000, 60000], "MG,ID,UG,PG,MX", "wanilia;vainilla;vanille;Vanille;vanila;香草", "vacuum packs,cartons", [10, 35]),
  F("dates", "medjool dates,deglet nour dates,date paste,dried figs", "080410,080420", "KGM", [200, 1200], "SA,AE,TN,EG,DZ,IR", "daktyle;dátiles;dattes;Datteln;kurma;椰枣", "cartons", [7, 30]),
  F("chickpeas", "kabuli chickpeas,lentils,red lentils,dry beans,green peas", "071320,071340,071333,071310", "TNE", [60000, 150000], "CA,AU,IN,TR,MX,ET,AR", "ciecierzyca;garbanzos;pois chiches;Kichererbsen;kacang kuda;鹰嘴豆", "pp bags,jute bags", [14, 45]),
  F("quinoa", "white quinoa,red quinoa,chia seeds,amaranth", "100850,120799", "KGM", [200, 700], "PE,BO,EC", "komosa ryżowa;quinua;quinoa;Quinoa;kuinoa;藜麦", "pp bags,paper bags", [14, 40]),
  F("peanuts", "groundnuts,peanut butter,blanched peanuts,sesame seeds", "120242,200811,120740", "TNE", [90000, 220000], "AR,IN,CN,US,SN,NG", "orzeszki ziemne;cacahuetes;arachides;Erdnüsse;kacang tanah;花生", "pp bags,cartons", [14, 40]),
  F("sunflower oil", "refined sunflower oil,crude sunflower oil,rapeseed oil,canola oil", "151211,151219,151419", "LTR", [100, 300], "UA,RU,AR,TR,BG,RO", "olej słonecznikowy;aceite de girasol;huile de tournesol;Sonnenblumenöl;minyak bunga matahari;葵花籽油", "flexitank,pet bottles,drums", [10, 35]),
  F("tomato paste", "canned tomatoes,ketchup,tomato sauce", "200290,200210,210320", "TNE", [70000, 160000], "CN,IT,US,TR,ES,PT", "koncentrat pomidorowy;pasta de tomate;concentré de tomate;Tomatenmark;pes tomato;番茄酱", "drums,tins", [14, 40]),
  F("granite slabs", "marble slabs,quartz countertops,granite tiles,sandstone", "680293,251511,680291", "MTK", [1500, 12000], "IN,BR,CN,TR,IT,ES", "płyty granitowe;losas de granito;dalles de granit;Granitplatten;papak granit;花岗岩板", "wooden crates,bundles", [25, 60]),
  F("ceramic tiles", "porcelain tiles,floor tiles,wall tiles,mosaic tiles", "690721,690722,690740", "MTK", [400, 3000], "ES,IT,CN,IN,TR,BR,PL", "płytki ceramiczne;azulejos cerámicos;carreaux céramiques;Keramikfliesen;jubin seramik;瓷砖", "pallets,cartons", [20, 50]),
  F("portland cement", "clinker,white cement,opc cement", "252329,252310,252321", "TNE", [4000, 12000], "VN,TR,EG,IN,CN,AE,SA", "cement;cemento;ciment;Zement;simen;水泥", "jumbo bags,bulk vessel,paper bags", [15, 45]),
  F("plywood", "timber,sawn wood,mdf boards,veneer", "441231,440710,441114,440890", "MTQ", [25000, 90000], "MY,ID,VN,CN,BR,RU,FI", "sklejka;contrachapado;contreplaqué;Sperrholz;papan lapis;胶合板", "pallets,bundles", [20, 50]),
  F("kraft paper", "paper rolls,cardboard,a4 copy paper,tissue paper", "480411,480256,481810", "TNE", [50000, 120000], "BR,ID,FI,SE,US,CN", "papier kraft;papel kraft;papier kraft;Kraftpapier;kertas kraft;牛皮纸", "reels,pallets", [15, 45]),
  F("urea fertilizer", "npk fertilizer,dap fertilizer,ammonium nitrate,potash", "310210,310520,310530,310420", "TNE", [25000, 70000], "RU,QA,SA,CN,EG,NG,MA", "mocznik;urea;urée;Harnstoff;baja urea;尿素", "jumbo bags,bulk vessel", [15, 45]),
  F("polyethylene granules", "hdpe,ldpe,pet resin,polypropylene,pvc resin", "390110,390120,390761,390210,390410", "TNE", [90000, 180000], "SA,AE,KR,US,CN,TH,MY", "granulat polietylenowy;gránulos de polietileno;granulés de polyéthylène;Polyethylen-Granulat;butiran polietilena;聚乙烯颗粒", "bags on pallets,jumbo bags", [15, 45]),
  F("nitrile gloves", "latex gloves,examination gloves,surgical gloves,face masks", "401519,401511,630790", "H87", [2, 12], "MY,TH,CN,VN,ID", "rękawice nitrylowe;guantes de nitrilo;gants en nitrile;Nitrilhandschuhe;sarung tangan nitril;丁腈手套", "cartons,pallets", [10, 40]),
  F("paracetamol tablets", "generic medicines,amoxicillin capsules,vitamin c tablets", "300490,300410,293627", "H87", [1, 40], "IN,CN,BD,PK,EG,TR", "tabletki paracetamol;tabletas de paracetamol;comprimés de paracétamol;Paracetamol-Tabletten;tablet parasetamol;扑热息痛片", "blister packs,cartons", [20, 60]),
  F("lithium batteries", "lifepo4 batteries,battery packs,lead acid batteries,power banks", "850760,850710,850650", "H87", [500, 40000], "CN,KR,JP,VN,MY", "akumulatory litowe;baterías de litio;batteries au lithium;Lithiumbatterien;bateri litium;锂电池", "cartons,pallets", [20, 60]),
  F("copper cables", "power cables,electric wire,fiber optic cable,coaxial cable", "854449,854460,854470", "MTR", [50, 3000], "CN,TR,VN,KR,IN,PL", "kable miedziane;cables de cobre;câbles en cuivre;Kupferkabel;kabel kuprum;铜电缆", "drums,coils", [15, 50]),
  F("car tyres", "truck tyres,tires,inner tubes,motorcycle tyres", "401110,401120,401310", "H87", [2500, 30000], "CN,TH,IN,VN,TR,JP", "opony samochodowe;neumáticos;pneus;Autoreifen;tayar kereta;轮胎", "loose loaded,pallets", [20, 60]),
  F("auto parts", "brake pads,spark plugs,alternators,filters,shock absorbers", "870830,851110,851150,842123,870880", "H87", [200, 20000], "CN,DE,JP,TR,IN,MX,PL", "części samochodowe;autopartes;pièces auto;Autoteile;alat ganti kereta;汽车配件", "cartons,pallets", [15, 50]),
  F("bicycles", "electric bicycles,mountain bikes,bicycle parts,scooters", "871200,871160,871499", "H87", [5000, 90000], "CN,TW,VN,KH,DE,PL", "rowery;bicicletas;vélos;Fahrräder;basikal;自行车", "cartons", [25, 60]),
  F("leather", "cow leather,finished leather,leather bags,leather shoes", "410712,420221,640399", "MTK", [1200, 6000], "IT,IN,PK,BR,TR,CN,ET", "skóra;cuero;cuir;Leder;kulit;皮革", "rolls,cartons", [20, 55]),
  F("handicraft baskets", "rattan baskets,seagrass baskets,bamboo products,wooden handicrafts", "460219,460211,442199", "H87", [200, 4000], "VN,ID,PH,IN,BD,MA", "kosze wiklinowe;cestas artesanales;paniers artisanaux;Handwerkskörbe;bakul kraftangan;手工篮子", "cartons", [25, 60]),
  F("carpets", "hand knotted rugs,wool carpets,kilims,prayer mats", "570110,570190,570242", "MTK", [1500, 30000], "IR,IN,TR,PK,AF,MA", "dywany;alfombras;tapis;Teppiche;permaidani;地毯", "rolls,bales", [25, 60]),
  F("glass bottles", "glass jars,pet bottles,aluminium cans,caps and closures", "701090,392330,761290", "H87", [5, 120], "CN,TR,MX,IN,PL,DE", "butelki szklane;botellas de vidrio;bouteilles en verre;Glasflaschen;botol kaca;玻璃瓶", "pallets,cartons", [15, 45]),
  F("cosmetics", "face cream,shampoo,lipstick,argan oil,skin care", "330499,330510,330410,151590", "H87", [100, 3000], "KR,FR,MA,JP,US,TH,PL", "kosmetyki;cosméticos;cosmétiques;Kosmetik;kosmetik;化妆品", "cartons,pallets", [15, 45]),
  F("soap", "laundry soap,toilet soap,detergent powder,hand wash", "340111,340120,340220", "KGM", [80, 600], "MY,ID,TR,IN,CN,TH", "mydło;jabón;savon;Seife;sabun;肥皂", "cartons,pallets", [10, 40]),
  F("toys", "plush toys,wooden toys,puzzles,educational toys", "950300,950510", "H87", [50, 6000], "CN,VN,PL,DE,IN", "zabawki;juguetes;jouets;Spielzeug;mainan;玩具", "cartons", [25, 60]),
  F("smartphones", "mobile phones,tablets,feature phones,smart watches", "851713,847130,851762", "H87", [3000, 90000], "CN,VN,KR,IN,TW", "smartfony;teléfonos inteligentes;smartphones;Smartphones;telefon pintar;智能手机", "cartons", [15, 45]),
  F("wool", "merino wool,wool yarn,cashmere,alpaca wool", "510111,510721,510211", "KGM", [500, 6000], "AU,NZ,PE,CN,ZA,UY", "wełna;lana;laine;Wolle;bulu biri-biri;羊毛", "bales", [20, 55]),
  F("raw silk", "silk fabric,silk yarn,mulberry silk", "500200,500720,500400", "KGM", [3000, 12000], "CN,IN,UZ,TH,VN", "jedwab;seda;soie;Seide;sutera;生丝", "bales,cartons", [20, 55]),
  F("whisky", "vodka,rum,gin,brandy,spirits", "220830,220860,220840,220850", "LTR", [500, 8000], "GB,US,PL,RU,FR,IN,JP", "whisky;whisky;whisky;Whisky;wiski;威士忌", "glass bottles,cartons", [10, 40]),
  F("beer", "lager beer,craft beer,malt,hops", "220300,110710,121020", "LTR", [80, 500], "DE,BE,MX,NL,CZ,PL,CN", "piwo;cerveza;bière;Bier;bir;啤酒", "cans,glass bottles,kegs", [10, 40]),
  F("fresh apples", "red apples,gala apples,pears,apple concentrate", "080810,080830,210690", "KGM", [60, 250], "PL,CN,US,CL,IT,NZ,ZA", "jabłka;manzanas;pommes;Äpfel;epal;苹果", "cartons,reefer container", [5, 25]),
  F("table grapes", "red globe grapes,raisins,sultanas,seedless grapes", "080610,080620", "KGM", [100, 450], "CL,PE,ZA,TR,IN,IT,EG", "winogrona;uvas;raisins de table;Tafeltrauben;anggur;葡萄", "cartons,reefer container", [5, 25]),
  F("fresh ginger", "dried ginger,garlic,turmeric,onions", "091011,091030,070320,070310", "KGM", [60, 400], "CN,IN,PE,NG,TH,VN,EG", "imbir;jengibre;gingembre;Ingwer;halia;生姜", "cartons,mesh bags,pp bags", [7, 30]),
  F("instant noodles", "pasta,spaghetti,rice noodles,biscuits", "190230,190219,190531", "KGM", [80, 500], "ID,CN,VN,TH,IT,MY,TR", "makaron instant;fideos instantáneos;nouilles instantanées;Instantnudeln;mi segera;方便面", "cartons", [10, 40]),
  F("canned sardines", "canned mackerel,fish meal,fish oil,anchovies", "160413,160415,230120,150420", "KGM", [150, 700], "MA,PE,TH,PT,ES,VN", "sardynki w puszce;sardinas en lata;sardines en conserve;Ölsardinen;sardin dalam tin;沙丁鱼罐头", "cartons,tins", [14, 40]),
  F("aloe vera gel", "aloe vera juice,moringa powder,spirulina,herbal extracts", "130219,121190,210690", "KGM", [300, 4000], "MX,IN,TH,CN,LK,GH", "żel aloesowy;gel de aloe vera;gel d'aloe vera;Aloe-Vera-Gel;gel lidah buaya;芦荟胶", "drums,cartons", [14, 40]),
  F("saffron", "saffron threads,cardamom,cumin seeds,coriander seeds", "091020,090831,090931,090921", "KGM", [1500, 500000], "IR,ES,IN,AF,GT,SY", "szafran;azafrán;safran;Safran;kunyit;藏红花", "tins,cartons", [10, 35]),
  F("pallets of bricks", "clay bricks,concrete blocks,roof tiles,paving stones", "690410,681011,690590", "H87", [10, 300], "IN,VN,PL,TR,EG,BD", "cegły;ladrillos;briques;Ziegel;bata;砖", "pallets", [15, 45]),
  F("textile fabric", "polyester fabric,linen fabric,viscose fabric,jacquard", "540752,530911,551623,520811", "MTR", [80, 1200], "CN,IN,TR,PK,BD,IT,VN", "tkanina;tela;tissu;Stoff;kain;纺织面料", "rolls,bales", [20, 55]),
  F("hair extensions", "human hair wigs,remy hair,synthetic wigs", "670300,670420,670411", "KGM", [5000, 60000], "IN,CN,VN,MM,BR", "doczepiane włosy;extensiones de cabello;extensions de cheveux;Haarverlängerungen;sambungan rambut;接发", "cartons", [10, 40]),
];

/** Words sellers add to titles, with the share of listings that carry each. */
export const TITLE_ADJECTIVES: [string, number, [string, string, string, string, string, string]][] = [
  ["organic", 0.12, ["ekologiczny", "orgánico", "biologique", "Bio", "organik", "有机"]],
  ["premium", 0.14, ["premium", "premium", "premium", "Premium", "premium", "优质"]],
  ["natural", 0.08, ["naturalny", "natural", "naturel", "natürlich", "semula jadi", "天然"]],
  ["high quality", 0.1, ["wysokiej jakości", "alta calidad", "haute qualité", "hochwertig", "berkualiti tinggi", "高品质"]],
  ["grade a", 0.07, ["klasa a", "grado a", "qualité a", "Klasse A", "gred a", "a级"]],
  ["fair trade", 0.02, ["sprawiedliwy handel", "comercio justo", "commerce équitable", "fairer Handel", "perdagangan adil", "公平贸易"]],
  ["halal", 0.03, ["halal", "halal", "halal", "Halal", "halal", "清真"]],
  ["wholesale", 0.09, ["hurtowy", "al por mayor", "en gros", "Großhandel", "borong", "批发"]],
];

export const CERTIFICATIONS = ["organic", "halal", "kosher", "iso 9001", "haccp", "fda", "ce", "fsc", "globalgap", "brc", "rainforest alliance"];

export const QUALITY_WORDS = ["export quality", "best price", "competitive price", "consistent quality", "fast delivery", "reliable supplier", "factory direct", "long term contract", "sample available", "custom packing", "private label", "oem service"];

/** Sea and air ports with their names as written locally, so diacritics show up in the text. */
export const PORTS: [string, string, string][] = [
  ["MY", "MYPKG", "Port Klang"], ["MY", "MYPEN", "Penang"], ["VN", "VNSGN", "Hồ Chí Minh"], ["VN", "VNDAD", "Đà Nẵng"],
  ["VN", "VNHPH", "Hải Phòng"], ["BR", "BRSSZ", "Santos"], ["BR", "BRSAO", "São Paulo"], ["BR", "BRPNG", "Paranaguá"],
  ["PL", "PLGDN", "Gdańsk"], ["PL", "PLGDY", "Gdynia"], ["PL", "PLSZZ", "Szczecin"], ["DE", "DEHAM", "Hamburg"],
  ["NL", "NLRTM", "Rotterdam"], ["ES", "ESVLC", "València"], ["ES", "ESAGP", "Málaga"], ["TR", "TRIZM", "İzmir"],
  ["TR", "TRMER", "Mersin"], ["CN", "CNSHA", "Shanghai"], ["CN", "CNSZX", "Shenzhen"], ["CN", "CNNGB", "Ningbo"],
  ["IN", "INNSA", "Nhava Sheva"], ["IN", "INMAA", "Chennai"], ["TH", "THLCH", "Laem Chabang"], ["ID", "IDTPP", "Tanjung Priok"],
  ["ID", "IDSUB", "Surabaya"], ["PH", "PHMNL", "Manila"], ["CO", "COCTG", "Cartagena"], ["EC", "ECGYE", "Guayaquil"],
  ["PE", "PECLL", "Callao"], ["CL", "CLVAP", "Valparaíso"], ["AR", "ARBUE", "Buenos Aires"], ["MX", "MXZLO", "Manzanillo"],
  ["US", "USLAX", "Los Angeles"], ["US", "USNYC", "New York"], ["CI", "CIABJ", "Abidjan"], ["GH", "GHTEM", "Tema"],
  ["NG", "NGAPP", "Lagos Apapa"], ["KE", "KEMBA", "Mombasa"], ["ZA", "ZADUR", "Durban"], ["EG", "EGALY", "Alexandria"],
  ["MA", "MACAS", "Casablanca"], ["AE", "AEJEA", "Jebel Ali"], ["SA", "SAJED", "Jeddah"], ["PK", "PKKHI", "Karachi"],
  ["BD", "BDCGP", "Chittagong"], ["LK", "LKCMB", "Colombo"], ["AU", "AUMEL", "Melbourne"], ["NZ", "NZAKL", "Auckland"],
  ["JP", "JPYOK", "Yokohama"], ["KR", "KRPUS", "Busan"], ["FR", "FRLEH", "Le Havre"], ["IT", "ITGOA", "Genova"],
  ["ET", "ETADD", "Addis Ababa"], ["UG", "UGKLA", "Kampala"],
];

/** The ~40 countries sellers and buyers are in, with the currency their sellers price in and its USD rate. */
export const COUNTRY_CURRENCY: Record<string, [string, number]> = {
  MY: ["MYR", 4.4], VN: ["USD", 1], BR: ["BRL", 5.6], PL: ["PLN", 3.9], DE: ["EUR", 0.92], NL: ["EUR", 0.92],
  ES: ["EUR", 0.92], TR: ["USD", 1], CN: ["CNY", 7.2], IN: ["INR", 84], TH: ["THB", 34], ID: ["USD", 1],
  PH: ["USD", 1], CO: ["USD", 1], EC: ["USD", 1], PE: ["USD", 1], CL: ["USD", 1], AR: ["USD", 1], MX: ["USD", 1],
  US: ["USD", 1], CI: ["EUR", 0.92], GH: ["USD", 1], NG: ["USD", 1], KE: ["USD", 1], ZA: ["ZAR", 18], EG: ["USD", 1],
  MA: ["EUR", 0.92], AE: ["AED", 3.6725], SA: ["USD", 1], PK: ["USD", 1], BD: ["USD", 1], LK: ["USD", 1],
  AU: ["AUD", 1.52], NZ: ["NZD", 1.66], JP: ["JPY", 150], KR: ["USD", 1], FR: ["EUR", 0.92], IT: ["EUR", 0.92],
  ET: ["USD", 1], UG: ["USD", 1], GB: ["GBP", 0.78],
};

export const INCOTERM_CHOICES = ["FOB", "CIF", "CFR", "EXW", "FCA", "DAP", "CIP", "DDP"];

export const QUERY_WORDS = {
  rare: ["vanilla", "saffron", "quinoa", "alpaca", "moringa", "jacquard", "kilims", "manuka", "medjool", "sultanas", "bifacial", "lifepo4"],
  common: ["organic", "coffee", "premium", "rice", "frozen", "oil", "quality", "natural"],
  twoWords: ["organic coffee", "palm oil", "frozen shrimp", "cashew nuts", "jasmine rice", "steel rebar", "solar panels", "olive oil", "black pepper", "coconut oil", "robusta coffee", "white sugar"],
  multilingual: ["kokos", "kawa", "café", "ryż", "咖啡", "gdansk", "sao paulo", "Đà Nẵng"],
};
