namespace NewsTools.Heuristics
{
    /// <summary>
    /// The paywall phrases of <see cref="TextPhrases"/>: what a wall says (metered, hard, registration, a generic prompt),
    /// the dismiss link of a soft overlay, and their keyword gates. Languages: en, de, fr, es, pt, it, nl, pl, sv/da/no,
    /// ru, ja, zh (some hi, ar). Written from the wording walls use across the web; none names a site.
    /// </summary>
    /// <remarks>
    /// Metered, hard and registration phrases are <see cref="PhraseGroups"/> split by language: one alternation of all of
    /// them was 5-10 times slower per line (no literal prefix to search for). Every phrase names the wall's own words (the article, the rest, the subscribers, the free articles), never one word
    /// alone: a newsletter box ("Subscribe to our newsletter"), a donation ask ("Support independent journalism"), a menu's
    /// "Sign in", a comment gate ("Log in to comment") and story prose about subscribers must not match. Phrases that can
    /// occur in a story sentence are anchored at the start of the line or of a sentence ("(^|[.!?:]\s)"). Each regex runs
    /// only on a line that passes <see cref="PaywallKeys"/> and its own gate, so every phrase holds a key of both.
    /// </remarks>
    internal static partial class TextPhrases
    {
        /// <summary>
        /// Metered paywall: a count or limit of free articles ("You've reached your limit of 5 free articles this month",
        /// "Sie haben Ihr Kontingent an kostenlosen Artikeln erreicht", "Il vous reste 2 articles gratuits").
        /// </summary>
        public static readonly PhraseGroups PaywallMetered = new PhraseGroups(
            Opt,
            // en
            new PhraseGroup(new[] { "limit", "maximum", "allowance", "free", "complimentary", "read" },
                @"(reached|hit|used( up)?|exceeded) (your|the) (monthly |weekly |free (article |story )?)?(limit|maximum|allowance)|" +
                @"(limit|allowance) of .{0,20}free (articles?|stories|reads)|" +
                @"you('ve|’ve| have) read \S+ of (your )?\S+ (free )?(articles|stories)|" +
                @"(\b(\d+|one|two|three|four|five|ten)|\{\{[^}]*\}\}|%\w|\$\{[^}]*\}) (more )?free (articles?|stories|reads|pieces)\b.{0,40}(left|remaining|this month|per month|a month|each month|every month)|" +
                @"(this is your|you have) (your )?(last|final) free (article|story)|" +
                @"free (articles?|stories) (left|remaining) (this|per) month|" +
                @"\b(used|read|reached) (up )?(all )?(of )?(your|the) (\d+ |monthly )?(free|complimentary) (articles|stories|reads)\b|" +
                @"\bno (more )?(free|complimentary) (articles|stories|reads) (left|remaining)|\b\d+ of \d+ (free|complimentary) (articles|stories)\b|" +
                @"\b(free|complimentary) (article|story) limit\b|your (free|complimentary) (articles|stories) (for (this|the) month )?(are|have been) used up"),
            // de
            new PhraseGroup(new[] { "kostenlos", "frei", "gratis", "limit", "kontingent" },
                @"kostenlosen? (Artikel|Beiträge) (in diesem Monat|diesen Monats|dieses Monats|für diesen Monat|pro Monat|gelesen|verbraucht|aufgebraucht)|Artikel-Limit|" +
                @"Kontingent an (kostenlosen |freien |Gratis-)?(Artikeln|Beiträgen)|Limit (an |von |für )?(kostenlose[nr]? |freie[nr]? |Gratis-)(Artikeln?|Beiträgen?)|" +
                @"\bnoch (\d+|einen|eine|zwei|drei) (kostenlose[nr]? |freie[nr]? |Gratis-)(Artikel|Beiträge|Beitrag)|(letzter|letzten) (kostenlose[nr]? |freie[nr]? |Gratis-)(Artikel|Beitrag)"),
            // fr
            new PhraseGroup(new[] { "gratuit", "offert", "limite", "quota", "maximum" },
                @"articles? gratuits? (ce mois|du mois|par mois|restants?)|" +
                @"(atteint|épuisé) (la|votre) (limite|quota|nombre maximum) (d['’]|de |des )?(\d+ )?articles?|limite d['’]articles gratuits|" +
                @"il vous reste (\d+|un|deux|trois) articles? (gratuits?|offerts?)|(dernier) article (gratuit|offert)|vous avez (lu|consulté) (vos|les) (\d+ )?articles? (gratuits|offerts)"),
            // es
            new PhraseGroup(new[] { "gratuit", "gratis", "límite", "máximo", "cupo" },
                @"artículos? gratuitos? (este mes|al mes|restantes?)|límite de (artículos|noticias|notas|contenidos)|" +
                @"(alcanzado|llegado al?|agotado) (el |tu |su )?(límite|máximo|cupo) (mensual )?de (\d+ )?(artículos|noticias|notas|contenidos)|" +
                @"(te|le) quedan? (\d+|un|una|dos|tres) (artículos?|noticias?|notas?|contenidos?) (gratis|gratuit[oa]s?)|agotado (tus|sus|los) (\d+ )?(artículos|noticias|notas) (gratis|gratuit[oa]s)|(último|última) (artículo|noticia|nota) (gratis|gratuit[oa])"),
            // pt
            new PhraseGroup(new[] { "gratuit", "grátis", "limite" },
                @"(matérias|artigos|reportagens|conteúdos|notícias|textos) (gratuit[oa]s|grátis) (este mês|por mês|no mês|restantes?)|limite (mensal )?de (\d+ )?(matérias|artigos|reportagens|conteúdos|notícias)|" +
                @"\brestam (\d+|um|uma|dois|duas|três) (matérias|artigos|reportagens|conteúdos|notícias) (gratuit[oa]s|grátis)|(último|última) (artigo|matéria|reportagem|conteúdo|notícia) (gratuit[oa]|grátis)"),
            // it
            new PhraseGroup(new[] { "gratuit", "gratis", "limite", "massimo" },
                @"articoli gratuiti (questo mese|al mese|rimanenti|di questo mese|del mese)|(raggiunto|superato) il (limite|numero massimo) (mensile )?di (\d+ )?(articoli|contenuti|notizie)|" +
                @"esaurit[oi] (gli|i tuoi|tutti gli) (\d+ )?(articoli|contenuti) (gratuiti|gratis)|ti rest(a|ano) (\d+|un|uno|due|tre) (articol[oi]|contenut[oi]) (gratuit[oi]|gratis)|ultimo (articolo|contenuto) (gratuito|gratis)"),
            // nl
            new PhraseGroup(new[] { "maximum", "limiet", "gratis", "kosteloze" },
                @"maximum aantal (gratis |kosteloze )?(artikelen|verhalen)|(limiet|maximum) (van|aan) (\d+ )?(gratis |kosteloze )?artikelen|" +
                @"\bnog (\d+|één|een|twee|drie) (gratis|kosteloze) (artikel(en)?|verha(a|le)l(en)?)|laatste gratis (artikel|verhaal)|gratis artikelen (deze maand|per maand|gelezen|opgebruikt)"),
            // pl
            new PhraseGroup(new[] { "limit", "darmow", "bezpłatn" },
                @"limit (\w+ )?(darmowych|bezpłatnych) (artykułów|tekstów|materiałów)|(darmow|bezpłatn)\w+ (artykuł\w*|tekst\w*) (w tym miesiącu|miesięcznie|na miesiąc)|" +
                @"(pozostał[oay]?|zostały?) (ci |panu |pani )?(\d+|jeden|dwa|trzy) (darmow\w+|bezpłatn\w+) (artykuł\w*|tekst\w*)|ostatni (darmowy|bezpłatny) (artykuł|tekst)"),
            // sv, da, no
            new PhraseGroup(new[] { "gratis" },
                @"gratis ?artikl(ar|er) (kvar|igen|tilbage|denna månad|denne måned(en)?|i månaden|om måneden)|(läst|læst|lest|brugt|brukt|använt) (alla |alle )?(dina|dine) (\d+ )?gratis ?artikl(ar|er)"),
            // ru, ja, zh
            new PhraseGroup(new[] { "бесплатн", "лимит", "無料", "免费" },
                @"бесплатн\w+ (статей|статьи|материал\w*) (в этом месяце|в месяц|осталось)|(исчерпали|достигли) (\w+ )?лимит\w* бесплатн|осталось \d+ бесплатн|" +
                @"無料(で読める)?記事.{0,12}(上限|残り)|免费(阅读|文章|閱讀).{0,10}(已用完|上限|次数|次數|还剩|還剩)|(还|還)可免费(阅读|閱讀)\d+篇"));

