using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace NewsTools.Commands
{
    /// <summary>
    /// Tab completion for -Encoding: the names Get-Content takes (utf8, utf8BOM, unicode, oem, ansi...) and the common
    /// code page names (windows-1251, iso-8859-2, shift_jis...), each with a tooltip saying what it reads. Typing digits
    /// completes a code page number. Without it, -Encoding (typed Encoding, not an enum) completes file names.
    /// </summary>
    public sealed class EncodingArgumentCompleter : IArgumentCompleter
    {
        /// <summary>
        /// Every name offered, in the order offered: PowerShell's own names first (as Get-Content lists them), then code
        /// pages by region. Each must be one <see cref="EncodingTransformationAttribute"/> turns into an Encoding (a test
        /// checks that, so the list never offers a name the parameter refuses). utf7 is left out: .NET marks it obsolete.
        /// </summary>
        private static readonly EncodingChoice[] Choices =
        {
            new EncodingChoice("utf8", 0, "UTF-8 (a byte-order mark, if any, is skipped)"),
            new EncodingChoice("utf8BOM", 0, "UTF-8, as utf8"),
            new EncodingChoice("utf8NoBOM", 0, "UTF-8, as utf8"),
            new EncodingChoice("ascii", 20127, "7-bit US-ASCII"),
            new EncodingChoice("unicode", 1200, "UTF-16, little-endian"),
            new EncodingChoice("bigendianunicode", 1201, "UTF-16, big-endian"),
            new EncodingChoice("utf32", 12000, "UTF-32, little-endian"),
            new EncodingChoice("bigendianutf32", 12001, "UTF-32, big-endian"),
            new EncodingChoice("oem", 0, "the OEM code page of the current culture"),
            new EncodingChoice("ansi", 0, "the ANSI code page of the current culture"),
            new EncodingChoice("latin1", 28591, "ISO-8859-1, Western European"),
            new EncodingChoice("windows-1250", 1250, "Central European (Windows)"),
            new EncodingChoice("windows-1251", 1251, "Cyrillic (Windows)"),
            new EncodingChoice("windows-1252", 1252, "Western European (Windows)"),
            new EncodingChoice("windows-1253", 1253, "Greek (Windows)"),
            new EncodingChoice("windows-1254", 1254, "Turkish (Windows)"),
            new EncodingChoice("windows-1255", 1255, "Hebrew (Windows)"),
            new EncodingChoice("windows-1256", 1256, "Arabic (Windows)"),
            new EncodingChoice("windows-1257", 1257, "Baltic (Windows)"),
            new EncodingChoice("windows-1258", 1258, "Vietnamese (Windows)"),
            new EncodingChoice("iso-8859-1", 28591, "Western European (ISO)"),
            new EncodingChoice("iso-8859-2", 28592, "Central European (ISO)"),
            new EncodingChoice("iso-8859-5", 28595, "Cyrillic (ISO)"),
            new EncodingChoice("iso-8859-7", 28597, "Greek (ISO)"),
            new EncodingChoice("iso-8859-9", 28599, "Turkish (ISO)"),
            new EncodingChoice("iso-8859-15", 28605, "Western European with the euro sign (ISO)"),
            new EncodingChoice("koi8-r", 20866, "Cyrillic (KOI8-R)"),
            new EncodingChoice("koi8-u", 21866, "Cyrillic (KOI8-U)"),
            new EncodingChoice("shift_jis", 932, "Japanese (Shift-JIS)"),
            new EncodingChoice("euc-jp", 51932, "Japanese (EUC)"),
            new EncodingChoice("iso-2022-jp", 50220, "Japanese (JIS)"),
            new EncodingChoice("euc-kr", 51949, "Korean (EUC)"),
            new EncodingChoice("gb2312", 936, "Chinese Simplified (GB2312)"),
            new EncodingChoice("gb18030", 54936, "Chinese Simplified (GB18030)"),
            new EncodingChoice("big5", 950, "Chinese Traditional (Big5)"),
        };

        /// <summary>The names that start with what was typed (any case), or the code pages whose number does.</summary>
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string typed = Unquote(wordToComplete);
            bool number = typed.Length > 0 && IsDigits(typed);
            var results = new List<CompletionResult>();
            var seenPages = new HashSet<int>();
            foreach (EncodingChoice choice in Choices)
            {
                if (number)
                {
                    string page = choice.CodePage.ToString(CultureInfo.InvariantCulture);
                    if (choice.CodePage > 0 && page.StartsWith(typed, StringComparison.Ordinal) && seenPages.Add(choice.CodePage))
                    {
                        results.Add(new CompletionResult(page, page, CompletionResultType.ParameterValue, choice.Name + ": " + choice.Description));
                    }
                }
                else if (choice.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                {
                    string tooltip = choice.CodePage > 0
                        ? choice.Description + " (code page " + choice.CodePage.ToString(CultureInfo.InvariantCulture) + ")"
                        : choice.Description;
                    results.Add(new CompletionResult(choice.Name, choice.Name, CompletionResultType.ParameterValue, tooltip));
                }
            }
            return results;
        }

        /// <summary>The word without the quote the user may have opened (and closed) it with.</summary>
        private static string Unquote(string? word)
        {
            string s = word ?? string.Empty;
            if (s.Length > 0 && (s[0] == '\'' || s[0] == '"')) s = s.Substring(1);
            if (s.Length > 0 && (s[s.Length - 1] == '\'' || s[s.Length - 1] == '"')) s = s.Substring(0, s.Length - 1);
            return s;
        }

        private static bool IsDigits(string s)
        {
            foreach (char c in s)
            {
                if (c < '0' || c > '9') return false;
            }
            return true;
        }

        private readonly struct EncodingChoice
        {
            public EncodingChoice(string name, int codePage, string description)
            {
                Name = name;
                CodePage = codePage;
                Description = description;
            }

            /// <summary>The name as typed after -Encoding.</summary>
            public string Name { get; }

            /// <summary>The code page it stands for; 0 when it depends on the culture or is the UTF-8 default.</summary>
            public int CodePage { get; }

            /// <summary>What it reads, for the tooltip.</summary>
            public string Description { get; }
        }
    }
}
