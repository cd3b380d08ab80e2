//! Hand-written gazetteers used as tagger features: countries, cities, regions, natural locations,
//! nationalities and groups, person titles and organisation head words.
//!
//! Invariants:
//! - Entries are common geographic and political facts written for this project (no personal-name lists).
//! - Keys are lower-cased token sequences produced by our own tokeniser, joined by one space, so a lookup
//!   over tokens agrees with how the phrase would be tokenised in running text.

use super::fxhash::FxHashMap;
use super::tokenize::tokenize;

/// Class bits of a gazetteer entry.
pub const COUNTRY: u8 = 1;
pub const CITY: u8 = 2;
pub const REGION: u8 = 4;
pub const NATURAL: u8 = 8;
pub const NORP: u8 = 16;
pub const TITLE: u8 = 32;
pub const ORG_WORD: u8 = 64;

/// Short names of the classes, used inside feature strings.
pub const CLASS_NAMES: [(&str, u8); 7] = [
    ("cty", COUNTRY),
    ("city", CITY),
    ("reg", REGION),
    ("nat", NATURAL),
    ("norp", NORP),
    ("title", TITLE),
    ("orgw", ORG_WORD),
];

const COUNTRIES: &str = "Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|\
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|\
Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|\
Chad|Chile|China|Colombia|Comoros|Congo|Democratic Republic of Congo|Costa Rica|Ivory Coast|Côte d'Ivoire|Croatia|Cuba|Cyprus|\
Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|\
Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|\
Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|\
Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|\
Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|\
Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|\
Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|\
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Saint Lucia|Samoa|\
San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|\
Somaliland|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|\
Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|\
United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|\
United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|\
Zimbabwe|Soviet Union|USSR|Yugoslavia|Czechoslovakia|Korea|Greenland|Puerto Rico|Hong Kong|Macau|Gaza|West Bank|\
Gaza Strip|Chechnya|Kurdistan|Tibet|Xinjiang|Crimea|Darfur|Kashmir|Western Sahara|Abkhazia|South Ossetia|Transnistria|\
伊朗|美国|美國|中国|中國|日本|俄罗斯|俄羅斯|英国|英國|法国|法國|德国|德國|以色列|阿曼|印度|巴基斯坦|沙特阿拉伯|沙特|伊拉克|叙利亚|\
敘利亞|土耳其|埃及|朝鲜|韩国|韓國|加拿大|澳大利亚|巴西|乌克兰|烏克蘭|意大利|西班牙|墨西哥|阿富汗|黎巴嫩|约旦|卡塔尔|科威特|也门|\
巴勒斯坦|台湾|台灣|越南|泰国|印度尼西亚|菲律宾|新加坡|马来西亚|南非|尼日利亚|阿联酋|瑞士|瑞典|荷兰|比利时|波兰|希腊|挪威|芬兰|丹麦|\
奥地利|葡萄牙|爱尔兰|新西兰|阿根廷|智利|古巴|委内瑞拉|哥伦比亚|秘鲁|蒙古|缅甸|孟加拉国|斯里兰卡|尼泊尔|哈萨克斯坦|格鲁吉亚|亚美尼亚|\
阿塞拜疆|白俄罗斯|利比亚|突尼斯|阿尔及利亚|摩洛哥|苏丹|埃塞俄比亚|肯尼亚|巴林|イラン|アメリカ|中国|ロシア|イギリス|フランス|ドイツ|\
이란|미국|중국|일본|러시아|영국|북한|한국";