        /// <summary>
        /// Registration wall: free to read once you log in or register ("Register for free to continue reading", "Jetzt
        /// registrieren und kostenlos weiterlesen", "Créez un compte gratuit pour lire la suite", "Claim my free post").
        /// </summary>
        public static readonly PhraseGroups PaywallRegistration = new PhraseGroups(
            Opt,
            // en
            new PhraseGroup(new[] { "regist", "sign", "account", "log", "claim", "for free" },
                @"^(please )?(register|sign up|create (a |an |your )?(free )?account|log ?in|sign in)( for free| now| free)? (to|and) (continue reading|keep reading|read (the|this|more|for free)\b(?!.{0,40}\b(newsletters?|inbox|e-?mails?)\b)|view (the|this) (full )?(article|story)|unlock (the|this) (article|story))\b|" +
                @"(register|sign up|create a free account) (for free )?to (continue reading|read (the|this) (full |rest of the )?(article|story))|" +
                @"(free registration|registered users only|for registered (users|members)|this (article|content) is (available|free) (only )?(to|for) registered)|" +
                @"^(sign in|log ?in) or (create|register|sign up for) (a |an |your )?(free )?(account|profile)( for free)? to (continue|keep reading|read|access|unlock)\b|" +
                @"^(log ?in|sign in) or (register|sign up)( for free)? to (continue|keep reading|read|access|unlock)\b|" +
                @"^(continue|keep) reading this (post|article|story|piece) for free\b|^claim (my|your) free (post|article|story)\b|" +
                @"^(register|sign up|create (a |an )?(free )?account) (for free )?to unlock (this|the) (article|story|post|piece)\b"),
            // de
            new PhraseGroup(new[] { "regist", "kostenlos", "gratis" },
                @"(kostenlos|gratis) registrieren|registrieren Sie sich (kostenlos|jetzt|um)|nur für registrierte|" +
                @"registrieren und (kostenlos |gratis )?(weiterlesen|weiter lesen|lesen)|(kostenlos|gratis) (anmelden|einloggen) und (weiterlesen|lesen)|" +
                @"mit (einem |Ihrem )?(kostenlosen|gratis) (Konto|Account|Benutzerkonto|Zugang|Login) (weiterlesen|lesen|freischalten)|(Artikel|Beitrag) (kostenlos|gratis) freischalten"),
            // fr
            new PhraseGroup(new[] { "inscri", "compte" },
                @"inscrivez-vous gratuitement|inscription gratuite pour|" +
                @"cr[ée]ez (un|votre) compte( gratuit(ement)?)? (gratuit )?(pour|et) (lire|continuer|poursuivre|accéder|débloquer)|" +
                @"^(connectez-vous|identifiez-vous) ou (créez (un|votre) compte|inscrivez-vous)( gratuit(ement)?)? pour (lire|continuer|poursuivre|accéder)|article (gratuit|offert) (après|sur) inscription"),
            // es
            new PhraseGroup(new[] { "regíst", "regist", "cuenta" },
                @"regístrate gratis|regístrese (gratis|para seguir)|" +
                @"reg[ií]str(ate|ese)( gratis| gratuitamente)? (para|y) (seguir|continuar|leer)|cre(a|e) (una|tu|su) cuenta( gratuita| gratis)? (para|y) (seguir|continuar|leer)|" +
                @"(inicia|inicie) sesión o reg[ií]str(ate|ese)( gratis)? (para|y) (seguir|continuar|leer)|para (seguir|continuar) leyendo,? reg[ií]str(ate|ese)"),
            // pt
            new PhraseGroup(new[] { "cadastr", "conta", "login", "crie" },
                @"cadastre-se (gratuitamente|grátis|para continuar)|cadastre-se (e|para) (ler|continue|continuar|leia)|" +
                @"(faça|fazer) (seu|o|um) cadastro( gratuito| grátis)? (para|e) (continuar|continue|ler|seguir)|crie (uma|sua) conta( gratuita| grátis)? (para|e) (continuar|continue|ler|seguir)|" +
                @"(entre|faça login) ou cadastre-se\b|para (continuar|seguir) lendo,? (faça (seu )?(login|cadastro)|cadastre-se|crie)"),
            // it
            new PhraseGroup(new[] { "regist", "account" },
                @"registrati gratuitamente|registrati( gratis)? (per|e) (continuare a leggere|leggere|continuare|proseguire)|" +
                @"crea (un|il tuo) account( gratuito| gratis)? (per|e) (continuare|leggere|proseguire)|accedi o registrati\b.{0,12}(per|e) (leggere|continuare|proseguire)"),
            // nl
            new PhraseGroup(new[] { "account", "profiel", "regist" },
                @"lees (verder|het hele artikel|dit artikel) (gratis )?met een (gratis|kosteloos) (account|profiel)|" +
                @"registreer (je |u )?(nu )?(gratis |kosteloos )?(om|en) (verder te lezen|dit artikel te lezen|het artikel te lezen|lees verder)|" +
                @"maak (een|je|uw) (gratis |kosteloos )?(account|profiel) aan (om|en)\b.{0,30}(lezen|lees)|log in of registreer\b.{0,30}(lezen|lees)"),
            // pl
            new PhraseGroup(new[] { "rejestr", "konto", "zalog" },
                @"zarejestruj się( za darmo| bezpłatnie)?,? (aby|by|i) (czytać|przeczytać|kontynuować|odblokować)|" +
                @"załóż (darmowe |bezpłatne )?konto( za darmo| bezpłatnie)?,? (aby|by|i) (czytać|przeczytać|kontynuować)|" +
                @"zaloguj się lub zarejestruj( się)?,? (aby|by|i) (czytać|przeczytać|kontynuować)|dostępn[ayeo] (tylko |wyłącznie )?dla (zarejestrowanych|zalogowanych)|(za darmo|bezpłatnie) po (zalogowaniu|rejestracji)"),
            // sv, da, no
            new PhraseGroup(new[] { "regist", "gratis" },
                @"registr(era dig|er deg|ér dig|er dig)( gratis)? (för att|for å|og|och) (läsa|lese|læse|læs|les)|(skapa|opret|opprett) (ett|en) gratis ?(konto|profil|bruger|bruker)\b.{0,20}(läs|læs|les)"),
            // ru, ja, zh
            new PhraseGroup(new[] { "регистр", "登録", "ログイン", "注册", "註冊", "登录", "登錄" },
                @"зарегистрируйтесь,? чтобы (читать|продолжить)|(войдите|авторизуйтесь) или зарегистрируйтесь,? чтобы|" +
                @"(無料)?会員登録.{0,8}(続き|全文|読む|読め)|続きを読むには.{0,10}(会員登録|ログイン)|ログインして続きを読む|" +
                @"(注册|註冊|登录|登錄)(后|後)?(即可)?(免费)?(阅读|閱讀|查看)全文|免费注册(即可|后)"));

