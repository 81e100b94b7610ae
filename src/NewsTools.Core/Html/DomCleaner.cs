using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Heuristics;
using NewsTools.Html.Locating;
using NewsTools.Pipeline;
using NewsTools.Text;
using NewsTools.Walls;

namespace NewsTools.Html
{
    /// <summary>
    /// First stage: marks non-content nodes as removed (scripts and styles silently; hidden markup, menus,
    /// ads, share bars, related lists, cookie and newsletter boxes, comments with a reason). One pre-order
    /// pass over the <see cref="DomIndex"/>; the DOM itself is left untouched.
    /// </summary>
    /// <summary>What the name rules say of one class/id string; the same string recurs on many elements of a page.</summary>
    internal readonly struct NameVerdict
    {
        public NameVerdict(bool strong, bool paywall, RemovalReason reason, string? rule, RemovalReason smallReason, string? smallRule)
        {
            Strong = strong;
            Paywall = paywall;
            Reason = reason;
            Rule = rule;
            SmallReason = smallReason;
            SmallRule = smallRule;
        }

        public bool Strong { get; }
        public bool Paywall { get; }
        public RemovalReason Reason { get; }
        public string? Rule { get; }
        public RemovalReason SmallReason { get; }
        public string? SmallRule { get; }
    }

    internal sealed class DomCleaner
    {
        private readonly DomIndex _index;
        private readonly TextScratch _scratch;
        private readonly ExtractionOptions _options;
        private readonly ContentFindings _found = new ContentFindings();
        private readonly NameCache<NameVerdict> _nameVerdicts;
        private readonly HashSet<int> _userRemoved;
        /// <summary>The user's content container (first ContentSelector that matches): it and its ancestors are never removed.</summary>
        private readonly int _userContainer;
        private readonly int _pageText;
        private readonly int _pageParaText;
        /// <summary>Second attempt after the first found almost nothing: only markup that is certainly not text goes.</summary>
        private readonly bool _relaxed;
        /// <summary>Paywall-named elements recorded so far (see <see cref="RecordPaywallMarkup"/>).</summary>
        private int _markupSeen;

        /// <summary>The page type's profile: what this kind of page keeps that an article drops.</summary>
        private readonly ExtractionProfile _profile;

        public DomCleaner(PageContext page, bool relaxed = false, ExtractionProfile? profile = null)
        {
            _profile = profile ?? ExtractionProfile.For(PageType.Article);
            _relaxed = relaxed;
            _index = page.Index;
            _scratch = page.Scratch;
            _options = page.Options;
            _pageText = Math.Max(1, _index.Text[0]);
            _pageParaText = Math.Max(1, _index.ParaText[0]);
            _userContainer = page.Selectors.Container;
            _userRemoved = page.Selectors.Removed;
            _nameVerdicts = page.CleanerNames;
        }

        /// <summary>Runs the pass, re-aggregates the index without the removed subtrees, and returns what was removed.</summary>
        public ContentFindings Clean()
        {
            DomIndex ix = _index;
            int user = _userContainer;
            int i = 1; // 0 is the root (body): never removed.
            while (i < ix.Count)
            {
                if (ix.Removed[i]) { i = ix.End[i]; continue; }
                IElement el = ix.Elements[i];
                string tag = el.LocalName;
                if (user >= 0 && ix.Contains(i, user)) { i++; continue; }
                // Lazy-loading pages put the real <img> in <noscript>: keep a text-free noscript when images are wanted.
                if (tag == "noscript" && _options.IncludeImages && ix.Text[i] == 0)
                {
                    i++;
                    continue;
                }
                // The no-script rendition of a script-built page (forum software prints its posts there for crawlers).
                if (tag == "noscript" && _profile.KeepsNoscriptContent && ix.Text[i] >= ProfileThresholds.NoscriptContentMinText)
                {
                    i++;
                    continue;
                }
                if (HtmlTagSets.DropSilently.Contains(tag))
                {
                    ix.MarkRemoved(i);
                    i = ix.End[i];
                    continue;
                }
                if (_userRemoved.Count > 0 && _userRemoved.Contains(i))
                {
                    Remove(i, RemovalReason.UserRule, "RemoveSelector");
                    i = ix.End[i];
                    continue;
                }
                (RemovalReason Reason, string Rule)? verdict = Judge(i, el, tag);
                if (verdict.HasValue)
                {
                    Remove(i, verdict.Value.Reason, verdict.Value.Rule);
                    i = ix.End[i];
                    continue;
                }
                i++;
            }
            ix.Aggregate();
            return _found;
        }

