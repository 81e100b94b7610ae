using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;
using NewsTools.Json;
using NewsTools.Loading;
using NewsTools.Text;
using NewsTools.Walls;

namespace NewsTools.Metadata
{
    /// <summary>Description, image, section, tags and the access declarations: the fields a page declares and shows nowhere else.</summary>
    internal static class DescriptiveReader
    {
        internal static void Read(ArticleMetadata meta, PageScan scan, JsonLdGraph graph, JsonNode? article, Uri? baseUri)
        {
            string? description = scan.First(MetaSources.DescriptionKeys, out string dSource);
            if (description is null && (description = JsonLdGraph.GetString(article, "description")) != null) dSource = "json-ld";
            if (description != null) { meta.Description = TextKeys.Clean(description); meta.SetSource("Description", dSource); }

            string? image = scan.First(MetaSources.ImageKeys, out string iSource);
            if (image is null && article != null && (image = JsonLdGraph.GetUrl(article["image"]) ?? JsonLdGraph.GetUrl(article["thumbnailUrl"])) != null) iSource = "json-ld";
            if (image is null && (image = scan.ImageSrcHref) != null) iSource = "meta";
            if (image != null)
            {
                Uri? abs = UrlResolver.Resolve(baseUri, image);
                if (abs != null) { meta.Image = abs.ToString(); meta.SetSource("Image", iSource); }
            }

            string? section = scan.First(MetaSources.SectionKeys, out string sSource);
            if (section is null && (section = JsonLdGraph.GetString(article, "articleSection")) != null) sSource = "json-ld";
            if (section != null) { meta.Section = TextKeys.Clean(section); meta.SetSource("Section", sSource); }

            // Tags: article:tag repeats one per tag; keywords metas and JSON-LD hold comma lists or arrays.
            string tagSource = string.Empty;
            foreach (string t in scan.All("article:tag")) { AddTags(meta.Tags, t, false); tagSource = "opengraph"; }
            if (meta.Tags.Count == 0 && article?["keywords"] is JsonNode kw)
            {
                foreach (JsonNode k in kw.AsSequence()) if (k.Kind == JsonKind.String) AddTags(meta.Tags, k.Text!, true);
                tagSource = "json-ld";
            }
            if (meta.Tags.Count == 0)
            {
                string? keywords = scan.First(MetaSources.TagKeys, out string kSource);
                if (keywords != null) { AddTags(meta.Tags, keywords, true); tagSource = kSource; }
            }
            if (meta.Tags.Count > 0) meta.SetSource("Tags", tagSource);

            // What the page declares of its access (isAccessibleForFree, hasPart, content tier), for the paywall verdict.
            PaywallDeclarations.Read(meta, scan, article, graph.Page);
        }

        internal static void AddTags(List<string> tags, string value, bool split)
        {
            foreach (string raw in split ? value.Split(',', ';', '|') : new[] { value })
            {
                string t = TextKeys.Clean(raw);
                if (t.Length == 0 || t.Length > 80 || tags.Count >= 50) continue;
                bool seen = false;
                foreach (string e in tags) if (string.Equals(e, t, StringComparison.OrdinalIgnoreCase)) { seen = true; break; }
                if (!seen) tags.Add(t);
            }
        }
    }
}