        /// <summary>
        /// Hard paywall: the story stops at a subscribe wall ("Subscribe to read the full story", "This post is for paid
        /// subscribers", "Dieser Artikel ist exklusiv für Abonnenten", "Il vous reste 75% de cet article à lire").
        /// </summary>
        public static readonly PhraseGroups PaywallHard = new PhraseGroups(
            Opt,
            // en
            new PhraseGroup(new[] { "subscri", "member", "premium", "upgrade", "log", "sign", "read the full" },
                @"^subscribe (now |today )?to (read|unlock) (the|this)( full| whole| rest of the)? (story|article|piece|post)|^subscribe (now |today )?to (continue|keep) reading (this|the) (story|article|post)|" +
                @"^subscribe (now |today )?to (\S+ ){1,4}to (read|continue reading|keep reading|unlock|access) (this|the)\b|" +
                @"^(to )?(read|continue reading|keep reading|unlock) (the full|the rest of( this| the)?|this|the whole) (story|article|piece|post)\b.{0,30}(subscri|log ?in|sign in|member)|" +
                @"^to read the full (story|article)$|" +
                @"(this|the) (article|story|content|piece) is (only )?(available |reserved )?(exclusively )?(for|to) (paying |premium |digital )?(subscribers|members)|" +
                @"(^|[.!?:]\s)(this|the rest of this|the rest of the) (article|story|post|piece|content|newsletter|issue|episode) is (only |exclusively )?(available |reserved |accessible )?(only )?(exclusive )?(for|to) (our )?(paid |paying |premium |digital )?(\S+ ){0,2}(subscribers|members)|" +
                @"^(this is )?(a |an )?(subscriber|member|premium)[- ](only|exclusive) (article|story|content|post)\.?$|^(for )?(paid |paying )?subscribers only[.!]?$|" +
                @"(only|exclusively) (available )?(for|to) (paying |premium |digital )?subscribers|" +
                @"(^|[.!?:]\s)become a (paid|paying|premium) (subscriber|member)\b.{0,40}\b((unlock|read|access) (this|the rest|the full|the whole)|(continue|keep) reading)|" +
                @"^upgrade (to (a )?(paid|premium)( subscription| plan| membership)?|your (subscription|plan|membership)) to (read|continue|keep reading|unlock|access)\b|" +
                @"(^|[.!?:]\s)(purchase|buy|get|start) a (paid |digital |premium )?(subscription|membership) to (read|continue reading|keep reading|unlock|access) (this|the)\b|" +
                @"(need|requires?) (a|an active) (paid |digital |premium )?(subscription|membership) to (read|view|access|continue reading) (this|the)\b|" +
                @"^only (paid |paying |premium |digital )?(subscribers|members) (can|may) (read|access|view|see) (this|the (full|whole|rest))|" +
                @"^to (continue|keep) reading( this (article|story|post))?,? (please )?(subscribe|become a (paid |paying )?(subscriber|member)|start (your|a) subscription|upgrade)\b|" +
                @"^(read|continue reading|keep reading) (the rest of (this|the) |the full |this )(article|story|post|piece) (with|for) (a|an|your) (\S+ )?(subscription|membership)"),
            // de
            new PhraseGroup(new[] { "abo", "weiterlesen", "lesen sie", "freischalt" },
                @"nur für (Abonnenten|Abonnentinnen|Abonnent)|(Jetzt )?(weiterlesen|lesen Sie weiter) mit|mit (einem )?\w*Abo (weiterlesen|lesen)|Abonnieren Sie,? um|" +
                @"(exklusiv|ausschließlich) (verfügbar )?für (\S+ ){0,2}\S*Abonnent|(Abo|Abonnement) (jetzt )?(abschließen|wählen|sichern) und (sofort )?(weiterlesen|weiter lesen)|" +
                @"(um|zum) (diesen|den) (ganzen |vollständigen )?(Artikel|Beitrag|Text) (vollständig |komplett )?(zu )?(lesen|weiterzulesen),? (benötigen|brauchen) Sie\b.{0,20}(Abo|Abonnement)|" +
                @"lesen Sie (jetzt )?mit (\S+ ){1,3}weiter|(diesen|den) (Artikel|Beitrag) (jetzt )?(mit \S+ )?freischalten"),
            // fr
            new PhraseGroup(new[] { "abonn", "il vous reste", "réserv" },
                @"réservée? aux abonnés|abonnez-vous pour (lire|continuer|poursuivre)|la suite est réservée|" +
                @"réservée?s? (exclusivement |uniquement )?à nos (\S+ )?abonnés|il vous reste \d+ ?% (de cet article|de l['’]article|à lire)|" +
                @"pour (lire|poursuivre|continuer) (la suite|cet article|l['’]article)\b.{0,40}abonne|suite de (cet|l['’]) ?article\b.{0,30}abonn"),
            // es
            new PhraseGroup(new[] { "suscri", "suscrí", "abonad", "socio", "hazte" },
                @"(exclusivo|exclusiva|contenido exclusivo) para suscriptores|suscríbete para (leer|seguir|continuar)|" +
                @"(art[ií]culo|contenido|noticia|nota|reportaje|texto)( es)? (exclusiv[oa]|sólo|solo|únicamente|reservad[oa]) para (nuestros )?(suscriptores|abonados|socios)|" +
                @"suscr[ií]b(ete|ase) (para|y) (leer|seguir|continuar|acceder|desbloquear)|para (seguir|continuar) leyendo,? (suscr[ií]b(ete|ase)|hazte (suscriptor|socio|premium))|hazte (suscriptor|socio|premium) (para|y) (leer|seguir|continuar|acceder)"),
            // pt
            new PhraseGroup(new[] { "assin" },
                @"(exclusivo|exclusiva|conteúdo exclusivo) para assinantes|assine para (ler|continuar)|" +
                @"(conteúdo|matéria|reportagem|artigo|texto|notícia)( é)? (exclusiv[oa]|restrit[oa]|disponível (apenas |somente |só )?|apenas|somente|só) (para|a|aos) (nossos )?assinantes|" +
                @"para (continuar|seguir) lendo,? (assine|seja assinante|torne-se assinante|faça (sua|uma) assinatura)|(assine|seja assinante|torne-se assinante) (\S+ ){0,2}(para|e) (ler|continuar|continue|acessar|ter acesso)"),
            // it
            new PhraseGroup(new[] { "abbona" },
                @"riservat[oa] agli abbonati|abbonati per (leggere|continuare)|" +
                @"riservat[oaie] (esclusivamente |solo )?(ai|agli) (nostri |utenti )?abbonati|(articolo|contenuto|notizia|pezzo)( è)? (esclusiv[oa]|solo|disponibile solo) per (gli |i nostri )?abbonati|" +
                @"per (continuare a leggere|leggere (l['’]articolo|tutto l['’]articolo|l['’]intero articolo)|proseguire (la lettura|a leggere))\b.{0,40}abbona|abbonati (ora |subito )?(per|e) (continuare a leggere|leggere|proseguire|sbloccare)"),
            // nl
            new PhraseGroup(new[] { "abonne", "premium", "plus" },
                @"(artikel|stuk|verhaal|bericht)( is)? (alleen|exclusief|uitsluitend) (beschikbaar )?voor (\S+ )?abonnees|^(alleen|exclusief) voor abonnees[.!]?$|^dit is een (premium|plus)[- ]?artikel|" +
                @"word (nu )?abonnee (om|en) (verder|dit artikel|het hele artikel|het volledige artikel)|lees (verder|het hele artikel|het volledige artikel|dit artikel) met (een|het) (\S+ )?\S*abonnement|" +
                @"om (dit artikel|verder|het hele artikel) te (kunnen )?lezen,? (heb je|heeft u|is) (een|het) (\S+ )?\S*abonnement"),
            // pl
            new PhraseGroup(new[] { "subskry", "prenumer", "abonen", "abonam", "dostęp" },
                @"(artykuł|tekst|treść|materiał|pozostała część (artykułu|tekstu)|dalsza część (artykułu|tekstu))( jest)? (dostępn[ayeo] |przeznaczon[ayeo] |zarezerwowan[ayeo] )?(wyłącznie |tylko )?dla (\S+ )?(subskrybentów|prenumeratorów|abonentów)|" +
                @"(wykup|kup|zamów|wybierz|aktywuj) (subskrypcj[ęe]|prenumerat[ęe]|abonament|dostęp)\b.{0,30}\b(czytać|czytaj|przeczytać|przeczytaj|dalszą|cały)|" +
                @"zostań (subskrybentem|prenumeratorem)\b.{0,30}\b(czyta|przeczyta)|czytaj dalej (z|w) (\S+ )?(subskrypcj|prenumera|abonamen)"),
            // sv, da, no
            new PhraseGroup(new[] { "prenumer", "abonnent" },
                @"(artikel|artikeln|artikkelen|artiklen|innehållet|indholdet|innholdet)( är| er)? ((endast|bara|kun|enbart) (tillgänglig |tilgængelig |tilgjengelig )?(för|for)|forbeholdt|förbehållen) (\S+ )?(prenumeranter|abonnenter)|" +
                @"(bli|bliv) (prenumerant|abonnent)\b.{0,30}\b(läsa|læse|lese|läs|læs|les)\b"),
            // ru, ja, zh, hi, ar
            new PhraseGroup(new[] { "подпис", "会員", "有料", "購読", "订阅", "訂閱", "付费", "付費", "本文", "会员", "會員", "सदस्यता", "للمشتركين" },
                @"только для подписчиков|оформите подписку,? чтобы|(материал|стать|текст|контент)\w* доступ\w* (только )?(по подписке|подписчикам)|чтобы (продолжить чтение|читать дальше|прочитать)\b.{0,30}подпис|" +
                @"会員限定|有料会員|この記事は(有料)?会員|有料記事|購読者限定|続きは(有料|購読)|" +
                @"订阅后(阅读|查看)|訂閱後(閱讀|查看)|付费(阅读|内容)|付費(閱讀|內容)|本文(为|為)?(会员|會員|付费|付費|订阅|訂閱)|(成为|成為)(会员|會員|订阅者|訂閱者|付费会员).{0,6}(阅读|閱讀|查看)|" +
                @"सदस्यता लें और पढ़ें|للمشتركين فقط"));

