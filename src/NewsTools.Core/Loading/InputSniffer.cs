using System;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

namespace NewsTools.Loading
{
    /// <summary>Cheap looks at raw input: blank, binary, HTML or text.</summary>
    public static class InputSniffer
    {
        // An HTML document or fragment opens with a doctype, a comment or a known block tag within its first
        // kilobyte; scraped text may contain a stray "<b>" but rarely several structural tags.
        private static readonly TieredRegex HtmlStart = new TieredRegex(
            @"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html|<!--)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly TieredRegex StructuralTag = new TieredRegex(
            @"<(?:p|div|article|section|span|a|h[1-6]|ul|ol|li|table|br|meta|title|script|main|header|footer|nav)[\s>/]",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>True when there is nothing but whitespace.</summary>
        public static bool IsBlank(string content)
        {
            foreach (char c in content)
            {
                if (!char.IsWhiteSpace(c) && c != '\uFEFF' && c != '\u200B') return false;
            }
            return true;
        }

        /// <summary>True when the first 4096 characters hold NULs or many control characters.</summary>
        public static bool LooksBinary(string content)
        {
            int n = Math.Min(content.Length, 4096);
            int control = 0;
            for (int i = 0; i < n; i++)
            {
                char c = content[i];
                if (c == '\0') return true;
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
                else if (c == '\uFFFD') control++;
            }
            // More than one character in ten a control or a replacement character: not a document.
            return n > 0 && control * 10 > n;
        }

        /// <summary>Decides between HTML and already-scraped text.</summary>
        public static InputFormat DetectFormat(string content)
        {
            string head = content.Length > 2048 ? content.Substring(0, 2048) : content;
            if (HtmlStart.IsMatch(head)) return InputFormat.Html;
            // A fragment: count structural tags in the first 8 KB; three or more is markup, not prose.
            string window = content.Length > 8192 ? content.Substring(0, 8192) : content;
            int tags = 0;
            for (Match m = StructuralTag.Match(window); m.Success; m = m.NextMatch())
            {
                if (++tags >= 3) return InputFormat.Html;
            }
            return InputFormat.Text;
        }
    }
}