const CITIES: &str = "Muscat|Tehran|Washington|Jerusalem|Tel Aviv|Baghdad|Basra|Mosul|Kirkuk|Fallujah|Damascus|Aleppo|Beirut|\
Amman|Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|Kuwait City|Manama|Sanaa|Aden|Cairo|Alexandria|Tripoli|Benghazi|Tunis|\
Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|Kampala|Kigali|Dar es Salaam|Lagos|Abuja|Accra|Dakar|Kinshasa|\
Johannesburg|Cape Town|Pretoria|Harare|Luanda|Kabul|Kandahar|Herat|Islamabad|Karachi|Lahore|Peshawar|Quetta|New Delhi|Delhi|\
Mumbai|Bombay|Kolkata|Calcutta|Chennai|Bangalore|Hyderabad|Srinagar|Dhaka|Colombo|Kathmandu|Beijing|Peking|Shanghai|\
Guangzhou|Shenzhen|Chongqing|Tianjin|Wuhan|Chengdu|Nanjing|Xian|Lhasa|Urumqi|Taipei|Tokyo|Osaka|Kyoto|Hiroshima|Seoul|Busan|\
Pyongyang|Hanoi|Ho Chi Minh City|Saigon|Bangkok|Manila|Jakarta|Bali|Kuala Lumpur|Yangon|Rangoon|Phnom Penh|Vientiane|Ulan Bator|\
Moscow|St. Petersburg|Saint Petersburg|Kiev|Kyiv|Kharkiv|Odessa|Minsk|Tbilisi|Yerevan|Baku|Astana|Almaty|Tashkent|Bishkek|\
Dushanbe|Ashgabat|Grozny|Ankara|Istanbul|London|Manchester|Birmingham|Liverpool|Edinburgh|Glasgow|Belfast|Cardiff|Dublin|Paris|\
Marseille|Lyon|Berlin|Munich|Hamburg|Frankfurt|Cologne|Bonn|Brussels|Amsterdam|The Hague|Rotterdam|Luxembourg|Geneva|Zurich|\
Bern|Vienna|Rome|Milan|Naples|Venice|Florence|Madrid|Barcelona|Lisbon|Athens|Warsaw|Krakow|Prague|Budapest|Bucharest|Sofia|\
Belgrade|Zagreb|Sarajevo|Ljubljana|Skopje|Tirana|Pristina|Oslo|Stockholm|Copenhagen|Helsinki|Reykjavik|Tallinn|Riga|Vilnius|\
New York|New York City|Los Angeles|Chicago|Houston|Philadelphia|Boston|San Francisco|Seattle|Miami|Atlanta|Dallas|Detroit|\
Denver|Las Vegas|New Orleans|Baltimore|Pittsburgh|Cleveland|Phoenix|San Diego|Minneapolis|Honolulu|Ottawa|Toronto|Montreal|\
Vancouver|Mexico City|Havana|Caracas|Bogota|Lima|Quito|La Paz|Santiago|Buenos Aires|Montevideo|Asuncion|Brasilia|Rio de Janeiro|\
Sao Paulo|São Paulo|Port-au-Prince|Panama City|San Juan|Sydney|Melbourne|Canberra|Brisbane|Perth|Auckland|Wellington|\
Ramallah|Hebron|Nablus|Jenin|Bethlehem|Gaza City|Rafah|Khan Younis|Haifa|Homs|Hama|Idlib|Raqqa|Tikrit|Najaf|Karbala|Ramadi|\
Isfahan|Mashhad|Tabriz|Shiraz|Qom|Geneva|Davos|Vatican City|Hong Kong|Singapore|Monaco|\
北京|上海|广州|深圳|香港|澳门|台北|德黑兰|德黑蘭|华盛顿|華盛頓|马斯喀特|馬斯喀特|东京|東京|莫斯科|伦敦|倫敦|巴黎|柏林|纽约|紐約|\
耶路撒冷|特拉维夫|巴格达|大马士革|贝鲁特|开罗|利雅得|多哈|迪拜|伊斯兰堡|喀布尔|新德里|首尔|平壤|曼谷|河内|雅加达|罗马|马德里|维也纳|\
日内瓦|布鲁塞尔|基辅|安卡拉|伊斯坦布尔|渥太华|悉尼|テヘラン|ワシントン|東京|北京|서울|평양|테헤란|워싱턴";

const REGIONS: &str = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|\
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|\
Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|\
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|\
Ontario|Quebec|British Columbia|Alberta|Bavaria|Catalonia|Basque Country|Sicily|Sardinia|Corsica|Punjab|Sindh|Balochistan|\
Baluchistan|Waziristan|Helmand|Anbar|Diyala|Nineveh|Kerala|Gujarat|Bengal|West Bengal|Tamil Nadu|Assam|Bihar|Siberia|\
Dagestan|Ingushetia|Tatarstan|Ossetia|Kosovo|Aceh|Papua|Mindanao|Hokkaido|Okinawa|Guangdong|Sichuan|Yunnan|Hubei|Henan|\
Hunan|Fujian|Zhejiang|Jiangsu|Shandong|Inner Mongolia|Queensland|New South Wales|Victoria|Tasmania|Galilee|Sinai|Golan|\
Golan Heights|Kurdistan|Tigray|Amhara|Oromia|Katanga|Kivu|North Kivu|South Kivu|Ituri";