        /// <summary>
        /// Log-in and subscribe prompts that show a paywall without saying its kind
        /// ("Already subscribed? Log in", "Subscribe now for unlimited access", "Unlock this article", "Al abonnee?").
        /// </summary>
        public static readonly TieredRegex PaywallPrompt = new TieredRegex(
            @"^already (a |an )?(paid |paying |premium |digital )?(subscriber|subscribed|member|registered|have an account)\b.{0,30}(log ?in|sign ?in|here)?|" +
            @"^(subscribe|subscription) (now|today)?\s*(for|to get) (unlimited|full|complete|digital) (access|reading)|" +
            @"^(get|unlock|enjoy) (unlimited|full|complete) (digital )?access\b|" +
            @"^(continue|keep) reading (with|for) (a |just )?|^subscribe (now |today )?to (continue|keep) reading\b|^(subscriber|premium|exclusive) (article|story|content)$|" +
            @"^(subscribe|become a (subscriber|member)) (today |now )?(to|for) (unlimited|full|continue|read)|" +
            @"^unlock (this|the) (full )?(article|story|post|piece)\s*[.!]?$|^upgrade to (paid|premium)[.!]?$|^(or )?(purchase|buy|get) a (paid|premium|digital) subscription[.!]?$|" +
            @"^(Bereits|Schon) (Abonnent|registriert|Kunde)|^Sie sind (bereits|schon) (Abonnent|registriert)|^(haben Sie|hast du) (bereits|schon) (ein|einen) (Abo|Abonnement|Konto)\b|" +
            @"^Déjà abonné|^(vous êtes|tu es) déjà abonné|^¿?Ya (eres|es) (suscriptor|abonado)|^¿?Ya tienes (una )?(suscripción|cuenta)|^Já (é|sou) assinante|^Já tem (uma )?(assinatura|conta)|" +
            @"^Sei già abbonato|^Hai già un (abbonamento|account)|^(Al|Ben je al|Bent u al) (een )?abonnee|^(Masz już|Posiadasz już) (subskrypcj\w+|prenumerat\w+|dostęp|konto)|^Jesteś już (subskrybentem|prenumeratorem)|" +
            @"^(Redan|Allerede) (prenumerant|abonnent|kunde)|^Уже подписаны",
            Opt);

