using System.Globalization;
using System.Text;

namespace NewsTools.Commands
{
    /// <summary>
    /// Writes one JSON object into a reused StringBuilder, for one line of JSON Lines. Hand-written because the cmdlet
    /// assembly loads in the default context of Windows PowerShell 5.1 too, where System.Text.Json is absent, and a
    /// JSON library there would be a new dependency in that shared context.
    /// </summary>
    /// <remarks>
    /// Escaping: quote, backslash and every control character below U+0020 (the short forms \n \r \t \b \f where JSON
    /// has them, \u00XX otherwise), U+2028 and U+2029 (line separators to JavaScript and to some line readers), and DEL
    /// as \u007f. A lone surrogate becomes U+FFFD: it has no UTF-8 form, and an escaped "\ud800" is refused by strict
    /// parsers (serde_json, Go's encoding/json replaces it). Other characters are written as they are (UTF-8 on disk).
    /// Never more than one line: a record never contains a raw line feed.
    /// </remarks>
    internal sealed class ExportJsonWriter
    {
        private const int KeepCapacity = 1 << 20;
        private readonly StringBuilder _sb = new StringBuilder(16 * 1024);
        private bool _needComma;

        /// <summary>Starts a new record (forgets the previous one).</summary>
        public void BeginObject()
        {
            _sb.Clear();
            // One huge article must not keep its buffer for the rest of the run (Capacity only after Clear: it may not go below Length).
            if (_sb.Capacity > KeepCapacity) _sb.Capacity = 16 * 1024;
            _sb.Append('{');
            _needComma = false;
        }

        /// <summary>Closes the record; <see cref="ToString"/> then gives the line without its line end.</summary>
        public void EndObject()
        {
            _sb.Append('}');
            _needComma = true;
        }

        /// <summary>Starts a nested object as the value of <paramref name="name"/>.</summary>
        public void BeginObject(string name)
        {
            Name(name);
            _sb.Append('{');
            _needComma = false;
        }

        /// <summary>Starts an array as the value of <paramref name="name"/>.</summary>
        public void BeginArray(string name)
        {
            Name(name);
            _sb.Append('[');
            _needComma = false;
        }

        /// <summary>Starts an object as an item of the current array.</summary>
        public void BeginItemObject()
        {
            Separate();
            _sb.Append('{');
            _needComma = false;
        }

        /// <summary>Closes an array.</summary>
        public void EndArray()
        {
            _sb.Append(']');
            _needComma = true;
        }

        /// <summary>A string member (null writes JSON null).</summary>
        public void String(string name, string? value)
        {
            Name(name);
            StringValue(value);
        }

        /// <summary>A string item of the current array.</summary>
        public void StringItem(string? value)
        {
            Separate();
            StringValue(value);
        }

        /// <summary>A number member.</summary>
        public void Number(string name, long value)
        {
            Name(name);
            _sb.Append(value.ToString(CultureInfo.InvariantCulture));
            _needComma = true;
        }

        /// <summary>A number member, or null.</summary>
        public void NullableNumber(string name, int? value)
        {
            if (value is null) String(name, null);
            else Number(name, value.Value);
        }

        /// <summary>A boolean member.</summary>
        public void Boolean(string name, bool value)
        {
            Name(name);
            _sb.Append(value ? "true" : "false");
            _needComma = true;
        }

        /// <summary>The record written so far.</summary>
        public override string ToString() => _sb.ToString();

        private void Name(string name)
        {
            Separate();
            // Names are our own camelCase ASCII keys, or field names from the article's metadata sources: escape anyway.
            AppendEscaped(name);
            _sb.Append(':');
        }

        private void Separate()
        {
            if (_needComma) _sb.Append(',');
        }

        private void StringValue(string? value)
        {
            if (value is null) _sb.Append("null");
            else AppendEscaped(value);
            _needComma = true;
        }

        private void AppendEscaped(string value)
        {
            _sb.Append('"');
            int runStart = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7F) continue;
                if (c >= 0xA0 && c != '\u2028' && c != '\u2029' && !char.IsSurrogate(c)) continue;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }
                if (c >= 0x80 && c < 0xA0) continue; // C1 controls are legal in JSON strings; they are data.
                _sb.Append(value, runStart, i - runStart);
                runStart = i + 1;
                switch (c)
                {
                    case '"': _sb.Append("\\\""); break;
                    case '\\': _sb.Append("\\\\"); break;
                    case '\n': _sb.Append("\\n"); break;
                    case '\r': _sb.Append("\\r"); break;
                    case '\t': _sb.Append("\\t"); break;
                    case '\b': _sb.Append("\\b"); break;
                    case '\f': _sb.Append("\\f"); break;
                    default:
                        if (char.IsSurrogate(c)) _sb.Append('\uFFFD');
                        else _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        break;
                }
            }
            _sb.Append(value, runStart, value.Length - runStart);
            _sb.Append('"');
        }
    }
}