const NATURAL_LIST: &str = "Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|\
Australasia|Eurasia|Middle East|Near East|Far East|Mideast|Gulf|Persian Gulf|Arabian Gulf|Gulf of Oman|Gulf of Aden|\
Gulf of Mexico|Red Sea|Dead Sea|Black Sea|Caspian Sea|Mediterranean|Mediterranean Sea|Baltic|Baltic Sea|North Sea|\
Arabian Sea|South China Sea|East China Sea|Yellow Sea|Sea of Japan|Caribbean|Caribbean Sea|Atlantic|Atlantic Ocean|Pacific|\
Pacific Ocean|Indian Ocean|Arctic|Arctic Ocean|Strait of Hormuz|Hormuz|Bosphorus|Suez Canal|Panama Canal|Nile|Euphrates|\
Tigris|Jordan River|Amazon|Danube|Rhine|Thames|Mississippi River|Yangtze|Yellow River|Ganges|Indus|Mekong|Volga|Congo River|\
Himalayas|Alps|Andes|Rockies|Rocky Mountains|Urals|Caucasus|Hindu Kush|Mount Everest|Everest|Kilimanjaro|Sahara|Sahel|\
Balkans|Scandinavia|Horn of Africa|Arabian Peninsula|Korean Peninsula|Iberian Peninsula|Levant|Maghreb|Central Asia|\
South Asia|Southeast Asia|East Asia|West Africa|East Africa|North Africa|Southern Africa|Central Africa|Western Europe|\
Eastern Europe|Northern Europe|Southern Europe|Sub-Saharan Africa|Kashmir Valley|Swat Valley|Gaza Strip|Horn|中东|波斯湾|霍尔木兹海峡";

const NORPS: &str = "Afghan|Afghans|Albanian|Algerian|American|Americans|Arab|Arabs|Arabic|Argentine|Armenian|Australian|\
Austrian|Azerbaijani|Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Briton|Britons|Bulgarian|\
Burmese|Cambodian|Canadian|Chadian|Chechen|Chechens|Chilean|Chinese|Colombian|Congolese|Croatian|Croat|Cuban|Cypriot|Czech|\
Danish|Dutch|Ecuadorian|Egyptian|Egyptians|Emirati|English|Eritrean|Estonian|Ethiopian|European|Europeans|Filipino|Finnish|\
French|Georgian|German|Germans|Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indians|Indonesian|\
Iranian|Iranians|Iraqi|Iraqis|Irish|Israeli|Israelis|Italian|Italians|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|\
Koreans|Kuwaiti|Kyrgyz|Lao|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Macedonian|Malaysian|Malian|Maltese|Mauritanian|\
Mexican|Mexicans|Moldovan|Mongolian|Moroccan|Mozambican|Namibian|Nepalese|Nepali|New Zealander|Nicaraguan|Nigerian|Nigerien|\
North Korean|Norwegian|Omani|Omanis|Pakistani|Pakistanis|Palestinian|Palestinians|Panamanian|Paraguayan|Persian|Peruvian|\
Polish|Portuguese|Qatari|Romanian|Russian|Russians|Rwandan|Saudi|Saudis|Scottish|Senegalese|Serbian|Serb|Serbs|Singaporean|\
Slovak|Slovenian|Somali|Somalis|South African|South Korean|Spanish|Spaniard|Sri Lankan|Sudanese|Swedish|Swiss|Syrian|\
Syrians|Taiwanese|Tajik|Tanzanian|Thai|Tibetan|Tunisian|Turkish|Turk|Turks|Turkmen|Ugandan|Ukrainian|Ukrainians|Uruguayan|\
Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Yemenis|Zambian|Zimbabwean|Kurd|Kurds|Kurdish|Pashtun|Pashtuns|Baluch|Uighur|\
Uighurs|Uyghur|Uyghurs|Tamil|Tamils|Sinhalese|Hutu|Tutsi|Hutus|Tutsis|Gulf Arab|Gulf Arabs|Western|Westerners|Asian|Asians|\
African|Africans|Latino|Latinos|Hispanic|Muslim|Muslims|Moslem|Moslems|Islamic|Islamist|Islamists|Christian|Christians|\
Catholic|Catholics|Protestant|Protestants|Orthodox|Jewish|Jew|Jews|Hindu|Hindus|Buddhist|Buddhists|Sikh|Sikhs|Sunni|Sunnis|\
Shiite|Shiites|Shi'ite|Shi'ites|Shia|Alawite|Alawites|Druze|Coptic|Copts|Evangelical|Democrat|Democrats|Democratic|Republican|\
Republicans|Conservative|Conservatives|Labour|Socialist|Socialists|Communist|Communists|Maoist|Maoists|Zionist|Soviet|\
Soviets|Sunni Arab|Shiite Muslim|Sunni Muslim|中国人|美国人|伊朗人|阿拉伯|穆斯林";