        /// <summary>
        /// The dismiss link of a soft overlay, a whole short line ("Continue reading", "No thanks", "Maybe later", "×",
        /// "Weiterlesen", "Non merci", "Seguir leyendo", "Agora não", "No grazie", "Nee, bedankt", "Czytaj dalej"): an
        /// overlay that can be closed is not a wall. Anchored to the whole trimmed line, so cheap and ungated.
        /// </summary>
        /// <remarks>
        /// A bare "X" is left out: it is also the network's share label. "Continue reading" alone is a dismiss; with more
        /// words ("Continue reading with a subscription") it is a <see cref="PaywallPrompt"/>.
        /// </remarks>
        public static readonly TieredRegex PaywallDismiss = new TieredRegex(
            @"^([×✕✖]|[×✕✖]?\s*(" +
            @"continue reading|keep reading|read on|continue|no,? thanks|no,? thank you|maybe later|not now|later|close|close (this|window|this message)|dismiss|skip|" +
            @"continue to (the )?(article|site|story|content|website)|" +
            @"weiterlesen|weiter lesen|weiter zum artikel|nein,? danke|später|vielleicht später|jetzt nicht|schließen|überspringen|" +
            @"non,? merci|plus tard|pas maintenant|fermer|continuer|continuer (la lecture|à lire|vers l['’]article|sur le site)|poursuivre la lecture|ignorer|" +
            @"no,? gracias|más tarde|ahora no|cerrar|seguir leyendo|continuar leyendo|continuar (al|con el) artículo|omitir|" +
            @"não,? obrigad[oa]|agora não|mais tarde|fechar|continuar lendo|continue lendo|continuar para o site|" +
            @"no,? grazie|più tardi|non ora|chiudi|continua a leggere|continua|" +
            @"nee,? bedankt|nee,? dank je( wel)?|niet nu|sluiten|verder lezen|lees verder|doorgaan( naar het artikel)?|overslaan|" +
            @"nie,? dziękuję|nie teraz|później|zamknij|czytaj dalej|przejdź do artykułu|pomiń|kontynuuj( czytanie)?" +
            @"))\s*[.!…]*\s*[›»→>]*$",
            Opt);

