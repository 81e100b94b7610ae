using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// Class/id/role names that mark page chrome, each mapped to a removal reason. Matched against the
    /// lower-cased "class id" string of an element; a name must start at a word edge (start, space, '-' or
    /// '_') so "unrelated" or "download" do not fire. Lists distilled from trafilatura's
    /// OVERALL_DISCARD_XPATH / COMMENTS_DISCARD_XPATH and Readability's unlikelyCandidates, rewritten as
    /// edge-anchored names; no site, domain or publication is named here.
    /// </summary>
    internal static class HtmlBoilerplatePatterns
    {
        private const RegexOptions Opts = RegexOptions.Compiled | RegexOptions.CultureInvariant;
        private const string Edge = @"(?:^|[\s_-])";
        private const string End = @"(?:$|[\s_-])";

        /// <summary>
        /// Builds a name rule: distinctive names match at a word edge inside a longer class ("post-share-bar"),
        /// ambiguous words only as a whole class token ("hidden" but not "field--label-hidden").
        /// </summary>
        private static TieredRegex Names(string edgeNames, string tokenNames, string extra = "")
        {
            string pattern = Edge + "(?:" + edgeNames + ")" + End + "|(?:^|\\s)(?:" + tokenNames + ")(?:$|\\s)" + extra;
            return new TieredRegex(pattern, Opts);
        }

        /// <summary>Menus, breadcrumbs, pagers, tag clouds, skip links: site navigation.</summary>
        public static readonly TieredRegex Navigation = Names(
            @"nav|navbar|navigation|navlinks|menu|menus|mainmenu|submenu|subnav|breadcrumbs?|bread-?crumbs?|pagination|pager|skip-?link|skip-to|tag-?list|tagcloud|tag-?cloud|post-?tags|entry-?tags|article-?tags|topics-?list|cat-?links|tags-?links|toolbar|masthead|site-?header|global-?header|header-?nav|topbar|top-?bar|mega-?menu|off-?canvas|jump-?to",
            @"crumbs|drawer|controls|counter|slideshow-?controls|carousel-?controls|gallery-?nav",
            // Taxonomy words only as a whole token or with a container suffix: WordPress puts "category-news"
            // and "tag-economy" on the post element itself.
            @"|(?:^|\s)(?:[a-z0-9]+[-_])?(?:tags|categories|keywords|topics)(?:$|\s|[-_](?:list|links|wrap|wrapper|container|box|area|section|bar|cloud))");

        /// <summary>
        /// Ad slots and sponsored units (ad servers, native-ad widgets). "adv" (Italian and Spanish slot names) but not
        /// "adv-heading": WordPress page builders' "advanced heading" blocks (kt-adv-heading123_...) hold headings and text.
        /// </summary>
        public static readonly TieredRegex Advertisement = Names(
            @"ad|ads|adv(?!-heading)|advert|adverts|advertisement|advertising|advertorial|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|ad-?banner|adsbygoogle|adsense|dfp|gpt-ad|doubleclick|outbrain|taboola|sponsor|sponsored|sponsors|banner-?ad|leaderboard|skyscraper|dable|revcontent|mgid|zergnet|teads",
            @"commercial|mpu|billboard");

        /// <summary>"Related", "recommended", "most read" lists and next/previous story teasers.</summary>
        public static readonly TieredRegex Related = Names(
            @"related|relatedposts|related-?posts|related-?articles|related-?stories|related-?content|related-?links|recommended|recommendations?|recirc|recirculation|more-?stories|more-?articles|more-?news|also-?read|read-?also|read-?next|up-?next|next-?article|next-?post|prev-?post|previous-?post|post-?navigation|most-?popular|most-?read|mostread|you-?may-?like|yarpp|jp-relatedposts|crp_related|side-?stories|teaser-?list|further-?reading|sidebar|right-?rail|left-?rail",
            @"popular|trending|suggested|rail|widget-?area",
            // "widget" only as the element's first class (WordPress sidebar widgets, xpaths.py starts-with(@class, "widget")):
            // page builders call every content module "...-widget-...".
            "|^widgets?(?:$|\\s|-|_[a-z])");

        /// <summary>Share bars and follow prompts.</summary>
        public static readonly TieredRegex Share = Names(
            @"share|shares|sharing|share-?bar|share-?buttons|share-?tools|social|socials|social-?share|social-?links|sociable|addthis|sharethis|sharedaddy|follow-?us|print-?share|article-?tools|article-?actions|post-?actions|utility-?bar",
            @"tools");

        /// <summary>Newsletter, app and account sign-up boxes.</summary>
        public static readonly TieredRegex Newsletter = Names(
            @"newsletter|newsletters|signup|sign-?up|subscribe|optin|opt-?in|mailchimp|mc4wp|email-?capture|app-?promo|download-?app|inline-?signup",
            @"subscription");

        /// <summary>House promotions: app, event and product promos, "partner content" boxes.</summary>
        public static readonly TieredRegex Promotion = Names(
            @"promo|promos|promotion|promotions|promo-?box|promo-?banner|house-?ad|partner-?content|affiliate-?box|cta-?box|call-?to-?action",
            @"cta");

        /// <summary>Cookie, consent and GDPR banners.</summary>
        public static readonly TieredRegex Cookie = Names(
            @"cookie|cookies|cookie-?banner|cookie-?notice|cookie-?consent|gdpr|onetrust|privacy-?banner|cc-?banner|cc-?window|consent-?banner|consent-?manager",
            @"consent|cmp");

        /// <summary>Reader comments, comment forms and reply threads.</summary>
        public static readonly TieredRegex Comments = Names(
            @"comment|comments|commentlist|comment-?list|comments-?area|comment-?form|comment-?respond|disqus|disqus_thread|akismet|nocomments",
            @"respond|replies|reply|discussion|talk");

        /// <summary>
        /// Paywall markup: the generic names (paywall, regwall, meteredContent, premium, subscriber-only) and the class/id
        /// prefixes of the paywall vendors' widgets (Piano/Tinypass, Poool, Pelcro, LaterPay, Zephr, Evolok, Steady).
        /// Passed to the verdict as markup evidence, which counts only beside a declaration or a visible prompt.
        /// </summary>
        public static readonly TieredRegex Paywall = Names(
            @"paywall|paywalled|pay-?wall|pwall|regwall|reg-?wall|subscriber-?only|subscribers-?only|premium-?(?:content|wall|teaser|banner|prompt|gate|gated|locked|only|article)|paid-?content|locked-?content|gated-?content|content-?gate|login-?wall|registration-?wall|metered-?content|meteredcontent|offer-?wall|" +
            @"tp-?modal|tp-?backdrop|tp-?iframe-?wrapper|" + PaywallVendorNames,
            @"meter|metered|premium");

        /// <summary>Class/id prefixes of the paywall vendors' widgets. A vendor wraps free posts too (its script decides).</summary>
        private const string PaywallVendorNames = @"piano|tinypass|poool|pelcro|laterpay|zephr|evolok|steady-?(?:paywall|checkout|widget)";

        /// <summary>Names a site gives its paid prose (the target of a hasPart cssSelector): "paywall", "premium-content", "meteredContent".</summary>
        public static readonly TieredRegex PaidProse = Names(
            @"paywall|paywalled|pay-?wall|regwall|reg-?wall|subscriber-?only|subscribers-?only|premium-?(?:content|gated|locked|only|article)|paid-?content|locked-?content|gated-?content|metered-?content|meteredcontent",
            @"premium|metered");

        /// <summary>A vendor's widget name (see <see cref="Paywall"/>): a story wrapper named so is the vendor's, not the site's marking of paid prose.</summary>
        public static readonly TieredRegex PaywallVendor = Names(PaywallVendorNames, "tp-modal|tp-backdrop");

        /// <summary>Hosts of paywall vendors' scripts (a script loaded from one is markup evidence), with the vendor's name.</summary>
        public static readonly (string Host, string Vendor)[] PaywallScriptHosts =
        {
            ("tinypass.com", "Piano"), ("piano.io", "Piano"), ("poool.fr", "Poool"), ("poool.tech", "Poool"), ("pelcro.com", "Pelcro"),
            ("laterpay.net", "LaterPay"), ("laterpay.com", "LaterPay"), ("zephr.com", "Zephr"), ("zephr.net", "Zephr"),
            ("evolok.net", "Evolok"), ("evolok.com", "Evolok"), ("steadyhq.com", "Steady"),
        };

        /// <summary>Image captions (kept apart from the text, in Captions).</summary>
        public static readonly TieredRegex Caption = Names(
            @"caption|captions|figcaption|wp-caption-text|image-?caption|photo-?caption|img-?caption|media-?caption|caption-?text",
            @"legend");

        /// <summary>Photo and agency credits.</summary>
        public static readonly TieredRegex Credit = Names(
            @"credit|credits|photo-?credit|image-?credit|img-?credit|media-?credit|copyright-?photo|source-?photo",
            @"source");

        /// <summary>Author boxes and bylines (metadata reads them first).</summary>
        public static readonly TieredRegex Byline = Names(
            @"byline|by-?line|author|authors|author-?box|author-?bio|author-?info|about-?author|contributor|post-?author|entry-?author",
            @"writer");

        /// <summary>Date and time stamps and article meta lines.</summary>
        public static readonly TieredRegex Dateline = Names(
            @"dateline|timestamp|pubdate|post-?date|entry-?date|article-?date|publish-?date|published-?date|posted-?on|post-?meta|entry-?meta|article-?meta|meta-?info|info-?line|article-?info|byline-?date",
            @"date|time|published|updated|meta|metadata");

        /// <summary>Page footers and copyright lines.</summary>
        public static readonly TieredRegex Footer = Names(
            @"footer|site-?footer|page-?footer|global-?footer|colophon",
            @"copyright|disclaimer");

        /// <summary>Pop-ups, modals, overlays and print-only or screen-reader-only text.</summary>
        public static readonly TieredRegex Hidden = Names(
            @"visually-?hidden|sr-only|screen-?reader-?text|screen-?reader-?only|screenreader|offscreen|print-?only|noprint|is-?hidden|u-?hidden|js-?hidden",
            @"hidden|hide|d-none|display-?none|invisible|modal|popup|pop-?up|overlay|tooltip|lightbox");

        /// <summary>
        /// Names that mark the story container itself. An element carrying one of these is never removed by
        /// a class rule above (e.g. "article-body has-share-bar" or "post-content comments-open").
        /// </summary>
        public static readonly TieredRegex StrongContent = new TieredRegex(
            @"(?:article-?body|article__body|articlebody|article-?content|article__content|articlecontent|entry-?content|post-?content|post-?body|post__content|story-?body|storybody|story-?content|storycontent|article-?text|articletext|body-?text|main-?content|maincontent|page-?content|rich-?text|text-?content|content-?body|post-?text|field-?body|field-?item)", Opts);

        /// <summary>Inline styles that hide an element.</summary>
        public static readonly TieredRegex HiddenStyle = new TieredRegex(
            @"display\s*:\s*none|visibility\s*:\s*hidden", Opts | RegexOptions.IgnoreCase);

        /// <summary>Readability's positive class weight: names of content wrappers.</summary>
        public static readonly TieredRegex PositiveWeight = new TieredRegex(
            @"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose", Opts);

        /// <summary>Readability's negative class weight: names of chrome wrappers.</summary>
        public static readonly TieredRegex NegativeWeight = new TieredRegex(
            @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|nav|menu|social|newsletter|cookie|teaser|recommend", Opts);

        /// <summary>The reason a class/id string names, checked in the cleaner's order; null when none fits.</summary>
        public static RemovalReason? ReasonForNames(string names)
        {
            if (names.Length == 0) return null;
            if (Comments.IsMatch(names)) return RemovalReason.Comments;
            if (Cookie.IsMatch(names)) return RemovalReason.Cookie;
            if (Newsletter.IsMatch(names)) return RemovalReason.Newsletter;
            if (Share.IsMatch(names)) return RemovalReason.Share;
            if (Advertisement.IsMatch(names)) return RemovalReason.Advertisement;
            if (Related.IsMatch(names)) return RemovalReason.Related;
            if (Promotion.IsMatch(names)) return RemovalReason.Promotion;
            if (Navigation.IsMatch(names)) return RemovalReason.Navigation;
            if (Footer.IsMatch(names)) return RemovalReason.Boilerplate;
            return null;
        }

        /// <summary>ARIA roles of page chrome.</summary>
        public static RemovalReason? RoleReason(string role)
        {
            switch (role)
            {
                case "navigation":
                case "menubar":
                case "menu":
                case "search":
                case "banner":
                    return RemovalReason.Navigation;
                case "complementary":
                    return RemovalReason.Related;
                case "contentinfo":
                    return RemovalReason.Boilerplate;
                case "dialog":
                case "alertdialog":
                case "tooltip":
                    return RemovalReason.Hidden;
                default:
                    return null;
            }
        }
    }
}
