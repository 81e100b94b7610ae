using System;
using System.IO;
using System.Text.RegularExpressions;
using NewsTools.Loading;

namespace NewsTools.Commands
{
    /// <summary>What a string from the pipeline (one without Get-Content's PSPath note) stands for.</summary>
    internal enum StringInputKind
    {
        /// <summary>A whole document: it has several lines, or it is HTML.</summary>
        Document,
        /// <summary>One line of text, gathered with the loose lines next to it into one document.</summary>
        Line,
        /// <summary>One line that is shaped like a path but names no file: a line of text, with a warning.</summary>
        SuspectPath,
        /// <summary>The path of an existing file: that file is read.</summary>
        File,
        /// <summary>The path of an existing directory: an error, as for -Path.</summary>
        Directory,
        /// <summary>An absolute http(s) URL: downloaded (as -Uri would).</summary>
        Url,
    }

    /// <summary>
    /// The one place that decides what a piped string means; README "What a piped string means" and the help say the
    /// same, in the same order:
    /// <list type="number">
    /// <item>a string with a line break, or one that is HTML, is a document (even when it starts with a URL);</item>
    /// <item>one line that is an absolute http:// or https:// URL, with no spaces, is a URL: it is downloaded;</item>
    /// <item>one line that names an existing file, relative to the current PowerShell location, is that file;</item>
    /// <item>one line shaped like a path (see <see cref="LooksLikePath"/>) that names an existing directory is an error,
    /// and one that names nothing is cleaned as text with a warning;</item>
    /// <item>any other line is text, gathered with its neighbours.</item>
    /// </list>
    /// </summary>
    internal static class StringInputRule
    {
        /// <summary>Longer than any path the file systems allow (Linux PATH_MAX): such a line is never probed as a path.</summary>
        public const int MaxPathLength = 4096;

        /// <summary>A path shape is judged only on short lines: 260 is Windows' classic MAX_PATH, longer paths are rare.</summary>
        private const int MaxPathShapeLength = 260;

        /// <summary>Ends with a file extension: ".html", ".txt", ".gz" (a letter first, so "$3.50" is not one).</summary>
        private static readonly Regex ExtensionAtEnd = new Regex(@"\.[A-Za-z][A-Za-z0-9]{0,4}$", RegexOptions.CultureInvariant);

        /// <summary>Decides; <paramref name="resolvePath"/> gives the file-system path for a literal PowerShell path, or null.</summary>
        public static StringInputKind Classify(string s, Func<string, string?> resolvePath, out string? path)
        {
            path = null;
            if (s.IndexOf('\n') >= 0 || s.IndexOf('\r') >= 0) return StringInputKind.Document;
            if (InputSniffer.DetectFormat(s) == global::NewsTools.InputFormat.Html) return StringInputKind.Document;

            string t = s.Trim();
            if (t.Length == 0 || t.Length > MaxPathLength) return StringInputKind.Line;
            if (IsWebUrl(t)) return StringInputKind.Url;

            string? resolved = resolvePath(t);
            bool pathShaped = LooksLikePath(t);
            if (resolved != null)
            {
                if (File.Exists(resolved))
                {
                    path = resolved;
                    return StringInputKind.File;
                }
                if (pathShaped && System.IO.Directory.Exists(resolved))
                {
                    path = resolved;
                    return StringInputKind.Directory;
                }
            }
            return pathShaped ? StringInputKind.SuspectPath : StringInputKind.Line;
        }

        /// <summary>An absolute http or https address with no white space in it.</summary>
        public static bool IsWebUrl(string t)
        {
            for (int i = 0; i < t.Length; i++)
            {
                if (char.IsWhiteSpace(t[i])) return false;
            }
            return Uri.TryCreate(t, UriKind.Absolute, out Uri? uri) &&
                (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        }

        /// <summary>
        /// A line a user more likely meant as a path than as text: short, at most two spaces (folder names have some,
        /// sentences have more), none of &lt; &gt; | ", and with a path separator, a leading "~" or a file extension at its end.
        /// </summary>
        public static bool LooksLikePath(string t)
        {
            if (t.Length > MaxPathShapeLength) return false;
            int spaces = 0;
            foreach (char c in t)
            {
                if (c == ' ' && ++spaces > 2) return false;
                // Markup and shell punctuation: "<p>x</p>" or "a | b" is text, not a path (Windows forbids these in names).
                if (c == '\t' || c == '<' || c == '>' || c == '|' || c == '"') return false;
            }
            return t.IndexOf('/') >= 0 || t.IndexOf('\\') >= 0 || t[0] == '~' || ExtensionAtEnd.IsMatch(t);
        }
    }
}