        private (RemovalReason, string)? Judge(int i, IElement el, string tag)
        {
            DomIndex ix = _index;
            int text = ix.Text[i];
            bool big = text >= HtmlThresholds.GuardMinText && (double)text / _pageText > HtmlThresholds.MaxRemovableShare
                // Most of the page's paragraph prose: the story, whatever its wrapper is called.
                || ix.ParaText[i] >= HtmlThresholds.GuardMinText && ix.ParaText[i] > HtmlThresholds.MaxRemovableParaShare * _pageParaText;

            // Paywall markup is evidence wherever it sits (the story's own wrapper included), whatever happens to the element.
            KeyAttributes attributes = KeyAttributes.Of(el);
            string names = ix.Names(i, attributes);
            NameVerdict v = names.Length == 0 ? default : JudgeNames(names);
            if (v.Paywall) RecordPaywallMarkup(i, names);

            // Hidden markup: the hidden attribute, aria-hidden, inline display:none.
            bool hiddenAttribute = attributes.Hidden || attributes.AriaHidden == "true";
            string? style = hiddenAttribute ? null : attributes.Style;
            if (hiddenAttribute || (style != null && style.Length > 6 && HtmlBoilerplatePatterns.HiddenStyle.IsMatch(style)))
            {
                RecordHiddenProse(i, hiddenAttribute ? "the hidden attribute" : "an inline style");
                if (!big) return hiddenAttribute ? (RemovalReason.Hidden, "hidden-attribute") : (RemovalReason.Hidden, "hidden-style");
            }

            if (_relaxed) return tag == "figcaption" ? (RemovalReason.Caption, "figcaption") : ((RemovalReason, string)?)null;

            switch (tag)
            {
                case "figcaption":
                    return (RemovalReason.Caption, "figcaption");
                // AMP components: ad slots, the slide-in menu, the consent prompt.
                case "amp-ad":
                case "amp-embed":
                case "amp-sticky-ad":
                case "amp-auto-ads":
                    return (RemovalReason.Advertisement, "amp-ad");
                case "amp-sidebar":
                    return (RemovalReason.Navigation, "amp-sidebar");
                case "amp-consent":
                    return (RemovalReason.Cookie, "amp-consent");
                case "amp-analytics":
                case "amp-pixel":
                    return (RemovalReason.Boilerplate, "amp-analytics");
                case "time":
                    {
                        // A timestamp standing alone on its line (live-blog post times, "Updated 10:42"), not a
                        // date inside a sentence.
                        int parent = ix.Parent[i];
                        // On a thread the post times are its author-and-date lines, kept with each post.
                        if (parent >= 0 && text <= 60 && ix.Text[parent] <= text + 12 && !_profile.KeepsCommentNamed) return (RemovalReason.Dateline, "time-element");
                        break;
                    }
                case "nav":
                    if (!big) return (RemovalReason.Navigation, "nav-element");
                    break;
                case "aside":
                    if (!big) return (RemovalReason.Related, "aside-element");
                    break;
                case "footer":
                    if (!big) return (RemovalReason.Boilerplate, "footer-element");
                    break;
                case "form":
                    // Some thread software prints each post's body inside its inline edit form (a "usertext" form
                    // around the post's paragraphs): on a thread a form holding paragraphs is a post, not a search or login box.
                    if (_profile.KeepsCommentNamed && ix.ParaText[i] >= ProfileThresholds.MinPostText) break;
                    if (!big) return (RemovalReason.Boilerplate, "form-element");
                    break;
            }

            // Story-level elements are judged by their content, never by their names.
            if (tag == "article" || tag == "main") return null;

            string? role = attributes.Role;
            if (role != null)
            {
                RemovalReason? byRole = HtmlBoilerplatePatterns.RoleReason(role.Trim().ToLowerInvariant());
                if (byRole.HasValue && !big) return (byRole.Value, "role=" + role);
            }

            if (names.Length == 0) return null;

            // The story container itself is never removed by a name rule.
            if (v.Strong) return null;
            if (big) return null;
            bool small = text <= HtmlThresholds.MaxSmallItemText;

            if (v.Paywall)
            {
                // A paywall wrapper may hold the paid paragraphs themselves: only short prompts go.
                if (small) return (RemovalReason.Paywall, "paywall-name");
                return null;
            }
            // A thread's posts and replies are its content; its signatures and Reply buttons are not.
            if (_profile.KeepsCommentNamed && small && ProfilePatterns.ForumChrome.IsMatch(names)) return (RemovalReason.Boilerplate, "forum-chrome-name");
            // A documentation page's table of contents and sidebar tree repeat its headings and its site's map.
            if (_profile.DropsDocsChrome && ProfilePatterns.DocsChrome.IsMatch(names)) return (RemovalReason.Navigation, "docs-chrome-name");
            // Except the short remarks listed under a question or an answer of a Q&A thread, which are not its posts.
            if (v.Reason == RemovalReason.Comments && v.Rule != null && _profile.KeepsCommentNamed && QaThread.InsidePost(ix, i)) return (RemovalReason.Comments, "qa-remarks-name");
            if (v.Reason == RemovalReason.Comments && v.Rule != null && _profile.KeepsCommentNamed) return null;
            // A product page's customer reviews are what buyers wrote, not the product's description.
            if (_profile.DropsReviews && ProfilePatterns.ProductReviews.IsMatch(names)) return (RemovalReason.Comments, "product-reviews-name");
            if (v.Rule != null)
            {
                if (v.Reason == RemovalReason.Hidden) RecordHiddenProse(i, "a class");
                return (v.Reason, v.Rule);
            }
            if (small && v.SmallRule != null) return (v.SmallReason, v.SmallRule);
            return null;
        }

