namespace NewsTools.Heuristics
{
    /// <summary>
    /// What identifies one Latin-script language in <see cref="Text.LanguageDetector"/>: its commonest
    /// function words and the letters that few other languages write.
    /// </summary>
    internal sealed class LanguageProfile
    {
        /// <summary>Makes a profile; <paramref name="tag"/> null marks placeholder text (no language).</summary>
        public LanguageProfile(string? tag, string words, string letters)
        {
            Tag = tag;
            Words = words;
            Letters = letters;
        }

        /// <summary>The BCP 47 primary tag returned for this profile, or null for placeholder text (Lorem ipsum).</summary>
        public string? Tag { get; }

        /// <summary>Lower-case function words, space separated; a trailing apostrophe marks an elided form ("l'", "dell'").</summary>
        public string Words { get; }

        /// <summary>Lower-case letters that mark the language (each listed by at most two profiles), no separator.</summary>
        public string Letters { get; }
    }

    /// <summary>
    /// Language-identification data, kept apart from the line classifier's stop-word lists
    /// (<see cref="TextStopWords"/>), whose density thresholds were tuned for those lists.
    /// Written for this project from general knowledge of each language's grammar: the words are the
    /// articles, pronouns, prepositions, conjunctions and auxiliaries that fill every news sentence.
    /// A word many profiles share ("a", "de", "in") counts little and a word only one lists counts a lot
    /// (the weights are derived in <see cref="Text.LanguageDetector"/>), so closely related pairs
    /// (Indonesian/Malay, Danish/Norwegian/Swedish, Czech/Slovak, Spanish/Portuguese) are told apart
    /// by the few words they do not share, which is why those words are listed even when rare.
    /// </summary>
    internal static class LanguageProfiles
    {
        /// <summary>The profiles, Latin script only (other scripts are decided by their letters alone).</summary>
        public static readonly LanguageProfile[] Latin =
        {
            new LanguageProfile("en",
                "the of and to in is that for it was on with as by at from his her are were be has have had not this which but " +
                "they their an been will would said says who or its also after more about than into there when what she he we you " +
                "our if can could should these those while where them him",
                ""),
            new LanguageProfile("de",
                "der die das und ist nicht mit sich des dem den ein eine einer einem einen zu von im auf für auch es sie wird wurde " +
                "werden hat haben nach bei aus noch wie um über sind war dass oder aber wenn nur vor zum zur durch mehr schon seit " +
                "sei soll sollen kann können ihre ihr seine sein wir man unter gegen bis nun dieser diese dieses jetzt",
                // ß is German only (Swiss German writes ss).
                "ß"),
            new LanguageProfile("fr",
                "le la les des du de et est une un dans pour que qui pas sur au aux par plus ne se ce cette ces il elle ils elles ont " +
                "été avec sont son sa ses leur leurs mais ou où comme aussi fait selon être entre après depuis déjà encore très tout " +
                "tous nous vous avait l' d' qu' n' s' c' j' jusqu'",
                // œ (cœur, sœur, manœuvre) is French only.
                "œ"),
            new LanguageProfile("es",
                "el la los las del de y en que es un una por con para se su sus al lo como más pero fue ha han sido este esta " +
                "estos estas está están sobre entre también desde hasta muy sin ya según cuando porque hay ser dijo tras ante " +
                "durante donde año años hace tiene e u",
                // ñ is Spanish (Galician and Basque too, which have no profile).
                "ñ"),
            new LanguageProfile("pt",
                "o a os as do da dos das de e em no na nos nas um uma que é para com por não mais ao aos à às se seu sua seus suas " +
                "como foi são mas também ele ela eles elas pelo pela pelos pelas está estão ser já tem têm entre sobre após até " +
                "quando depois muito disse ainda isso",
                // ã and õ (não, são, ações) are Portuguese; Vietnamese writes them too.
                "ãõ"),
            new LanguageProfile("it",
                "il lo la i gli le di del della dei degli delle dello e è che un una uno per con non si sono da dal dalla dai nel " +
                "nella nei negli al alla ai agli ma anche più come ha hanno stato stata stati essere questo questa tra fra dopo " +
                "sul sulla ci perché ed ancora l' dell' all' un' nell' dall' sull' c'",
                ""),
            new LanguageProfile("nl",
                "de het een en van in is dat op te met voor niet zijn er aan om ook als bij door maar nog wordt werd worden naar " +
                "uit dan of over heeft hebben zal zou kan hun deze die dit was waren al wel geen tegen na zich ze we je wij hij " +
                "zij mij",
                ""),
            new LanguageProfile("pl",
                "i w z na do się nie że to jest o od po dla przez jak ale już oraz jego jej ich być był była było są został " +
                "została zostanie może tym tego tej które który która także tylko przed między przy gdy jednak bardzo pod we ze " +
                "iż czy też będzie jako",
                // ą ę ł ś ź ż ń are Polish; ć is Polish and Croatian.
                "ąęłśźżńć"),
            new LanguageProfile("cs",
                "a v se na že je s z do o to pro jako by byl byla bylo byly jsou jsme není který která které kteří také podle " +
                "jeho jejich ale už po od při před mezi jen když nebo i tak ještě bude může však aby až již této tento",
                // ř ů ě are Czech only: the Czech/Slovak split (and why a Czech text is no Portuguese one).
                "řůě"),
            new LanguageProfile("sk",
                "a v sa na že je s z do o to pre ako by bol bola bolo boli sú sme nie ktorý ktorá ktoré ktorí tiež podľa jeho ich " +
                "ale už po od pri pred medzi len keď alebo aj tak ešte bude môže však aby až iba tento táto",
                // ľ ĺ ŕ ô are Slovak (ô also Vietnamese, French, Portuguese: left out).
                "ľĺŕ"),
            new LanguageProfile("ro",
                "și în de la cu o un una a al ale să că nu este sunt care pentru pe din mai au fost fi se ce sau dar după prin " +
                "despre lui ei lor acest această între iar va vor fiind până când își și-a",
                // ă ș ț (comma below) are Romanian; ţ ş (cedilla, older fonts) too, ş shared with Turkish; ă with Vietnamese.
                "șțţăş"),
            new LanguageProfile("hu",
                "a az és hogy nem is egy van volt meg már csak de ezt azt mint vagy el ki be fel még után szerint között pedig " +
                "lesz lett kell amely amelyek akik aki akiket amit ahol több minden most sem ha majd így mert azonban két",
                // ő ű (double acute) are Hungarian only.
                "őű"),
            new LanguageProfile("sv",
                "och i att det som en på är av för med till den har inte de om ett var men från också kan ska vid efter sig han " +
                "hon man eller så när under sina sin enligt detta mot nu mellan blev skulle vara kommer hade",
                ""),
            new LanguageProfile("da",
                "og i at det som en på er af for med til den har ikke de om et var men fra også kan skal ved efter sig han hun man " +
                "eller så når under sine sin ifølge dette mod nu mellem blev skulle være hvor hvad mig dig noget nogle bliver havde " +
                "endnu igen meget",
                // æ ø are Danish and Norwegian (å is Swedish too: left out).
                "æø"),
            new LanguageProfile("no",
                "og i at det som en på er av for med til den har ikke de om et var men fra også kan skal ved etter seg han hun man " +
                "eller så når under sine sin ifølge dette mot nå mellom ble skulle være hvor hva meg deg noe noen blir hadde " +
                "ennå igjen mye ikkje eit",
                "æø"),
            new LanguageProfile("fi",
                "ja on ei että se oli ovat mutta kun myös hän joka jotka tai sekä kuin vain nyt jo ole olisi mukaan jälkeen sitä " +
                "sen siitä tämä tämän olivat voi koska vielä noin eikä välillä aikana kanssa ensi jota joita jonka joiden jossa",
                ""),
            new LanguageProfile("tr",
                "ve bir bu da de için ile olarak olan gibi daha çok en ama ancak sonra kadar göre her şey değil var yok ise mi ki " +
                "şu tarafından yeni ilk iki ya veya hem diye üzere arasında olduğu olduğunu yaptığı",
                // ğ and dotless ı are Turkish only (İ lower-cases to i with a dot mark); ş is Romanian's cedilla form too.
                "ğış"),
            new LanguageProfile("id",
                "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena bahwa oleh ada telah sudah bisa lebih " +
                "mereka ketika setelah tersebut sebagai kami kita atau namun belum masih hanya secara antara menjadi kata kepada " +
                "bagi yaitu sementara hingga agar tapi saat " +
                // Indonesian and Malay share nearly all function words: the commonest news words that differ decide.
                "pemerintah uang kemarin mobil pria senin kota",
                ""),
            new LanguageProfile("ms",
                "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke kerana bahawa oleh ada telah sudah boleh lebih " +
                "mereka ketika selepas tersebut sebagai kami kita atau namun belum masih hanya secara antara menjadi kata kepada " +
                "bagi iaitu ialah beliau daripada manakala sahaja bagaimanapun " +
                "kerajaan wang semalam kereta lelaki isnin bandar",
                ""),
            new LanguageProfile("vi",
                "của và là có các được trong cho với người này những không đã một khi đến từ theo về như cũng sẽ tại để đó nhưng " +
                "sau hơn năm ra vào thì nhiều rằng đang việc",
                // ư ơ and the stacked-diacritic vowels of Latin Extended Additional (ạ ả ấ ầ ẩ ẫ ậ ... ỹ) are Vietnamese;
                // đ is Croatian too; ă Romanian; ã õ Portuguese.
                "ươđăãõạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"),
            new LanguageProfile("sw",
                "na ya wa kwa ni za katika la kuwa cha hiyo huo hicho hii kama lakini pia alisema baada kwamba zaidi ili bado sana " +
                "hata vya wakati mwaka watu serikali ambao ambayo ambaye hadi huu",
                ""),
            new LanguageProfile("tl",
                "ang ng sa mga na at ay si ni para kay nang hindi ito siya sila kanilang kanyang niya dahil pero mula noong ayon " +
                "may mayroon lamang din rin naman bilang isang o kung",
                ""),
            new LanguageProfile("hr",
                "i u je na da se su za od s sa koji koja koje što kao ali bi će iz o po te nije sam bio bila bilo godine također " +
                "prema više samo kako gdje jer ili nakon tijekom još već ima među",
                // ć is Croatian and Polish; đ Croatian and Vietnamese.
                "ćđ"),

            // Lorem ipsum: the scrambled Latin that templates and unfinished pages carry in place of text. It is nobody's
            // language: when it dominates, the detector gives null (no language) rather than "la" or whichever Romance list
            // its "et", "est", "qui", "non" happen to hit; real prose beside it still wins (a page template with Lorem
            // ipsum teasers around an English story is English).
            new LanguageProfile(null,
                // Its Latin function words, listed so they count less for the French and Italian lists that share them.
                "et est qui non ut ad ex eu sed " +
                // Then only the words no listed language writes ("dolor", "nulla", "sunt", "minim", "culpa" are Spanish,
                // Italian, Romanian or Portuguese words and are left out).
                "lorem ipsum amet consectetur adipiscing elit eiusmod incididunt aliqua veniam nostrud exercitation ullamco " +
                "laboris aliquip consequat duis aute irure reprehenderit voluptate cillum fugiat pariatur excepteur occaecat " +
                "cupidatat proident deserunt mollit laborum vestibulum mauris pellentesque donec aenean phasellus curabitur " +
                "praesent fusce quisque suspendisse nullam vivamus maecenas",
                ""),
        };
    }
}