const TITLES: &str = "Mr.|Mrs.|Ms.|Miss|Dr.|Mr|Mrs|Ms|Dr|Prof.|Professor|Sir|Dame|Lord|Lady|President|Vice President|\
Prime Minister|Minister|Foreign Minister|Defense Minister|Defence Minister|Interior Minister|Finance Minister|Secretary|\
Secretary of State|Secretary-General|Secretary General|Senator|Sen.|Rep.|Representative|Congressman|Congresswoman|Governor|\
Gov.|Mayor|Ambassador|Envoy|Chancellor|King|Queen|Prince|Princess|Crown Prince|Emperor|Empress|Sultan|Emir|Sheikh|Sheik|\
Ayatollah|Imam|Cleric|Pope|Cardinal|Archbishop|Bishop|Rev.|Reverend|Father|Rabbi|General|Gen.|Lieutenant|Lt.|Colonel|Col.|\
Major|Maj.|Captain|Capt.|Sergeant|Sgt.|Admiral|Adm.|Commander|Marshal|Judge|Justice|Chief|Chairman|Chairwoman|Director|\
Spokesman|Spokeswoman|Leader|Premier|Deputy|Speaker|Coach|Officer|Inspector|Detective|Agent|Mullah|Brigadier|Field Marshal|\
Chief Executive|CEO|Dalai Lama|Attorney General|Surgeon General|Inspector General|Solicitor General|\
Director General|Director-General|Postmaster General|Secretary-General|Under-Secretary|Commissioner|Representative|\
Lawmaker|Legislator|Diplomat|Envoy|Negotiator|Foreign Secretary|Home Secretary|Defense Secretary|Health Minister|\
Economy Minister|Trade Minister|Justice Minister|Energy Minister|Oil Minister|Army Chief|Police Chief";

const ORG_WORDS: &str = "Ministry|Party|Council|University|College|School|Institute|Inc.|Inc|Corp.|Corp|Corporation|Co.|\
Company|Ltd|Ltd.|LLC|PLC|Group|Holdings|Bank|Agency|Organization|Organisation|Association|Committee|Commission|Federation|\
Union|Alliance|Coalition|Front|Movement|Army|Navy|Forces|Force|Guard|Guards|Brigade|Brigades|Court|Tribunal|Parliament|\
Congress|Senate|Assembly|Cabinet|Government|Department|Office|Bureau|Service|Services|Police|Authority|Board|Fund|Foundation|\
Trust|Society|Club|League|Academy|Airlines|Airways|Motors|Energy|Oil|Petroleum|Telecom|Communications|Media|News|Times|Post|\
Journal|Press|Network|Broadcasting|Television|Radio|Hospital|Church|Mosque|Network|Exchange|Industries|Systems|Technologies|\
Partners|Capital|Securities|Insurance|Reserve|Treasury|Secretariat|Directorate|Mission|Watch|International|Organization's|\
Taliban|Hamas|Hezbollah|Hizbollah|al-Qaida|al-Qaeda|Qaida|Qaeda|NATO|UN|U.N.|EU|E.U.|IAEA|OPEC|WHO|IMF|FBI|CIA|Pentagon|\
Kremlin|Reuters|AFP|AP|BBC|CNN|VOA|Xinhua";

fn lists() -> [(&'static str, u8); 7] {
    [
        (COUNTRIES, COUNTRY),
        (CITIES, CITY),
        (REGIONS, REGION),
        (NATURAL_LIST, NATURAL),
        (NORPS, NORP),
        (TITLES, TITLE),
        (ORG_WORDS, ORG_WORD),
    ]
}

/// The entity label implied by gazetteer class bits when they are unambiguous: places are GPE, natural
/// locations LOC, nationalities and groups NORP.
pub fn label_for(class: u8) -> Option<&'static str> {
    let geo = class & (COUNTRY | CITY | REGION) != 0;
    let nat = class & NATURAL != 0;
    let norp = class & NORP != 0;
    match (geo, nat, norp) {
        (true, false, false) => Some("GPE"),
        (false, true, false) => Some("LOC"),
        (false, false, true) => Some("NORP"),
        _ => None,
    }
}

/// A fingerprint of the built-in lists (FNV-1a), stored in model files: gazetteer classes are features,
/// so a model trained with other lists is refused rather than silently misread.
pub fn fingerprint() -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for (list, class) in lists() {
        for b in list.bytes().chain(std::iter::once(class)) {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// A phrase dictionary over lower-cased tokens.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    map: FxHashMap<String, u8>,
    max_tokens: usize,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new()
    }
}

