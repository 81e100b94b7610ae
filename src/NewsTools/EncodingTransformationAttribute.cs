using System;
using System.Globalization;
using System.Management.Automation;
using System.Text;

namespace NewsTools.Commands
{
    /// <summary>
    /// Turns what a user types for -Encoding into an Encoding, as Get-Content does: PowerShell's names (utf8, utf8BOM,
    /// utf8NoBOM, unicode, bigendianunicode, utf32, bigendianutf32, ascii, oem, ansi, utf7), any name .NET knows
    /// (shift_jis, windows-1251, iso-8859-2, gb18030...), a code page number (932, or "932"), or an Encoding object.
    /// PowerShell's own transformation is internal, so this is the same table.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class EncodingTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>The Encoding named by <paramref name="inputData"/>; anything else is left for the binder to refuse.</summary>
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object value = inputData is PSObject ps ? ps.BaseObject : inputData;
            switch (value)
            {
                case Encoding encoding:
                    return encoding;
                case int codePage:
                    return FromCodePage(codePage);
                case string name:
                    return FromName(name.Trim());
                default:
                    return inputData;
            }
        }

        private static Encoding FromName(string name)
        {
            switch (name.ToLowerInvariant())
            {
                case "ascii": return Encoding.ASCII;
                case "bigendianunicode": return Encoding.BigEndianUnicode;
                case "bigendianutf32": return new UTF32Encoding(bigEndian: true, byteOrderMark: true);
                case "oem": return FromCodePage(CultureInfo.CurrentCulture.TextInfo.OEMCodePage);
                case "ansi": return FromCodePage(CultureInfo.CurrentCulture.TextInfo.ANSICodePage);
                case "unicode": return Encoding.Unicode;
                case "utf7": return Encoding.UTF7;
                case "utf8":
                case "utf8bom":
                case "utf8nobom": return Encoding.UTF8;
                case "utf32": return Encoding.UTF32;
            }
            if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int codePage)) return FromCodePage(codePage);
            try
            {
                return Encoding.GetEncoding(name);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentTransformationMetadataException(
                    "'" + name + "' is not an encoding name or code page: use utf8, unicode, ascii, oem, ansi, a name such as shift_jis or windows-1251, or a code page number such as 932.", e);
            }
        }

        private static Encoding FromCodePage(int codePage)
        {
            try
            {
                return Encoding.GetEncoding(codePage);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException)
            {
                throw new ArgumentTransformationMetadataException("Code page " + codePage.ToString(CultureInfo.InvariantCulture) + " is not available.", e);
            }
        }
    }
}
