using System.Text;
using NewsTools.Loading;
using Xunit;

namespace NewsTools.Core.Tests.Loading
{
    /// <summary>The East Asian and Cyrillic charsets recognised in unlabelled bytes, and Western text left to the Windows-1252 fallback.</summary>
    public class CharsetDetectorTests
    {
        private const string Japanese = "市議会は火曜日、旧バス車庫の跡地に新しい中央図書館を建設することを決めました。工事は来年の春に始まります。";
        private const string Korean = "시의회는 화요일 옛 버스 차고지에 새 중앙도서관을 짓기로 의결했습니다. 공사는 내년 봄에 시작됩니다.";
        private const string Chinese = "市议会星期二投票决定在旧公交车站的原址上建造一座新的中央图书馆，结束了十年的争论。";

        static CharsetDetectorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        [Theory]
        [InlineData(Japanese, 932)]
        [InlineData(Japanese, 51932)]
        [InlineData(Korean, 949)]
        [InlineData(Chinese, 54936)]
        public void RecognisesTheCharsetAndTheDecoderUsesIt(string text, int codePage)
        {
            byte[] bytes = Encoding.GetEncoding(codePage).GetBytes(text);
            Assert.Equal(codePage, CharsetDetector.Detect(bytes)!.CodePage);
            Assert.Equal(text, DocumentDecoder.Decode(bytes));
        }

        [Theory]
        [InlineData("Городской совет проголосовал за строительство новой библиотеки на месте старого автобусного парка.", 1251)]
        [InlineData("Городской совет проголосовал за строительство новой библиотеки на месте старого автобусного парка.", 20866)]
        [InlineData("Міська рада проголосувала за будівництво нової бібліотеки: її відкриють наступного року, є кошти.", 1251)]
        public void RecognisesCyrillicSingleByteText(string text, int codePage)
        {
            byte[] bytes = Encoding.GetEncoding(codePage).GetBytes(text);
            Assert.Equal(codePage, CharsetDetector.Detect(bytes)!.CodePage);
            Assert.Equal(text, DocumentDecoder.Decode(bytes));
        }

        [Theory]
        [InlineData("Le conseil a voté mardi la construction d'une bibliothèque à la place de l'ancien dépôt, après une décennie de débats.", 1252)]
        [InlineData("Die Größe des Gebäudes überrascht: die Bürger wünschen sich schöne Räume für Bücher.", 1252)]
        [InlineData("plain ASCII text only", 1252)]
        public void LeavesOtherTextToTheFallback(string text, int codePage)
        {
            Assert.Null(CharsetDetector.Detect(Encoding.GetEncoding(codePage).GetBytes(text)));
        }
    }
}
