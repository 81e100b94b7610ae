using System.Text;
using NewsTools.Html;
using Xunit;

namespace NewsTools.Core.Tests.Html
{
    /// <summary>The page's reusable text buffers give the normalisers' answers exactly, for texts longer than the buffers too.</summary>
    public class TextScratchTests
    {
        public static readonly TheoryData<string> Texts = new TheoryData<string>
        {
            "",
            "   ",
            "plain",
            "  two   words  ",
            "line one\nline two",
            "\n\n  first \n\n\n second\t line \n  \n",
            "zero\u200Bwidth\uFEFF marks \u00A0 and nbsp",
            "\u200B\n\u200B",
            "a\r\nb",
            "trailing space then newline \n",
        };

        [Theory]
        [MemberData(nameof(Texts))]
        public void NormalizeLinesIsTheSame(string text)
        {
            var scratch = new TextScratch();
            Assert.Equal(TextUtil.NormalizeLines(text), scratch.NormalizeLines(new StringBuilder(text)));
        }

        [Theory]
        [MemberData(nameof(Texts))]
        public void CollapseIsTheSame(string text)
        {
            var scratch = new TextScratch();
            Assert.Equal(TextUtil.Collapse(text), scratch.Collapse(text));
        }

        [Fact]
        public void TextsLongerThanTheBuffersAndOneAfterAnotherComeOutWhole()
        {
            var scratch = new TextScratch();
            var sb = new StringBuilder();
            for (int i = 0; i < 2000; i++) sb.Append("word ").Append(i % 7 == 0 ? "\n" : "  ");
            string big = sb.ToString();
            Assert.Equal(TextUtil.NormalizeLines(big), scratch.NormalizeLines(sb));
            // A short text after a long one: nothing of the long one is left over.
            Assert.Equal("short line", scratch.NormalizeLines(new StringBuilder(" short  line ")));
            Assert.Equal(TextUtil.Collapse(big), scratch.Collapse(big));
            Assert.Equal("x y", scratch.Collapse(" x\ny "));
        }
    }
}
