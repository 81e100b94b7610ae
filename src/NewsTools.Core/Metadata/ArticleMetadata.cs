using System;
using System.Collections.Generic;
using NewsTools.Walls;

namespace NewsTools.Metadata
{
    /// <summary>Metadata gathered by the HTML or text path, with the source of each field.</summary>
    internal sealed class ArticleMetadata
    {
        public string? Title { get; set; }
        public List<string> Authors { get; } = new List<string>();
        public DateTimeOffset? Published { get; set; }
        public bool PublishedHasTime { get; set; }
        public DateTimeOffset? Modified { get; set; }
        public bool ModifiedHasTime { get; set; }
        /// <summary>schema.org isAccessibleForFree, when the page declares it (false = paywalled).</summary>
        public bool? IsAccessibleForFree { get; set; }

        /// <summary>What the page declares of its access (isAccessibleForFree, hasPart, content tier), as paywall evidence.</summary>
        public List<PaywallFinding> PaywallDeclarations { get; } = new List<PaywallFinding>();

        /// <summary>The main article's JSON-LD articleBody, as declared (script-rendered pages ship the story only there), or null.</summary>
        public string? DeclaredBody { get; set; }

        /// <summary>The page's JSON-LD Product description, as declared (shops often print it only behind a tab, or not at all), or null.</summary>
        public string? DeclaredProductDescription { get; set; }
        public string? SiteName { get; set; }

        /// <summary>HTML: what the markup says of the story's origin (canonical, og:url, source metas, JSON-LD isBasedOn...), for the syndication verdict.</summary>
        public List<Syndication.SyndicationDeclaration> SyndicationDeclarations { get; } = new List<Syndication.SyndicationDeclaration>();
        public string? CanonicalUrl { get; set; }
        /// <summary>The language the page declares (html lang, og:locale, content-language).</summary>
        public string? DeclaredLanguage { get; set; }
        public string? Description { get; set; }
        public string? Image { get; set; }
        public string? Section { get; set; }
        public List<string> Tags { get; } = new List<string>();
        public List<MetadataSource> Sources { get; } = new List<MetadataSource>();

        /// <summary>The JSON-LD objects' @types (local names), with whether each sat nested under another object: what the page declares itself to be.</summary>
        public List<(string Type, bool Nested)> DeclaredTypes { get; } = new List<(string, bool)>();

        /// <summary>Records where a field came from (the last record for a field wins).</summary>
        public void SetSource(string field, string source)
        {
            Sources.RemoveAll(s => s.Field == field);
            Sources.Add(new MetadataSource(field, source));
        }

        /// <summary>Copies the values onto the article.</summary>
        public void ApplyTo(Article article)
        {
            article.Title = Title;
            article.Authors = Authors.ToArray();
            article.Published = Published;
            article.PublishedHasTime = PublishedHasTime;
            article.Modified = Modified;
            article.ModifiedHasTime = ModifiedHasTime;
            article.SiteName = SiteName;
            article.CanonicalUrl = CanonicalUrl;
            article.Description = Description;
            article.Image = Image;
            article.Section = Section;
            article.Tags = Tags.ToArray();
            article.MetadataSources = Sources.ToArray();
        }
    }
}