        /// <summary>
        /// Runs the name regexes once per distinct class/id string (remembered across the extractor's pages, through a cache
        /// of the page's own names that every cleaning pass of the page shares): pages repeat the same few class lists on
        /// hundreds of elements, and sites on every page.
        /// </summary>
        private NameVerdict JudgeNames(string names) => _nameVerdicts.Get(names);

        internal static NameVerdict ComputeVerdict(string names)
        {
            bool paywall = HtmlBoilerplatePatterns.Paywall.IsMatch(names);
            if (HtmlBoilerplatePatterns.StrongContent.IsMatch(names)) return new NameVerdict(true, paywall, default, null, default, null);
            if (paywall) return new NameVerdict(false, true, default, null, default, null);
            (RemovalReason reason, string? rule) = FirstNameRule(names);
            (RemovalReason smallReason, string? smallRule) = rule != null ? (default(RemovalReason), (string?)null) : FirstSmallItemRule(names);
            return new NameVerdict(false, false, reason, rule, smallReason, smallRule);
        }

        private static (RemovalReason, string?) FirstNameRule(string names)
        {
            if (HtmlBoilerplatePatterns.Comments.IsMatch(names)) return (RemovalReason.Comments, "comments-name");
            if (HtmlBoilerplatePatterns.Cookie.IsMatch(names)) return (RemovalReason.Cookie, "cookie-name");
            if (HtmlBoilerplatePatterns.Newsletter.IsMatch(names)) return (RemovalReason.Newsletter, "newsletter-name");
            if (HtmlBoilerplatePatterns.Share.IsMatch(names)) return (RemovalReason.Share, "share-name");
            if (HtmlBoilerplatePatterns.Advertisement.IsMatch(names)) return (RemovalReason.Advertisement, "ad-name");
            if (HtmlBoilerplatePatterns.Related.IsMatch(names)) return (RemovalReason.Related, "related-name");
            if (HtmlBoilerplatePatterns.Promotion.IsMatch(names)) return (RemovalReason.Promotion, "promotion-name");
            if (HtmlBoilerplatePatterns.Navigation.IsMatch(names)) return (RemovalReason.Navigation, "navigation-name");
            if (HtmlBoilerplatePatterns.Footer.IsMatch(names)) return (RemovalReason.Boilerplate, "footer-name");
            if (HtmlBoilerplatePatterns.Hidden.IsMatch(names)) return (RemovalReason.Hidden, "hidden-name");
            return (default, null);
        }

