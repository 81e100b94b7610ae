using System.Globalization;
using NewsTools.Heuristics;
using Xunit;

namespace NewsTools.Core.Tests
{
    /// <summary>
    /// The facts the text path's per-character fast paths stand on: no combining mark below U+0300 (the line measure and
    /// the language detector skip the category look-up there), and TextScripts.IsCjk's early range test changes no answer.
    /// </summary>
    public class TextFastPathTests
    {
        [Fact]
        public void NoCombiningMarkLiesBelowU0300()
        {
            for (int c = 0; c < 0x300; c++)
            {
                UnicodeCategory u = CharUnicodeInfo.GetUnicodeCategory((char)c);
                Assert.True(u != UnicodeCategory.NonSpacingMark && u != UnicodeCategory.SpacingCombiningMark && u != UnicodeCategory.EnclosingMark, "U+" + c.ToString("X4", CultureInfo.InvariantCulture));
            }
            Assert.Equal(UnicodeCategory.NonSpacingMark, CharUnicodeInfo.GetUnicodeCategory('\u0300'));
        }

        [Fact]
        public void IsCjkIsHanKanaOrHangul()
        {
            int cjk = 0;
            for (int i = 0; i <= char.MaxValue; i++)
            {
                char c = (char)i;
                bool expected = TextScripts.IsHan(c) || TextScripts.IsKana(c) || (c >= '\uAC00' && c <= '\uD7AF');
                Assert.Equal(expected, TextScripts.IsCjk(c));
                if (expected) cjk++;
            }
            Assert.True(cjk > 20000, "ranges present: " + cjk);
        }
    }
}