        // ---- Paywall gates ----------------------------------------------------------------------
        // A paywall regex runs only on a line that holds one of PaywallKeys and one of its own kind's keys (see PhraseGates).

        /// <summary>Gate for the paywall regexes (metered, hard, registration, prompt): every key of the kind gates, and the prompt's.</summary>
        public static readonly string[] PaywallKeys =
        {
            "subscri", "abonn", "abbona", "abo", "suscri", "suscrí", "assin", "member", "premium", "free", "limit", "límite", "regist", "regíst", "sign", "log",
            "account", "read", "lesen", "lire", "leer", "leyendo", "ler ", "lendo", "legg", "lezen", "lees", "czyta", "подпис", "регистр", "бесплатн", "лимит",
            "会員", "会员", "會員", "订阅", "訂閱", "付费", "付費", "有料", "無料", "免费", "購読", "登録", "ログイン", "続き", "注册", "註冊", "登录", "登錄", "本文",
            "सदस्यता", "للمشتركين", "gratuit", "gratis", "grátis", "kostenlos", "inscri", "cadastr", "already", "bereits", "schon", "déjà", "ya ", "já ",
            "già", "уже", "już", "redan", "allerede", "continue", "keep", "unlock", "exclusiv", "esclusiv", "riservat", "réserv", "nur für", "только",
            "access", "artikel", "articles", "artículo", "artykuł", "paid", "paying", "upgrade", "claim", "for free", "hazte", "abonad", "il vous reste", "freischalt",
            "kontingent", "freie artikel", "freien artikel", "complimentary", "have read", "'ve read", "’ve read", "limiet", "maximum aantal", "darmow",
            "bezpłatn", "subskry", "prenumer", "rejestr", "zarejestr", "zaloguj", "zalogowan", "konto", "compte", "cuenta", "uma conta", "sua conta",
            "anmeld", "einlogg",
        };

