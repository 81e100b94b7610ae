using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsTools.Json
{
    /// <summary>
    /// A small, lenient, iterative JSON parser for the JSON-LD blocks of web pages. It never recurses
    /// (nesting is kept on an explicit stack, capped at <see cref="MaxDepth"/>) and never throws. It
    /// forgives what publishers' templates get wrong: trailing or doubled commas, single-quoted or bare
    /// keys, raw newlines inside strings, a CDATA or HTML-comment wrapper, /* */ and // comments, and a
    /// truncated block (open containers are closed at the end of the input).
    /// </summary>
    internal static class JsonReader
    {
        /// <summary>Deepest nesting accepted; real JSON-LD stays under ~10 levels, so deeper input is junk.</summary>
        public const int MaxDepth = 64;

        /// <summary>Most top-level values read from one block (some pages concatenate several objects).</summary>
        private const int MaxRoots = 32;

        private sealed class Frame
        {
            public Frame(JsonNode node) { Node = node; }

            public JsonNode Node { get; }

            public string? Key { get; set; }
        }

        /// <summary>The first JSON value in the text, or null when there is none.</summary>
        public static JsonNode? Parse(string? text)
        {
            var roots = ParseAll(text);
            return roots.Count > 0 ? roots[0] : null;
        }

        /// <summary>Every top-level JSON value in the text (objects or arrays), in order.</summary>
        public static List<JsonNode> ParseAll(string? text)
        {
            var roots = new List<JsonNode>();
            if (string.IsNullOrEmpty(text)) return roots;
            string s = text!;
            int i = 0;
            while (roots.Count < MaxRoots)
            {
                // Skip anything up to the next container: wrappers, separators between values.
                while (i < s.Length && s[i] != '{' && s[i] != '[') i++;
                if (i >= s.Length) break;
                JsonNode? root = ParseValue(s, ref i);
                if (root is null) break;
                roots.Add(root);
            }
            return roots;
        }

        private static JsonNode? ParseValue(string s, ref int i)
        {
            var stack = new List<Frame>();
            int n = s.Length;
            while (true)
            {
                SkipSpaceAndComments(s, ref i);
                if (i >= n)
                {
                    // Truncated: close whatever is open so the part that was read is not lost.
                    if (stack.Count == 0) return null;
                    JsonNode bottom = stack[0].Node;
                    for (int k = stack.Count - 1; k > 0; k--) Attach(stack[k - 1], stack[k].Node);
                    return bottom;
                }

                char c = s[i];
                JsonNode value;
                if (stack.Count > 0)
                {
                    Frame top = stack[stack.Count - 1];
                    if (c == ',') { i++; continue; }
                    if (c == '}' || c == ']')
                    {
                        i++;
                        stack.RemoveAt(stack.Count - 1);
                        if (stack.Count == 0) return top.Node;
                        Attach(stack[stack.Count - 1], top.Node);
                        continue;
                    }
                    if (top.Node.IsObject && top.Key is null)
                    {
                        string? key = c == '"' || c == '\'' ? ReadString(s, ref i, c) : ReadBareWord(s, ref i);
                        if (key is null) return Salvage(stack);
                        SkipSpaceAndComments(s, ref i);
                        if (i < n && s[i] == ':') i++;
                        else return Salvage(stack);
                        top.Key = key;
                        continue;
                    }
                }

                switch (c)
                {
                    case '{':
                    case '[':
                        if (stack.Count >= MaxDepth) return Salvage(stack);
                        stack.Add(new Frame(c == '{' ? JsonNode.NewObject() : JsonNode.NewArray()));
                        i++;
                        continue;
                    case '"':
                    case '\'':
                        string? str = ReadString(s, ref i, c);
                        if (str is null) return Salvage(stack);
                        value = JsonNode.String(str);
                        break;
                    default:
                        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))
                        {
                            int start = i;
                            while (i < n && (char.IsDigit(s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.' || s[i] == 'e' || s[i] == 'E')) i++;
                            value = JsonNode.Number(s.Substring(start, i - start));
                        }
                        else
                        {
                            string? word = ReadBareWord(s, ref i);
                            if (word is null) return Salvage(stack);
                            value = word == "true" ? JsonNode.Bool(true)
                                : word == "false" ? JsonNode.Bool(false)
                                : word == "null" || word == "undefined" ? JsonNode.Null()
                                : JsonNode.String(word);
                        }
                        break;
                }

                if (stack.Count == 0) return value;
                Attach(stack[stack.Count - 1], value);
            }
        }

        /// <summary>On a syntax error, keeps what was read so far (the outermost container) rather than nothing.</summary>
        private static JsonNode? Salvage(List<Frame> stack)
        {
            if (stack.Count == 0) return null;
            for (int k = stack.Count - 1; k > 0; k--) Attach(stack[k - 1], stack[k].Node);
            return stack[0].Node;
        }

        private static void Attach(Frame parent, JsonNode value)
        {
            if (parent.Node.IsArray)
            {
                parent.Node.AddItem(value);
            }
            else
            {
                parent.Node.AddMember(parent.Key ?? string.Empty, value);
                parent.Key = null;
            }
        }

        private static void SkipSpaceAndComments(string s, ref int i)
        {
            int n = s.Length;
            while (i < n)
            {
                char c = s[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF' || c == '\u00A0')
                {
                    i++;
                }
                else if (c == '/' && i + 1 < n && s[i + 1] == '*')
                {
                    int end = s.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                    i = end < 0 ? n : end + 2;
                }
                else if (c == '/' && i + 1 < n && s[i + 1] == '/')
                {
                    while (i < n && s[i] != '\n') i++;
                }
                else
                {
                    return;
                }
            }
        }

        private static string? ReadBareWord(string s, ref int i)
        {
            int start = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_' || s[i] == '$' || s[i] == '@')) i++;
            return i > start ? s.Substring(start, i - start) : null;
        }

        private static string? ReadString(string s, ref int i, char quote)
        {
            int n = s.Length;
            i++; // opening quote
            int start = i;
            // Fast path: no escapes.
            while (i < n && s[i] != quote && s[i] != '\\') i++;
            if (i < n && s[i] == quote)
            {
                string plain = s.Substring(start, i - start);
                i++;
                return plain;
            }
            var sb = new StringBuilder(s, start, i - start, (i - start) + 16);
            while (i < n)
            {
                char c = s[i];
                if (c == quote) { i++; return sb.ToString(); }
                if (c != '\\') { sb.Append(c); i++; continue; }
                if (i + 1 >= n) { i = n; break; }
                char e = s[i + 1];
                i += 2;
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u':
                        if (i + 4 <= n && int.TryParse(s.Substring(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        {
                            sb.Append((char)code);
                            i += 4;
                        }
                        break;
                    default: sb.Append(e); break; // \" \\ \/ \' and unknown escapes keep the character
                }
            }
            // Unterminated string: return what was read.
            return sb.ToString();
        }
    }
}