        /// <summary>Rules that apply only to small items (credits, captions, bylines, datelines).</summary>
        private static (RemovalReason, string?) FirstSmallItemRule(string names)
        {
            if (HtmlBoilerplatePatterns.Credit.IsMatch(names)) return (RemovalReason.Credit, "credit-name");
            if (HtmlBoilerplatePatterns.Caption.IsMatch(names)) return (RemovalReason.Caption, "caption-name");
            if (HtmlBoilerplatePatterns.Byline.IsMatch(names)) return (RemovalReason.Byline, "byline-name");
            if (HtmlBoilerplatePatterns.Dateline.IsMatch(names)) return (RemovalReason.Dateline, "dateline-name");
            return (default, null);
        }

        /// <summary>
        /// Records a paywall-named element as evidence: empty (a modal the script fills only when the wall applies), holding
        /// story prose (the paid part, marked), or a widget. A page nests vendor markup deeply: the first few are enough.
        /// </summary>
        private void RecordPaywallMarkup(int i, string names)
        {
            if (_markupSeen >= HtmlThresholds.MaxPaywallMarkup) return;
            _markupSeen++;
            DomIndex ix = _index;
            // Story prose in an element the site itself names as paid ("paywall", "premium-content": the target of a
            // hasPart cssSelector) is marked; in a vendor's wrapper, which wraps free posts too, it is only markup.
            PaywallSignal signal = ix.Text[i] == 0 ? PaywallSignal.EmptyMarkup
                : ix.ParaText[i] >= HtmlThresholds.MarkedProseMin && HtmlBoilerplatePatterns.PaidProse.IsMatch(names) && !HtmlBoilerplatePatterns.PaywallVendor.IsMatch(names) ? PaywallSignal.MarkedProse : PaywallSignal.Markup;
            _found.Paywall.Add(new PaywallFinding(signal, "class/id: " + TextUtil.Truncate(names, 120), ElementPath.Of(ix, i), i));
        }

        /// <summary>Story prose hidden by CSS (how some paywalls keep the paid part out of sight) is evidence of shape.</summary>
        private void RecordHiddenProse(int i, string by)
        {
            DomIndex ix = _index;
            if (ix.ParaText[i] < HtmlThresholds.HiddenProseMin || _found.Paywall.Count >= HtmlThresholds.MaxPaywallMarkup) return;
            _found.Paywall.Add(new PaywallFinding(PaywallSignal.HiddenProse, ix.ParaText[i] + " characters of paragraphs hidden by " + by, ElementPath.Of(ix, i), i));
        }

        private void Remove(int i, RemovalReason reason, string rule)
        {
            DomIndex ix = _index;
            bool hasText = ix.Text[i] > 0;
            ix.MarkRemoved(i);
            if (!hasText) return;
            IElement el = ix.Elements[i];
            if (reason == RemovalReason.Comments)
            {
                CommentsExtractor.Collect(el, _found.Comments);
            }
            string lines = TextUtil.VisibleLines(ix, i, false);
            string text = _scratch.Collapse(lines);
            if (text.Length == 0) return;
            if (reason == RemovalReason.Caption || reason == RemovalReason.Credit)
            {
                _found.Captions.Add(text);
            }
            string location = ElementPath.Of(ix, i);
            string shown = TextUtil.Truncate(text, HtmlThresholds.RemovedTextMax);
            _found.Removed.Add(new RemovedBlock(shown, reason, location, rule));
            // A box a wall may sit in (a paywall, offer or promotion box, an unnamed block, the user's) is read line by line for the prompts it shows.
            if (PaywallDetector.MayHoldWall(reason, rule)) PaywallDetector.ReadBox(lines, location, i, _found.Paywall);
            _options.Log?.Invoke("Removed " + location + " (" + reason + ", " + rule + "): " + TextUtil.Truncate(text, 80));
        }
    }
}
