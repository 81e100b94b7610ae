using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace NewsTools.Commands
{
    /// <summary>
    /// The Export-NewsArticle record, version 1 (README "Export schema"): one field per entry, in the order they are
    /// written, each with its nested (JSON) form and its flat (-Flat: one value per column) form. The order is fixed
    /// whatever order -Fields names them in, and source and recordId come first so -Resume finds them early in a line.
    /// </summary>
    internal sealed class ExportField
    {
        private ExportField(string name, bool inDefault, Action<ExportJsonWriter, Article> nested, Action<ExportJsonWriter, Article>? flat = null)
        {
            Name = name;
            InDefault = inDefault;
            WriteNested = nested;
            WriteFlat = flat ?? nested;
        }

        /// <summary>The camelCase key (the name -Fields takes).</summary>
        public string Name { get; }

        /// <summary>False for the large or costly forms of the body (paragraphs, markdown, html): asked for by name only.</summary>
        public bool InDefault { get; }

        /// <summary>Writes the field in the nested record.</summary>
        public Action<ExportJsonWriter, Article> WriteNested { get; }

        /// <summary>Writes the field as one or more scalar columns.</summary>
        public Action<ExportJsonWriter, Article> WriteFlat { get; }

        /// <summary>The value of <c>schemaVersion</c>: raised only when a key changes meaning or form, never for a new key.</summary>
        public const int SchemaVersion = 1;

        /// <summary>Every field, in the order written.</summary>
        public static readonly IReadOnlyList<ExportField> All = new[]
        {
            new ExportField("schemaVersion", true, (w, a) => w.Number("schemaVersion", SchemaVersion)),
            new ExportField("source", true, (w, a) => w.String("source", a.Source)),
            new ExportField("recordId", true, (w, a) => w.String("recordId", a.RecordId)),
            new ExportField("url", true, (w, a) => w.String("url", a.Url)),
            new ExportField("canonicalUrl", true, (w, a) => w.String("canonicalUrl", a.CanonicalUrl)),
            new ExportField("title", true, (w, a) => w.String("title", a.Title)),
            new ExportField("authors", true, (w, a) => List(w, "authors", a.Authors), (w, a) => Joined(w, "authors", a.Authors)),
            new ExportField("published", true, (w, a) => w.String("published", ArticleExportForms.IsoDate(a.Published, a.PublishedHasTime))),
            new ExportField("modified", true, (w, a) => w.String("modified", ArticleExportForms.IsoDate(a.Modified, a.ModifiedHasTime))),
            new ExportField("siteName", true, (w, a) => w.String("siteName", a.SiteName)),
            new ExportField("language", true, (w, a) => w.String("language", a.Language)),
            new ExportField("description", true, (w, a) => w.String("description", a.Description)),
            new ExportField("image", true, (w, a) => w.String("image", a.Image)),
            new ExportField("section", true, (w, a) => w.String("section", a.Section)),
            new ExportField("tags", true, (w, a) => List(w, "tags", a.Tags), (w, a) => Joined(w, "tags", a.Tags)),
            new ExportField("text", true, (w, a) => w.String("text", a.Text)),
            new ExportField("paragraphs", false, (w, a) => List(w, "paragraphs", a.Paragraphs), (w, a) => w.String("paragraphs", string.Join("\n\n", a.Paragraphs))),
            new ExportField("markdown", false, (w, a) => w.String("markdown", a.Markdown)),
            new ExportField("html", false, (w, a) => w.String("html", a.Html)),
            new ExportField("wordCount", true, (w, a) => w.Number("wordCount", a.WordCount)),
            new ExportField("readingTimeSeconds", true, (w, a) => w.Number("readingTimeSeconds", a.ReadingTimeSeconds)),
            new ExportField("paywall", true, Paywall, PaywallFlat),
            new ExportField("syndication", true, Syndication, SyndicationFlat),
            new ExportField("removed", true, Removed, (w, a) => w.String("removed", a.Removed.ToString())),
            new ExportField("captions", true, (w, a) => List(w, "captions", a.Captions), (w, a) => Joined(w, "captions", a.Captions)),
            new ExportField("comments", true, (w, a) => List(w, "comments", a.Comments), (w, a) => Joined(w, "comments", a.Comments)),
            new ExportField("metadataSources", true, MetadataSources, (w, a) => w.String("metadataSources", a.MetadataSources.ToString())),
            new ExportField("fingerprint", true, (w, a) => w.String("fingerprint", a.Fingerprint)),
            new ExportField("contentHash", true, (w, a) => w.String("contentHash", a.ContentHash)),
            new ExportField("fetched", true, (w, a) => w.String("fetched", ArticleExportForms.IsoDate(a.Fetched, true))),
            new ExportField("httpStatus", true, (w, a) => w.NullableNumber("httpStatus", a.HttpStatus)),
            new ExportField("contentType", true, (w, a) => w.String("contentType", a.ContentType)),
            new ExportField("inputFormat", true, (w, a) => w.String("inputFormat", a.InputFormat.ToString())),
            new ExportField("shape", true, (w, a) => w.String("shape", a.Shape.ToString())),
            new ExportField("strategy", true, (w, a) => w.String("strategy", a.Strategy)),
            new ExportField("pageType", true, (w, a) => w.String("pageType", a.PageType.ToString())),
        };

        /// <summary>The fields of the default record (every field but paragraphs, markdown and html).</summary>
        public static readonly IReadOnlyList<ExportField> Default = All.Where(f => f.InDefault).ToArray();

        /// <summary>Finds the field a user named, in any case; null when there is none.</summary>
        public static ExportField? Find(string name)
        {
            foreach (ExportField f in All)
            {
                if (string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) return f;
            }
            return null;
        }

        private static void List(ExportJsonWriter w, string name, IEnumerable<string> items)
        {
            w.BeginArray(name);
            foreach (string item in items) w.StringItem(item);
            w.EndArray();
        }

        private static void Joined(ExportJsonWriter w, string name, IEnumerable<string> items) => w.String(name, string.Join("; ", items));

        private static void Paywall(ExportJsonWriter w, Article a)
        {
            PaywallVerdict p = a.Paywall ?? PaywallVerdict.NoPaywall;
            w.BeginObject("paywall");
            w.String("kind", p.Kind.ToString());
            w.Boolean("truncated", p.Truncated);
            w.String("reason", p.Reason);
            w.BeginArray("evidence");
            foreach (PaywallEvidence e in p.Evidence) w.StringItem(e.ToString());
            w.EndArray();
            w.EndObject();
        }

        private static void PaywallFlat(ExportJsonWriter w, Article a)
        {
            PaywallVerdict p = a.Paywall ?? PaywallVerdict.NoPaywall;
            w.String("paywallKind", p.Kind.ToString());
            w.Boolean("paywallTruncated", p.Truncated);
            w.String("paywallReason", p.Reason);
            w.String("paywallEvidence", string.Join("; ", p.Evidence.Select(e => e.ToString())));
        }

        private static void Syndication(ExportJsonWriter w, Article a)
        {
            SyndicationVerdict s = a.Syndication ?? SyndicationVerdict.None;
            w.BeginObject("syndication");
            w.String("kind", s.Kind.ToString());
            w.String("source", s.Source);
            w.String("reason", s.Reason);
            w.BeginArray("evidence");
            foreach (SyndicationEvidence e in s.Evidence) w.StringItem(e.ToString());
            w.EndArray();
            w.EndObject();
        }

        private static void SyndicationFlat(ExportJsonWriter w, Article a)
        {
            SyndicationVerdict s = a.Syndication ?? SyndicationVerdict.None;
            w.String("syndicationKind", s.Kind.ToString());
            w.String("syndicationSource", s.Source);
            w.String("syndicationReason", s.Reason);
            w.String("syndicationEvidence", string.Join("; ", s.Evidence.Select(e => e.ToString())));
        }

        private static void Removed(ExportJsonWriter w, Article a)
        {
            w.BeginArray("removed");
            foreach (RemovedBlock b in a.Removed)
            {
                w.BeginItemObject();
                w.String("reason", b.Reason.ToString());
                w.String("text", b.Text);
                w.EndObject();
            }
            w.EndArray();
        }

        /// <summary>An object from field (camelCase, as the record's keys) to source; the first source of a field wins.</summary>
        private static void MetadataSources(ExportJsonWriter w, Article a)
        {
            w.BeginObject("metadataSources");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (MetadataSource s in a.MetadataSources)
            {
                string key = CamelCase(s.Field);
                if (seen.Add(key)) w.String(key, s.Source);
            }
            w.EndObject();
        }

        private static string CamelCase(string name) =>
            name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>Completes -Fields with the record's keys (and "*", the default record).</summary>
    public sealed class ExportFieldCompleter : IArgumentCompleter
    {
        /// <summary>The keys that start with what was typed, in schema order.</summary>
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            foreach (ExportField f in ExportField.All)
            {
                if (f.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                {
                    yield return new CompletionResult(f.Name, f.Name, CompletionResultType.ParameterValue,
                        f.InDefault ? f.Name : f.Name + " (not in the default record)");
                }
            }
        }
    }
}
