using System.Collections.Generic;
using NewsTools.Json;
using NewsTools.Metadata;

namespace NewsTools.Walls
{
    /// <summary>
    /// What a page declares of its own access: schema.org isAccessibleForFree on the main article (or the page), a
    /// hasPart marked not free with its cssSelector, a microdata isAccessibleForFree meta, and the content tier metas
    /// (article:content_tier). Only the main item counts: a related article in the same graph may be paid while this one
    /// is free.
    /// </summary>
    internal static class PaywallDeclarations
    {
        /// <summary>Content tier metas, in the order they are trusted.</summary>
        private static readonly (string Key, string Source)[] TierKeys =
        {
            ("article:content_tier", "meta article:content_tier"), ("og:content_tier", "meta og:content_tier"),
            ("content_tier", "meta content_tier"), ("content-tier", "meta content-tier"),
        };

        private static readonly (string Key, string Source)[] MicrodataKeys = { ("isaccessibleforfree", "microdata isAccessibleForFree") };

        /// <summary>Reads the declarations into <paramref name="meta"/> (IsAccessibleForFree and the evidence list).</summary>
        public static void Read(ArticleMetadata meta, PageScan scan, JsonNode? article, JsonNode? page)
        {
            List<PaywallFinding> found = meta.PaywallDeclarations;
            JsonNode? item = article ?? page;
            string itemName = article != null ? "json-ld " + TypeOf(article) : "json-ld " + (page != null ? TypeOf(page) : string.Empty);
            bool? free = Flag(JsonLdGraph.GetString(item, "isAccessibleForFree"));
            if (free is null && article != null && page != null)
            {
                free = Flag(JsonLdGraph.GetString(page, "isAccessibleForFree"));
                itemName = "json-ld " + TypeOf(page);
            }
            if (free.HasValue)
            {
                found.Add(new PaywallFinding(free.Value ? PaywallSignal.Free : PaywallSignal.NotFree, "isAccessibleForFree=" + (free.Value ? "true" : "false"), itemName));
                meta.SetSource("IsAccessibleForFree", "json-ld");
            }

            // hasPart: the paid section of a free-to-crawl page ({"isAccessibleForFree": false, "cssSelector": ".paywall"}).
            bool partNotFree = false;
            if (item?["hasPart"] is JsonNode parts)
            {
                foreach (JsonNode part in parts.AsSequence())
                {
                    if (!part.IsObject || Flag(JsonLdGraph.GetString(part, "isAccessibleForFree")) != false) continue;
                    string selector = JsonLdGraph.GetString(part, "cssSelector") ?? string.Empty;
                    found.Add(new PaywallFinding(PaywallSignal.NotFree, "hasPart isAccessibleForFree=false" + (selector.Length > 0 ? " cssSelector=" + selector : string.Empty), itemName + " hasPart"));
                    partNotFree = true;
                    break;
                }
            }

            if (free is null)
            {
                string? micro = scan.First(MicrodataKeys, out string microSource);
                free = Flag(micro);
                if (free.HasValue)
                {
                    found.Add(new PaywallFinding(free.Value ? PaywallSignal.Free : PaywallSignal.NotFree, "isAccessibleForFree=" + (free.Value ? "true" : "false"), microSource));
                    meta.SetSource("IsAccessibleForFree", "microdata");
                }
            }

            string? tier = scan.First(TierKeys, out string tierSource);
            if (tier != null)
            {
                string t = tier.Trim().ToLowerInvariant();
                // "metered" says a meter applies, and a metered article is readable until the limit: it counts only beside a
                // prompt, as markup does.
                PaywallSignal? says = t == "free" || t == "open" ? PaywallSignal.Free
                    : t == "locked" || t == "premium" || t == "paid" || t == "subscriber" || t == "subscribers" || t == "subscription" || t == "registered" || t == "registration" ? PaywallSignal.NotFree
                    : t == "metered" ? PaywallSignal.Markup
                    : (PaywallSignal?)null;
                if (says.HasValue) found.Add(new PaywallFinding(says.Value, "content_tier=" + t, tierSource));
            }

            if (free == false || partNotFree) meta.IsAccessibleForFree = false;
            else if (free == true) meta.IsAccessibleForFree = true;
        }

        private static bool? Flag(string? value)
        {
            if (value is null) return null;
            string f = value.Trim().ToLowerInvariant();
            if (f == "true" || f == "yes" || f == "1") return true;
            if (f == "false" || f == "no" || f == "0") return false;
            return null;
        }

        private static string TypeOf(JsonNode node) => node["@type"]?.AsString() ?? "item";
    }
}
