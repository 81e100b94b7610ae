using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NewsTools.Commands
{
    /// <summary>
    /// The keys (source + recordId) of the records already in an output file, for -Resume; read as a stream, line by
    /// line, so only the keys stay in memory (one string per record), never the records.
    /// </summary>
    internal sealed class ExportResumeIndex
    {
        private readonly HashSet<string> _keys = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Complete records read from the file.</summary>
        public long Records { get; private set; }

        /// <summary>Complete lines that were not a JSON object with a source key (another writer's lines, or -Fields without source).</summary>
        public long Unkeyed { get; private set; }

        /// <summary>Bytes (of the decompressed content) up to and including the last line feed: what is kept.</summary>
        public long CompleteLength { get; private set; }

        /// <summary>Bytes after the last line feed: a record cut off when a run was killed mid-write.</summary>
        public long PartialTail { get; private set; }

        /// <summary>
        /// The key of an article: its source and record id; null when it has none to tell it by (a string or object sent
        /// through the pipeline with no record id: every one of them has the source "pipeline").
        /// </summary>
        public static string? KeyOf(string? source, string? recordId)
        {
            if (string.IsNullOrEmpty(source)) return null;
            if (string.IsNullOrEmpty(recordId) && string.Equals(source, "pipeline", StringComparison.Ordinal)) return null;
            return source + "\u0000" + recordId;
        }

        /// <summary>True when the key is in the file or was added since.</summary>
        public bool Contains(string key) => _keys.Contains(key);

        /// <summary>Remembers a key written in this run, so a repeated input is written once.</summary>
        public void Add(string key) => _keys.Add(key);

        /// <summary>Reads every complete line of <paramref name="content"/> (a file, or a gzip stream over one).</summary>
        public static ExportResumeIndex Read(Stream content)
        {
            var index = new ExportResumeIndex();
            var buffer = new byte[64 * 1024];
            var line = new MemoryStream();
            long offset = 0;
            int n;
            while ((n = content.Read(buffer, 0, buffer.Length)) > 0)
            {
                int start = 0;
                for (int i = 0; i < n; i++)
                {
                    if (buffer[i] != (byte)'\n') continue;
                    if (line.Length > 0)
                    {
                        line.Write(buffer, start, i - start);
                        index.AddLine(Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length));
                        line.SetLength(0);
                        // A record of many megabytes must not keep its buffer for the rest of the read.
                        if (line.Capacity > 1 << 20) line = new MemoryStream();
                    }
                    else
                    {
                        index.AddLine(Encoding.UTF8.GetString(buffer, start, i - start));
                    }
                    start = i + 1;
                    index.CompleteLength = offset + i + 1;
                }
                line.Write(buffer, start, n - start);
                offset += n;
            }
            index.PartialTail = offset - index.CompleteLength;
            return index;
        }

        private void AddLine(string text)
        {
            if (text.Trim().Length == 0) return;
            Records++;
            if (ExportKeyScanner.TryReadKeys(text, out string? source, out string? recordId) && KeyOf(source, recordId) is string key) _keys.Add(key);
            else Unkeyed++;
        }
    }

    /// <summary>
    /// Reads the top-level "source" and "recordId" string members of one JSON object line, skipping every other value
    /// without building it (the text of an article is stepped over, not copied).
    /// </summary>
    internal static class ExportKeyScanner
    {
        /// <summary>False when the line is not a JSON object or has no source member.</summary>
        public static bool TryReadKeys(string line, out string? source, out string? recordId)
        {
            source = null;
            recordId = null;
            bool haveSource = false, haveRecordId = false;
            int i = SkipSpace(line, 0);
            if (i >= line.Length || line[i] != '{') return false;
            i++;
            while (true)
            {
                i = SkipSpace(line, i);
                if (i >= line.Length) return false;
                if (line[i] == '}') break;
                if (line[i] == ',') { i++; continue; }
                if (line[i] != '"' || !TryReadString(line, ref i, out string? name)) return false;
                i = SkipSpace(line, i);
                if (i >= line.Length || line[i] != ':') return false;
                i = SkipSpace(line, i + 1);
                if (i >= line.Length) return false;
                bool wanted = name == "source" || name == "recordId";
                string? value = null;
                if (wanted && line[i] == '"')
                {
                    if (!TryReadString(line, ref i, out value)) return false;
                }
                else if (!SkipValue(line, ref i)) return false;
                if (name == "source") { source = value; haveSource = true; }
                else if (name == "recordId") { recordId = value; haveRecordId = true; }
                if (haveSource && haveRecordId) break;
            }
            return haveSource;
        }

        private static int SkipSpace(string s, int i)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++;
            return i;
        }

        /// <summary>Reads a string starting at its opening quote; <paramref name="i"/> ends after the closing quote.</summary>
        private static bool TryReadString(string s, ref int i, out string? value)
        {
            value = null;
            int start = ++i;
            StringBuilder? sb = null;
            while (i < s.Length)
            {
                char c = s[i];
                if (c == '"')
                {
                    value = sb is null ? s.Substring(start, i - start) : sb.Append(s, start, i - start).ToString();
                    i++;
                    return true;
                }
                if (c != '\\')
                {
                    i++;
                    continue;
                }
                sb ??= new StringBuilder();
                sb.Append(s, start, i - start);
                if (i + 1 >= s.Length) return false;
                char e = s[i + 1];
                i += 2;
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (i + 4 > s.Length || !int.TryParse(s.Substring(i, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code)) return false;
                        sb.Append((char)code);
                        i += 4;
                        break;
                    default: return false;
                }
                start = i;
            }
            return false;
        }

        /// <summary>Steps over a string from its opening quote without copying it.</summary>
        private static bool SkipString(string s, ref int i)
        {
            for (i++; i < s.Length; i++)
            {
                if (s[i] == '\\') i++;
                else if (s[i] == '"')
                {
                    i++;
                    return true;
                }
            }
            return false;
        }

        /// <summary>Steps over one value of any kind; nested objects and arrays are counted, their strings stepped over.</summary>
        private static bool SkipValue(string s, ref int i)
        {
            int depth = 0;
            while (i < s.Length)
            {
                char c = s[i];
                if (c == '"')
                {
                    if (!SkipString(s, ref i)) return false;
                    if (depth == 0) return true;
                    continue;
                }
                if (c == '{' || c == '[') depth++;
                else if (c == '}' || c == ']')
                {
                    if (depth == 0) return true; // the end of the enclosing object: the value (a literal) ended before it
                    depth--;
                    if (depth == 0) { i++; return true; }
                }
                else if (c == ',' && depth == 0) return true;
                i++;
            }
            return false;
        }
    }
}