/// Lower-case key of a token sequence.
pub fn key_of<'a>(tokens: impl Iterator<Item = &'a str>) -> String {
    let mut k = String::new();
    for (i, t) in tokens.enumerate() {
        if i > 0 {
            k.push(' ');
        }
        push_lower(&mut k, t);
    }
    k
}

/// Appends the lower case of `w` (`char::to_lowercase` of each character) to `k`.
#[inline]
pub fn push_lower(k: &mut String, w: &str) {
    if w.is_ascii() {
        let at = k.len();
        k.push_str(w);
        k[at..].make_ascii_lowercase();
    } else {
        k.extend(w.chars().flat_map(char::to_lowercase));
    }
}

impl Gazetteer {
    /// Builds the built-in gazetteer.
    pub fn new() -> Self {
        let mut map: FxHashMap<String, u8> = FxHashMap::default();
        let mut max_tokens = 1;
        for (list, class) in lists() {
            for phrase in list.split('|').map(str::trim).filter(|p| !p.is_empty()) {
                let toks = tokenize(phrase);
                max_tokens = max_tokens.max(toks.len());
                let key = key_of(toks.iter().map(|t| t.text(phrase)));
                *map.entry(key).or_insert(0) |= class;
            }
        }
        Gazetteer { map, max_tokens }
    }

    /// Class bits of a lower-cased key (0 when unknown).
    pub fn get(&self, key: &str) -> u8 {
        self.map.get(key).copied().unwrap_or(0)
    }

    /// Longest entry of at most `max_tokens` starting at token `i` of `words`
    /// (the first word must be capitalised or CJK): returns (length in tokens, class bits).
    pub fn longest_at(&self, words: &[&str], i: usize) -> Option<(usize, u8)> {
        self.longest_at_in(words, i, &mut String::new())
    }

    /// [`Gazetteer::longest_at`] building its keys in `key` (a reused buffer).
    fn longest_at_in(&self, words: &[&str], i: usize, key: &mut String) -> Option<(usize, u8)> {
        let first = words.get(i)?.chars().next()?;
        if !(first.is_uppercase() || super::tokenize::is_cjk(first)) {
            return None;
        }
        let mut best = None;
        key.clear();
        for n in 1..=self.max_tokens.min(words.len() - i) {
            if n > 1 {
                key.push(' ');
            }
            push_lower(key, words[i + n - 1]);
            if let Some(&c) = self.map.get(key.as_str()) {
                best = Some((n, c));
            }
        }
        best
    }

    /// Length in tokens of the longest title phrase (Mr., President, Prime Minister) at `i`, any case; 0 if none.
    pub fn title_at(&self, words: &[&str], i: usize) -> usize {
        let mut best = 0;
        let mut key = String::new();
        for n in 1..=3.min(words.len().saturating_sub(i)) {
            if n > 1 {
                key.push(' ');
            }
            push_lower(&mut key, words[i + n - 1]);
            if self.get(&key) & TITLE != 0 {
                best = n;
            }
        }
        best
    }

    /// Per token: class bits and BILOU position (0 none, 1 B, 2 I, 3 L, 4 U) of the longest matches,
    /// scanning left to right without overlaps.
    pub fn annotate(&self, words: &[&str]) -> Vec<(u8, u8)> {
        let mut out = Vec::new();
        self.annotate_into(words, &mut out, &mut String::new());
        out
    }

    /// [`Gazetteer::annotate`] into `out` (cleared first), building keys in the reused buffer `key`.
    pub fn annotate_into(&self, words: &[&str], out: &mut Vec<(u8, u8)>, key: &mut String) {
        out.clear();
        out.resize(words.len(), (0, 0));
        let mut i = 0;
        while i < words.len() {
            match self.longest_at_in(words, i, key) {
                Some((n, c)) => {
                    for (k, slot) in out.iter_mut().enumerate().skip(i).take(n) {
                        let pos = if n == 1 {
                            4
                        } else if k == i {
                            1
                        } else if k == i + n - 1 {
                            3
                        } else {
                            2
                        };
                        *slot = (c, pos);
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let g = Gazetteer::new();
        assert_eq!(g.get("iran") & COUNTRY, COUNTRY);
        assert_eq!(g.get("阿曼") & COUNTRY, COUNTRY);
        assert_eq!(g.get("u.s.") & COUNTRY, COUNTRY);
        let words = ["the", "United", "States", "and", "Gulf", "Arab", "states"];
        let a = g.annotate(&words);
        assert_eq!(a[1], (COUNTRY, 1));
        assert_eq!(a[2], (COUNTRY, 3));
        assert_eq!(a[4].0 & NORP, NORP);
        assert_eq!(a[0], (0, 0));
    }
}
