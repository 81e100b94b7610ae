namespace NewsTools.Heuristics
{
    /// <summary>
    /// Stop-word lists (the commonest function words) per language, written for this project.
    /// Two uses: (1) a story line is "stop-word rich" (prose), a menu or teaser line is not — the idea
    /// behind jusText's paragraph classifier; (2) language detection for Latin and Cyrillic scripts.
    /// Lists are short on purpose (articles, pronouns, prepositions, auxiliaries, conjunctions): the
    /// density thresholds in <see cref="TextThresholds"/> were tuned for lists of this size.
    /// Words that several languages share ("de", "la", "a") stay in each list: detection relies on
    /// the distinctive words outscoring them.
    /// </summary>
    internal static class TextStopWords
    {
        /// <summary>English.</summary>
        public const string En =
            "a about above after again against all also am an and any are as at be because been before being below between both but by " +
            "can could did do does doing down during each few for from further had has have having he her here hers herself him himself " +
            "his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours " +
            "ourselves out over own said same she should so some such than that the their theirs them themselves then there these they " +
            "this those through to too under until up very was we were what when where which while who whom why will with would you your " +
            "yours yourself yourselves it's don't i'm he's she's we're they're that's there's can't won't didn't doesn't isn't";

        /// <summary>German.</summary>
        public const string De =
            "aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis bist da damit dann das dass dem den denn der des " +
            "dich die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas für gegen gewesen " +
            "hat hatte hatten hier hin ich ihm ihn ihr ihre ihrem ihren ihrer im in ins ist jedoch jetzt kann kein keine können man mehr mich " +
            "mir mit muss nach nicht nichts noch nun nur ob oder ohne sein seine seinem seinen seiner sich sie sind so soll sollen sondern " +
            "über um und uns unter vom von vor war waren was weil wenn werden wie wieder wir wird wurde wurden zu zum zur zwischen";

        /// <summary>French.</summary>
        public const string Fr =
            "a au aux avec ce ces cet cette comme dans de des du elle elles en est et été être eu il ils je la le les leur leurs lui mais me " +
            "même mes moi mon ne nos notre nous on ont ou où par pas plus pour qu que qui sa sans se ses son sont sur ta te tes toi ton tous " +
            "tout très tu un une vos votre vous y c'est d'un d'une l'on qu'il qu'elle n'est s'est ainsi aussi déjà depuis donc encore entre " +
            "fait faire était selon sous";

        /// <summary>Spanish.</summary>
        public const string Es =
            "a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el él ella ellas ellos en entre era es esa " +
            "esas ese eso esos esta estaba están este esto estos fue fueron ha había han hasta hay la las le les lo los más me mi mientras muy " +
            "ni no nos nosotros o otra otros para pero poco por porque que quien se sea ser sido sin sobre son su sus también tanto te tiene " +
            "todo todos tu un una uno unos y ya yo según cuando";

        /// <summary>Portuguese.</summary>
        public const string Pt =
            "a à ao aos as às até com como da das de dela dele deles depois do dos e é ela elas ele eles em entre era eram essa esse esta está " +
            "estão este eu foi foram há isso isto já lhe mais mas me mesmo meu minha muito na não nas nem no nos nós num numa o os ou para " +
            "pela pelas pelo pelos por qual quando que quem se seja sem ser seu seus sua suas só também te tem têm uma um umas uns você " +
            "ainda após sobre segundo";

        /// <summary>Italian.</summary>
        public const string It =
            "a ad agli ai al alla alle allo anche avere c che chi ci come con cui da dai dal dalla dalle degli dei del della delle dello di " +
            "dove e è ed era erano essere gli ha hanno ho i il in io la le lei lo loro lui ma mi mio ne negli nei nel nella nelle noi non " +
            "nostro o per perché più può quale quando quella quelle quello questa queste questo se sei si sia sono su sua sue suo sui sul " +
            "sulla tra tu tutti tutto un una uno voi l'ha c'è dell'";

        /// <summary>Dutch (helps tell Dutch pages from German ones).</summary>
        public const string Nl =
            "aan al als bij dan dat de deze die dit doch door een en er had heb hebben heeft het hier hij hoe hun ik in is je kan maar me " +
            "meer met mij na naar niet nog nu of om omdat ons ook op over te tegen tot u uit van veel voor was wat we wel werd wie wij " +
            "worden wordt zal ze zich zij zijn zo zou";

        /// <summary>Russian.</summary>
        public const string Ru =
            "а без более бы был была были было быть в вам вас весь во вот все всё всего всех вы где да даже для до его ее её если есть еще " +
            "ещё же за здесь и из или им их к как ко когда кто ли либо мне может мы на над надо наш не него нее неё нет ни них но ну о об " +
            "однако он она они оно от очень по под после при про с со так также такой там те тем то того тоже той только том ты у уже " +
            "хотя чего чей чем что чтобы эта эти это этого этой этом я который которая которое которые которых через свой своей свои будет будут были между также этот тот после";

        /// <summary>Hindi (Devanagari script: used only for stop-word density; the script decides the language).</summary>
        public const string Hi =
            "के का की को में है हैं और से पर यह वह भी था थी थे कि ने एक लिए तो हो ही इस उस कर किया गया जो तक अपने साथ बाद कहा";

        /// <summary>Arabic (stop-word density; the script decides the language).</summary>
        public const string Ar =
            "في من على إلى أن عن مع هذا هذه التي الذي الذين كان كانت قد لا ما هو هي هم كما بعد قبل أو بين عند ذلك تلك إن إنه أنه وقد وفي ولا حتى كل لم لن ثم منذ خلال حيث إلا غير عدة أي لها له";
    }
}
