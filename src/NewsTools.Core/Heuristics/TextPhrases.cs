using System;
using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// Phrase patterns for page chrome found in scraped text, one per web pattern, multilingual
    /// (en, de, fr, es, pt, it, nl, ru, hi, ar, zh, ja). Written for this project from the wording of
    /// common widgets; none names a site or publication. Used by BoilerplateClassifier (a block out of
    /// context) and PaywallDetector. Most are anchored at the start of the line and limited in length
    /// by <see cref="TextThresholds"/>: a story sentence that merely mentions "cookies" must not match.
    /// </summary>
    internal static partial class TextPhrases
    {
        private const RegexOptions Opt = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

        // ---- Images in Markdown input ---------------------------------------------------------------

        /// <summary>
        /// An image address that is page chrome, not the story's picture: logos, avatars and author pictures (gravatar),
        /// icons, sprites, badges, tracking pixels and spacers, and SVG (logos and icons far more often than photos).
        /// </summary>
        public static readonly TieredRegex NotLeadImage = new TieredRegex(@"logo|avatar|gravatar|icon|sprite|badge|pixel|spacer|blank\.gif|\.svg(?:$|[?#])", Opt);

        // ---- Paywall: see TextPhrases.Paywall.cs ---------------------------------------------------

        // ---- Subscription plans and prices ------------------------------------------------------

        /// <summary>A price line of a plan box: "₹900", "$4.99/month", "€ 9,99 pro Monat", "Rs 300 per month".</summary>
        public static readonly TieredRegex PriceLine = new TieredRegex(
            @"^(from |only |just |ab |dès |desde |a partir de |solo )?([₹$€£¥₽]|Rs\.?|INR|USD|EUR|GBP|R\$)\s?\d[\d,.' ]*(\s*(/|per|a|pro|par|por|al|в)\s*(\w+\.?))?\s*(\*|only)?$|" +
            @"^(from |only |just |ab )?\d[\d,.]*\s?([₹$€£¥₽]|Rs\.?|USD|EUR|GBP|руб\.?)(\s*(/|per|pro|par|por|al)\s*(\w+\.?))?$",
            Opt);

        /// <summary>A billing-period line of a plan box: "3 Months", "1 Year", "12 Monate", "annual plan".</summary>
        public static readonly TieredRegex PeriodLine = new TieredRegex(
            @"^(\d+|one|two|three|six|twelve)\s*(-|\s)?(months?|years?|weeks?|days?|mo|yrs?|Monate?|Jahre?|Wochen?|mois|ans?|semaines?|meses|mes|años?|semanas?|anos?|mesi|mese|anni|anno|месяц\w*|год\w*|лет)$|" +
            @"^(monthly|annual|yearly|quarterly|weekly) (plan|subscription|billing|access)$",
            Opt);

        /// <summary>Plan terms and calls to subscribe ("Renews automatically, cancel anytime", "Subscribe now", "Start your free trial").</summary>
        public static readonly TieredRegex SubscriptionTerms = new TieredRegex(
            @"^(renews|billed|charged) (automatically|annually|monthly|yearly|every)|\bcancel (at )?any ?time\b|" +
            @"^(subscribe|subscribe now|subscribe today|subscribe here|get a subscription|buy a subscription|see (all )?(subscription )?(plans|offers)|view (all )?plans|choose (your|a) plan|best value|most popular plan)$|" +
            @"^(start|begin|claim) (your|a) (free )?trial\b|^\d+[- ](day|week|month) free trial\b|^(try|get) \d+ (days?|weeks?|months?) (for )?(free|for \W?\d)|" +
            @"^(digital|print|premium|annual|monthly) (subscription|plan|edition)( plans?)?$|" +
            @"^(Jetzt )?(abonnieren|Abo abschließen|Jetzt testen)$|monatlich kündbar|jederzeit kündbar|" +
            @"^(s'abonner|je m'abonne|abonnez-vous)$|sans engagement|" +
            @"^(suscríbete|suscribirse|assine( já| agora)?|abbonati( ora)?|подписаться|оформить подписку)$|cancela cuando quieras",
            Opt);

        // ---- Promotions ------------------------------------------------------------------------

        /// <summary>Feature-list openers and selling points of a subscription offer ("Here's what's included", "Ad-free reading").</summary>
        public static readonly TieredRegex Promotion = new TieredRegex(
            @"^here('|’)?s what('|’)?s included|^what('|’)?s included( in (every|each|all|our|your|the) (plans?|subscriptions?|membership|packages?))?\s*:?$|^what you('|’)?ll get\b|^(benefits|features) of (your |the |a )?(digital |premium )?(subscription|membership)|" +
            @"^(ad[- ]free|unlimited) (reading|access|articles|browsing)( experience)?\b|^exclusive (premium )?(stories|articles|content)( online)?$|" +
            @"^(why subscribe|subscriber benefits|member benefits)\b|^(special|limited[- ]time|introductory) offer\b|" +
            @"^(Ihre Vorteile|Das ist enthalten)|^(vos avantages|ce qui est inclus)|^(tus ventajas|qué incluye)",
            Opt);

        // ---- Template placeholders -------------------------------------------------------------

        /// <summary>An unfilled template variable left by the site's renderer: {{x}}, ${x}, %s, %1$s, [[x]], &lt;%= x %&gt;.</summary>
        public static readonly TieredRegex Placeholder = new TieredRegex(
            @"\{\{\s*[\w.\-|: ]{1,40}\s*\}\}|\$\{\s*[\w.]{1,40}\s*\}|(^|\s)%(\d\$)?[sd](\s|$|[.,!?])|\[\[\s*[\w.]{1,40}\s*\]\]|<%=?\s*[\w.]{1,40}\s*%>|\{\s*[a-z]+_[a-z_]+\s*\}",
            Opt);

        // ---- Disclaimers -----------------------------------------------------------------------

        /// <summary>Syndication and legal notes ("Disclaimer: ...", "This story has not been edited by ... staff and is auto-generated from a syndicated feed").</summary>
        public static readonly TieredRegex Disclaimer = new TieredRegex(
            @"^(disclaimer|legal disclaimer|editor'?s note: this (story|article) (was|is|has)|note to readers)\b|" +
            @"(auto-?generated|published|sourced) from a (syndicated|wire|news agency|agency) (news )?feed|" +
            @"(has|was) not been edited by \w+ (staff|editors)|(only|except for) the (headline|heading|image) (has|may have) been (changed|edited)|" +
            @"no \w+( \w+){0,3} (journalist|staff|reporter|editor)s? (was|were) involved|" +
            @"^(the )?views (and opinions )?expressed (in this|here|above|by)|are (those|the views) of the author|do not necessarily reflect|" +
            @"^this (article|story|content|post) (also |first |originally )?(appeared|was (also |first |originally )?published) (on|in)\b|" +
            @"^(this (article|post|page) (contains|may contain) affiliate links|we may earn a commission)|" +
            @"^(with inputs from|inputs from) (agencies|agency|wires)|^\((with )?(inputs from )?agencies\)$|" +
            @"\b(is|are) (provided )?for (general )?informational (and educational )?purposes only\b|\b(is|are) not intended (to replace|to be a substitute for|as|to constitute)\b.{0,40}\badvice\b|does not constitute (legal|financial|investment|medical|tax) advice|" +
            @"\bno (part of this|reproduction)\b.{0,80}\bwithout (the )?(prior |express )?(written )?(permission|consent)|" +
            @"^(Haftungsausschluss|Hinweis der Redaktion)\b|^(Avertissement|Avis de non-responsabilité)\b|^(Aviso legal|Descargo de responsabilidad)\b|^Отказ от ответственности",
            Opt);

        // ---- Cookies ---------------------------------------------------------------------------

        /// <summary>Cookie and consent banners.</summary>
        public static readonly TieredRegex Cookie = new TieredRegex(
            @"\b(we|this (web)?site|our (web)?site|this page) uses? cookies\b|\bwe (and our partners )?use cookies\b|" +
            @"^(accept|allow|reject|decline|manage) (all )?(cookies|cookie settings)|^cookie (policy|settings|preferences|consent|notice)$|^(manage|privacy) (preferences|settings|choices)$|" +
            @"by (continuing to (use|browse)|using) (this|our) (web)?site,? you (agree|accept|consent)|you consent to (our|the) use of cookies|" +
            @"^(I agree|I accept|Accept|Got it|OK, got it|Agree and close|Accept and close)$|" +
            @"(Diese|Unsere) (Webseite|Website|Seite) (verwendet|nutzt) Cookies|Wir (verwenden|nutzen) Cookies|^Cookie-Einstellungen|^Alle akzeptieren$|" +
            @"(Ce site|Notre site) (utilise|emploie) des cookies|Nous utilisons des cookies|^Tout accepter$|" +
            @"(Este sitio|Esta web|Este site) (web )?(utiliza|usa) cookies|Utilizamos cookies|^Aceptar (todas|cookies)$|" +
            @"Questo sito (utilizza|usa) (i )?cookie|Utilizziamo (i )?cookie|" +
            @"(сайт|Мы) использу\w+ (файлы )?cookie|" +
            @"本网站使用|本サイトはクッキー|クッキーを使用",
            Opt);

        /// <summary>Any mention of cookies: a block naming them twice is a consent banner or cookie-policy text, whatever its length.</summary>
        public static readonly TieredRegex CookieWord = new TieredRegex(@"cookie|クッキー|куки", Opt);

        // ---- Contact footers -------------------------------------------------------------------

        /// <summary>Contact details of the publisher ("Telephone: ... Fax: ... E-mail: ..."): two or more such labels make a footer.</summary>
        public static readonly TieredRegex ContactLabel = new TieredRegex(
            @"\b(tel|telephone|phone|fax|e-?mail|call us|customer service|contact us|hotline|whatsapp|Telefon|Téléphone|Teléfono|Telefone|Телефон)\b\.?\s*:?|\S+@\S+\.\w{2,}|\+?\d[\d ()\-]{7,}\d",
            Opt);

        // ---- Forms -----------------------------------------------------------------------------

        /// <summary>Labels of a contact or sign-up form flattened into text ("First Name", "Email (Required)", "CAPTCHA").</summary>
        public static readonly TieredRegex FormLabel = new TieredRegex(
            @"^((first|last|full|your) name|name|e-?mail( address)?|phone( no\.?| number)?|mobile( number)?|message|your message|company|website|zip( code)?|postcode|city|country|" +
            @"captcha|submit|send|send message|tell us more|how did you (hear about|find) us\??|how did you find our site\??|how would you like to be contacted\??|" +
            @"(i )?agree to (the )?(privacy policy|terms)|required fields are marked)\s*(\(required\)|\*)?\s*\*?$",
            Opt);

        // ---- Newsletter and app prompts --------------------------------------------------------

        /// <summary>Newsletter and app sign-ups ("Sign up for our daily newsletter", "Get the app").</summary>
        public static readonly TieredRegex Newsletter = new TieredRegex(
            @"^(sign up|subscribe|register) (for|to) (our|the|this|my)( free)?( \w+){0,3} (newsletters?|briefing|digest|emails?|alerts?)\b|" +
            @"^(sign up|subscribe|register) (to|and) (receive|get) (our|the)( \w+){0,3} (newsletters?|updates|emails?)\b|" +
            @"(delivered|sent|straight) (straight |directly )?(to|in(to)?) your inbox|^get (our|the)( \w+){0,3} newsletters?\b|" +
            @"^(enter|type) your e-?mail( address)?|^your e-?mail( address)?$|^e-?mail address$|^(newsletters?|sign up|subscribe to newsletter)$|" +
            @"^(download|get|install) (our|the)( free)?( \w+){0,2} app\b|^(available|download) on the (app store|google play)|^(get it on|download on) (google play|the app store)$|" +
            @"^(thanks|thank you) for (signing up|subscribing)|you('|’)re (now )?(all )?(signed up|subscribed)|" +
            @"^(Newsletter abonnieren|Jetzt (zum|für den) Newsletter anmelden|Melden Sie sich für (unseren|den) Newsletter)|" +
            @"^(Inscrivez-vous à (notre|la) (newsletter|lettre))|^(Abonnez-vous à (notre|la) (newsletter|lettre))|" +
            @"^(Suscríbete|Suscribete|Regístrate) (a|en) (nuestro|nuestra|el|la) (boletín|newsletter)|" +
            @"^(Assine|Inscreva-se( na| em)?) (nossa |a )?newsletter|^Iscriviti alla (nostra )?newsletter|" +
            @"^Подпишитесь на (нашу )?рассылку|^Подписывайтесь на (наш|нас)",
            Opt);

        // ---- Share and follow ------------------------------------------------------------------

        /// <summary>Share and follow prompts ("Share this article", "Follow us on ...", a bare network name).</summary>
        public static readonly TieredRegex Share = new TieredRegex(
            @"^click to (share|email|print|tweet|post|pin)\b.{0,60}$|^(like this|like loading\.*|loading\.*)\s*:?$|" +
            @"^(share|share this|share this (article|story|post|page)|share (on|via|to) \w+|tweet( this)?|pin( it)?|e-?mail|print|copy link|copy url|link copied|save( article| for later)?|" +
            @"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok|threads|flipboard|messenger|bluesky|mastodon|google news|rss|" +
            @"comment|comments|gift (this )?article|listen( to this article)?|font size|text size)$|" +
            @"^(follow|like) us (on|at)\b|^join us on (facebook|twitter|x|instagram|linkedin|whatsapp|telegram|youtube|tiktok)\b|^follow (the )?\w+ on (twitter|x|facebook|instagram|linkedin|google news|whatsapp|telegram)|^(stay|get) connected\b|" +
            @"^(share|follow)( us)?:?\s*((facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail|pinterest|instagram)[\s,|/·•]*){1,}$|" +
            @"^((facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail|pinterest|instagram|youtube|tiktok|threads|rss)(-f|-square|-in|-alt)?[\s,|/·•]*){2,}$|" +
            @"^(Teilen|Artikel teilen|Drucken|Folgen Sie uns|Partager|Partager (cet|l')article|Imprimer|Suivez-nous|Compartir|Compartir en \w+|Compartilhe|Compartilhar|Siga-nos|Síguenos|Condividi|Seguici|Поделиться|Подписывайтесь|Распечатать|शेयर करें|مشاركة|分享|シェア|ツイート)\b.{0,40}$",
            Opt);

        // ---- Related lists ---------------------------------------------------------------------

        /// <summary>"Also read" / "Related" / "Recommended" lines and list headings.</summary>
        public static readonly TieredRegex Related = new TieredRegex(
            @"^(also read|read also|read more|see also|also see|also watch|watch|more|related|related (articles?|stories|content|news|coverage|posts|topics|reading|links)|recommended( (for you|stories|articles|reading))?|" +
            @"more (from|on|about|in|stories|news|articles|like this)\b.{0,60}|you (may|might) (also )?(like|enjoy|be interested in)|most (popular|read|viewed|shared|commented)( (articles|stories|now|today|this week))?|" +
            @"trending( now| stories| today| news| topics| articles)?|top stories|latest( news| stories| headlines| articles)?|don('|’)t miss|editor('|’)?s picks?|popular( (now|stories|posts))?|what to read next|up next|next (article|story)|previous (article|story)|" +
            @"in (other|case you missed it)|catch up|explore more|keep reading|recent posts|further reading|in this series)\s*[:\-–—|»>]?$|" +
            @"^(also read|read also|read more|see also|also see|also watch|related|recommended|more from|must read|don('|’)t miss|read next|you may also like)\s*[:\-–—|»>]\s*\S|" +
            @"^(Lesen Sie (auch|mehr)|Auch interessant|Mehr zum Thema|Weitere Artikel|Das könnte Sie (auch )?interessieren|Meistgelesen|Empfohlen|" +
            @"Lire aussi|À lire aussi|A lire aussi|Voir aussi|Sur le même sujet|Les plus lus|À lire également|" +
            @"Lea también|Lee también|Leer más|Te puede interesar|Noticias relacionadas|Lo más leído|Más noticias|Relacionad[oa]s|" +
            @"Leia também|Leia mais|Veja também|Mais lidas|Saiba mais|Relacionadas|" +
            @"Leggi anche|Potrebbe interessarti|I più letti|Articoli correlati|" +
            @"Читайте также|Читайте также:|Похожие материалы|Самое читаемое|По теме|" +
            @"यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|संबंधित खबरें|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|أخبار ذات صلة|相关阅读|延伸阅读|相关新闻|推荐阅读|関連記事|あわせて読みたい|おすすめ記事)(\s*[:：\-–—|»>].*|\s*)$",
            Opt);

        // ---- Captions and credits --------------------------------------------------------------

        /// <summary>Photo and agency credits ("Photo: Jane Doe/Agency", "(Image credit: ...)", "Getty Images").</summary>
        public static readonly TieredRegex Credit = new TieredRegex(
            @"^[\[(]?(photo|photos|image|images|picture|pictures|photograph|illustration|graphic|video|file photo|credit|photo credit|image credit|image source|source|foto|fotos|bild|bildquelle|crédit( photo)?|crédits|фото|изображение|तस्वीर|फोटो|صورة|写真|图片|图|摄影)\s*(credit|courtesy)?\s*[:/|©]\s*.{1,80}[\])]?$|" +
            @"^[\[(]?(photo|image|picture|illustration)s? (by|courtesy( of)?)\s.{1,60}[\])]?$|" +
            @"^[\[(]?©?\s*[\w.'\- ]{0,40}(/|via |for |\| )?\s*(getty images|shutterstock|istock(photo)?|alamy|stock photo)[\])]?\.?$",
            Opt);

        /// <summary>A caption ending with a credit in parentheses or after a slash: "The minister in Delhi. (Photo: Jane Doe)".</summary>
        public static readonly TieredRegex CaptionWithCredit = new TieredRegex(
            @"[\[(](photo|image|picture|file photo|foto|photograph|credit|source|bild)\s*[:/|]\s*[^)\]]{1,60}[\])]\s*$|" +
            @"\|\s*(photo|image|picture|foto|credit)\s*[:/]\s*\S.{0,50}$",
            Opt);

        // ---- Copyright -------------------------------------------------------------------------

        /// <summary>Copyright footers ("© 2024 Example Media. All rights reserved.").</summary>
        public static readonly TieredRegex Copyright = new TieredRegex(
            @"^(©|\(c\)|\u24B8)\s*\S|^copyright\s*(©|\(c\)|\d{4})|" +
            @"\ball rights reserved\b|^(Alle Rechte vorbehalten|Tous droits réservés|Todos los derechos reservados|Todos os direitos reservados|Tutti i diritti riservati|Все права защищены|सर्वाधिकार सुरक्षित|جميع الحقوق محفوظة|版权所有|無断転載)",
            Opt);

        // ---- Comments --------------------------------------------------------------------------

        /// <summary>Comment-section headings and prompts ("12 Comments", "Leave a Reply", "Join the conversation").</summary>
        public static readonly TieredRegex Comments = new TieredRegex(
            @"^(\d+\s+)?(comments?|responses?|replies|reader comments)(\s*\(\d+\))?\s*:?$|^(leave|post|add|write|submit) (a|your) (comment|reply|response)\b|" +
            @"^(join|start) the (conversation|discussion)\b|^(show|view|load|see|read) (all )?(\d+ )?(comments|replies)\b|^comments (are|have been) (closed|disabled)|" +
            @"^\d+ (comments?|responses?|replies|thoughts|reactions) (on|to)\b|^(reply|report comment|report abuse|reply ↓|log in to reply|upvote|downvote)$|^rating: -?\d+ votes?$|^\d+ (likes?|points?|votes?|upvotes?)$|" +
            @"^[^.!?,]{1,40}\s(says|writes|commented)\s*:$|^[^.!?]{1,50} on [^.!?]{5,40}\b\d{1,2}:\d{2}\s*(am|pm)?(\s*(said|says):?)?$|^you must be logged in to post a comment|^your email address will not be published|^(be the first to comment|no comments yet)|" +
            @"^(Kommentare?|Kommentieren|Commentaires?|Réagir|Comentarios?|Comentários?|Commenti|Комментарии|Комментариев|टिप्पणियाँ|التعليقات|评论|コメント)(\s*\(\d+\))?\s*:?$",
            Opt);

        /// <summary>
        /// The heading over a list of comments that names the article ("59 Comments on “Headline”", "12 thoughts on
        /// “Headline”", "3 Responses to ..."): printed only where the comments start, never in a header, so it ends the story
        /// however long the discussion after it.
        /// </summary>
        public static readonly TieredRegex CommentListHeading = new TieredRegex(@"^\d+ (comments?|responses?|replies|thoughts|reactions) (on|to)\b", Opt);

        /// <summary>A bare comment count: "33 Comments", "1 comment", "No Comments" (a link in an article's header or a section heading).</summary>
        public static readonly TieredRegex CommentCount = new TieredRegex(@"^(\d+|no)\s+(comments?|responses?|replies)$", Opt);

        // ---- Code -------------------------------------------------------------------------------

        /// <summary>
        /// A line of source code or a shell session, as a listing prints it line by line: a comment or prompt line ("# install
        /// it", "// then", "-- query", "$ git init"), a lone closing bracket, a call with its arguments against the bracket ("COUNT(o.id)", "print(x)", not "reply to( Show )"), a line
        /// ending in '{', or in ';' with a dotted name or a bracket or '=' in it ("GROUP BY u.id;", not a rules list's
        /// "contains spam;"), or an assignment or arrow operator between spaces.
        /// </summary>
        public static readonly TieredRegex CodeLine = new TieredRegex(
            @"^(?:#|//|--|/\*|\$|>>>)\s\S|^[}\])]+[;,]?$|[A-Za-z_][\w.]*\((?:[^()\s][^()]*)?\)|\{\s*$|^(?=.*(?:\w\.\w|[{}=\[\]])).*;\s*$|\s(?:=|==|===|!=|=>|->|:=|\+=|\|\|)\s",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>
        /// Whether <see cref="CodeLine"/> can match at all, by the characters each of its branches needs (an opening
        /// '#', '/', '-', '$', '>' or closing bracket; a last '{', ';' or ','; a '(', '=', "->" or "||" inside): most prose
        /// lines have none, and the regex tries every branch at every position.
        /// </summary>
        public static bool MayBeCodeLine(string t)
        {
            if (t.Length == 0) return false;
            if ("#/-$>}])".IndexOf(t[0]) >= 0) return true;
            int end = t.Length - 1;
            while (end > 0 && char.IsWhiteSpace(t[end])) end--;
            if ("{;,".IndexOf(t[end]) >= 0) return true;
            return t.IndexOf('(') >= 0 || t.IndexOf('=') >= 0 || t.IndexOf("->", StringComparison.Ordinal) >= 0 || t.IndexOf("||", StringComparison.Ordinal) >= 0;
        }

        // ---- Advertisement ---------------------------------------------------------------------

        /// <summary>Ad slot labels ("Advertisement", "Sponsored", "Scroll to continue with content").</summary>
        public static readonly TieredRegex Advertisement = new TieredRegex(
            @"^(advertisement|advertising|advert|ad|ads|sponsored|sponsored content|paid content|paid post|promoted( content)?|partner content|story continues (below|after) (this )?(advertisement|ad)|" +
            @"scroll (down )?to continue( with content| reading)?|continue reading below|article continues below( this ad)?|" +
            @"Anzeige|Werbung|Publicité|Publicidad|Publicidade|Pubblicità|Реклама|विज्ञापन|إعلان|广告|広告)\s*[-:]?$",
            Opt);

        // ---- Navigation ------------------------------------------------------------------------

        /// <summary>Menu and control labels that are never story ("Skip to content", "Back to top", "Load more").</summary>
        public static readonly TieredRegex Navigation = new TieredRegex(
            @"^(home|menu|search|close|open|toggle navigation|main menu|navigation|skip to (main )?content|skip navigation|back to top|top|next|previous|prev|back|" +
            @"load more|show more|view more|see more|see all|view all|more stories|sign in|log ?in|log ?out|sign up|register|my account|account|profile|settings|" +
            @"subscribe|contact us|about us|privacy policy|terms of (use|service)|terms and conditions|sitemap|site map|help|" +
            @"close modal|close dialog|expand all|collapse all|show all|show less|read less|open menu|close menu|dismiss|" +
            @"Startseite|Suche|Zurück|Weiter|Anmelden|Abmelden|Accueil|Rechercher|Connexion|Se connecter|Inicio|Buscar|Iniciar sesión|Entrar|Início|Pesquisar|" +
            @"Cerca|Accedi|Главная|Поиск|Войти|मुख्य पृष्ठ|होम|الرئيسية|首页|ホーム)\s*[»›>]*$|" +
            @"^([\w&'. ]{1,25}\s*(>|»|›)\s*){2,}[\w&'. ]{1,40}$|" +
            // A text browser's form controls with no label: "(BUTTON)", "(BUTTON) (BUTTON)", a text field "_____".
            @"^(\(BUTTON\)|_{5,})(\s+(\(BUTTON\)|_{5,}))*$",
            Opt);

        // ---- Bylines and datelines -------------------------------------------------------------

        /// <summary>
        /// A byline: "By Jane Doe", "By Jane Doe and John Roe, Reporters", "Von Anna Schmidt", "Par Jean Dupont", and
        /// "ByJane Doe" (a scraper that dropped the space between two elements; only "By" is read glued).
        /// Group "names" holds the name part.
        /// </summary>
        public static readonly TieredRegex Byline = new TieredRegex(
            @"^(?i:(written |reported |story |text )?(by|von|par|por|di|door|автор:?|текст:?|लेखक:?|بقلم|文[/:：]|記者[:：]?))\s*:?(?:\s+|(?<=[Bb][Yy])(?=\p{Lu}\p{Ll}))(?<names>[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]*(\s+([\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]*|van|von|de|der|da|di|del|la|le|bin|al|el|dos|du)){0,3}((\s*,\s*|\s+(and|und|et|y|e|и)\s+|\s*&\s*)[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]*(\s+([\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]*|van|von|de|der|da|di|del|la|le|bin|al|el|dos|du)){0,3}){0,4})" +
            @"(\s*(,|\||–|—|-|·|•)\s*.{0,60})?$",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>A timestamp line: "Published: ...", "Updated 3 hours ago", "Last modified on ...".</summary>
        public static readonly TieredRegex TimestampLabel = new TieredRegex(
            @"^(published|updated|posted|last updated|last modified|first published|modified|date|created|" +
            @"veröffentlicht|aktualisiert|Stand|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|опубликовано|обновлено|प्रकाशित|अपडेटेड|نشر|更新|发布|公開)\b\s*(:|：|on\b|at\b|am\b|le\b|el\b|em\b|il\b|\d|-|–|\|)\s*.{0,70}$",
            Opt);

        /// <summary>Relative times that stand alone ("3 hours ago", "5 min read", "2 days ago").</summary>
        public static readonly TieredRegex RelativeTime = new TieredRegex(
            @"^(about |updated |posted )?(\d+|an?|one)\s*(s|sec|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|weeks?|months?|years?)\s+ago$|^\d+\s*(min|minute)s?\s+(read|lesezeit|de lecture|de lectura)$|^(vor \d+ (Minuten|Stunden|Tagen))$|^(il y a \d+ (minutes?|heures?|jours?))$|^(hace \d+ (minutos?|horas?|días?))$",
            Opt);

        /// <summary>An agency dateline opening a story: "WASHINGTON (Agency) -", "PARIS, May 17 (Agency) —".</summary>
        public static readonly TieredRegex AgencyDateline = new TieredRegex(
            @"^(?<place>[\p{Lu}][\p{Lu}\p{M} .'\-]{1,30}(,\s*[\p{L}. ]{2,20})?)(,\s*(?<date>[\p{L}.]{3,10}\s+\d{1,2}|\d{1,2}\s+[\p{L}.]{3,10}))?\s*\((?<agency>[\p{Lu}][\p{L}&. \-]{0,30})\)\s*[-–—:]\s+",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>What makes a string of figures a date: a year (1900-2099), a clock time, or a month name.</summary>
        public static readonly TieredRegex DateAnchor = new TieredRegex(
            @"\b(19|20)\d\d\b|\b\d{1,2}:\d\d\b|\b(" + MetaDateWords.EnglishMonthStems(false) + @"|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)|[年月日]|\b(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b",
            Opt);

        /// <summary>Month and weekday names and time words removed to test whether a line is a bare date.</summary>
        public static readonly TieredRegex DateWords = new TieredRegex(
            @"\b(" + MetaDateWords.EnglishMonthAlternation() + "|" +
            @"mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|a\.m|p\.m|et|est|edt|pt|pst|pdt|gmt|utc|ist|cet|cest|bst|aest|jst|" +
            @"januar|februar|märz|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|uhr|" +
            @"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|" +
            @"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|" +
            @"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|" +
            @"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|" +
            @"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|" +
            @"de|del|le|der|den|at|on|um|à|às|the|of|h|hrs|年|月|日|时|時|分)\b\.?",
            Opt);
        // ---- Keyword gates ---------------------------------------------------------------------
        // Unanchored alternations are slow to scan; a block must hold one of these lower-case keys
        // before the matching regex runs. Each list covers every alternative of its regex. One pass of
        // Text/PhraseGates finds the gates a line passes (a key anywhere in it, lower-cased, opens its gate).

        /// <summary>Gate for <see cref="SubscriptionTerms"/>.</summary>
        public static readonly string[] SubscriptionKeys =
        {
            "renew", "bill", "charg", "cancel", "subscri", "plan", "offer", "trial", "free", "edition", "abonn", "abo", "kündbar", "engagement", "suscri",
            "assin", "assine", "abbona", "подпис", "best value", "try", "get ", "testen", "s'abonner", "m'abonne",
        };

        /// <summary>Gate for <see cref="Disclaimer"/>.</summary>
        public static readonly string[] DisclaimerKeys =
        {
            "disclaim", "editor", "note", "feed", "edited", "headline", "heading", "image", "journalist", "staff", "reporter", "views", "opinion", "author",
            "reflect", "appeared", "published", "affiliate", "commission", "inputs", "agenc", "wires", "haftung", "hinweis", "avertissement",
            "responsabilit", "aviso", "descargo", "отказ", "informational", "intended", "constitute", "reproduc", "without",
        };

        /// <summary>Gate for <see cref="Cookie"/>.</summary>
        public static readonly string[] CookieKeys =
        {
            "cookie", "クッキー", "куки", "本网站使用", "continu", "agree", "accept", "akzept", "acept", "consent", "manage", "privacy", "got it", "reject", "decline", "allow",
        };

        /// <summary>Gate for <see cref="CookieWord"/>: its alternatives, lower case (a line that holds none in any case never names cookies).</summary>
        public static readonly string[] CookieWordKeys = { "cookie", "クッキー", "куки" };

        /// <summary>Gate for <see cref="ContactLabel"/> (besides '@' and long digit runs).</summary>
        public static readonly string[] ContactKeys = { "phone", "fax", "mail", "tel", "call us", "customer service", "contact", "hotline", "whatsapp", "телефон", "teléfono", "téléphone" };

        /// <summary>Gate for <see cref="Newsletter"/>.</summary>
        public static readonly string[] NewsletterKeys =
        {
            "sign up", "subscri", "regist", "inbox", "newsletter", "mail", "app", "google play", "thank", "signed", "abonn", "inscri", "suscri", "inscrev",
            "assine", "iscriviti", "подпиш", "рассылк", "boletín", "briefing", "digest", "alert",
        };

        /// <summary>
        /// Gate for <see cref="Comments"/>, one key from each alternative's words (the commenter's line
        /// "Jane on May 2, 2025 at 10:42 am" is let through by " on " with a ':', see <see cref="CommentsTimeKeys"/>).
        /// </summary>
        public static readonly string[] CommentsKeys =
        {
            "comment", "respons", "repl", "conversation", "discussion", "thought", "reaction", "report", "vote", "like", "point", "says", "writes",
            "publish", "komment", "agir", "coment", "коммент", "टिप्पणियाँ", "التعليقات", "评论", "コメント",
        };

        /// <summary>Gate for <see cref="Related"/>: one key from the words of each of its alternatives.</summary>
        public static readonly string[] RelatedKeys =
        {
            "read", "also", "watch", "more", "related", "recommend", "you m", "most", "trending", "top stories", "latest", "t miss", "s pick",
            "popular", "next", "previous", "in other", "in case", "catch up", "recent posts", "in this series", "lesen sie", "interes", "mehr zum",
            "weitere artikel", "meistgelesen", "empfohlen", "lire ", "voir aussi", "sujet", "plus lus", "tamb", "leer m", "noticias", "lo m",
            "relacionad", "leia", "lidas", "saiba", "leggi", "letti", "correlati", "читайте", "похожие", "самое", "по теме", "यह भी पढ़ें",
            "ये भी पढ़ें", "इसे भी पढ़ें", "संबंधित खबरें", "اقرأ أيضا", "اقرأ المزيد", "أخبار ذات صلة", "相关阅读", "延伸阅读", "相关新闻", "推荐阅读", "関連記事",
            "あわせて読みたい", "おすすめ記事",
        };

        /// <summary>Gate for <see cref="Copyright"/>: the sign, the word, or a word of each language's "all rights reserved".</summary>
        public static readonly string[] CopyrightKeys =
        {
            "©", "(c)", "\u24D2", "copyright", "rights reserved", "rechte", "droits", "derechos", "direitos", "diritti", "права", "सर्वाधिकार", "جميع", "版权所有", "無断転載",
        };

        /// <summary>The two keys (both needed) of the commenter-and-time alternative of <see cref="Comments"/>.</summary>
        public static readonly string[] CommentsTimeKeys = { " on ", ":" };

        /// <summary>Gate for <see cref="Credit"/>.</summary>
        public static readonly string[] CreditKeys =
        {
            "photo", "image", "picture", "illustr", "graphic", "video", "credit", "source", "foto", "bild", "crédit", "фото", "изображ", "तस्वीर", "फोटो",
            "صورة", "写真", "图", "摄影", "getty", "shutterstock", "istock", "alamy", "courtesy",
        };
    }
}