        /// <summary>Gate for <see cref="PaywallMetered"/>.</summary>
        public static readonly string[] MeteredKeys =
        {
            "limit", "límite", "limiet", "free", "complimentary", "kostenlos", "kontingent", "freie artikel", "freien artikel", "gratuit", "gratis", "grátis",
            "darmow", "bezpłatn", "maximum aantal", "have read", "'ve read", "’ve read", "бесплатн", "лимит", "無料", "免费",
        };

        /// <summary>Gate for <see cref="PaywallHard"/>.</summary>
        public static readonly string[] HardKeys =
        {
            "subscri", "member", "premium", "exclusiv", "esclusiv", "abonn", "abo", "lesen", "réserv", "suscri", "suscrí", "abonad", "hazte", "assin",
            "riservat", "abbona", "prenumer", "subskryb", "subskryp", "paid", "paying", "upgrade", "il vous reste", "freischalt", "подпис", "только",
            "会員", "有料", "購読", "订阅", "訂閱", "付费", "付費", "本文", "会员", "會員", "सदस्यता", "للمشتركين", "read the full",
        };

        /// <summary>Gate for <see cref="PaywallRegistration"/>.</summary>
        public static readonly string[] RegistrationKeys =
        {
            "regist", "regíst", "sign", "log", "account", "claim", "for free", "inscri", "cadastr", "gratis", "kostenlos", "konto", "compte", "cuenta", "uma conta",
            "sua conta", "anmeld", "einlogg", "zarejestr", "zaloguj", "zalogowan", "rejestr", "регистр", "登録", "ログイン", "注册", "註冊", "登录", "登錄",
        };
    }
}
