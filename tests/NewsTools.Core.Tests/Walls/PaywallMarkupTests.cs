using NewsTools.Walls;
using Xunit;

namespace NewsTools.Core.Tests.Walls
{
    /// <summary>Which script addresses name a paywall vendor: the host only, never a path or query that mentions one.</summary>
    public class PaywallMarkupTests
    {
        [Theory]
        [InlineData("https://cdn.tinypass.com/api/tinypass.min.js", "Piano")]
        [InlineData("//experience.piano.io/xbuilder/experience/load?aid=abc", "Piano")]
        [InlineData("https://CDN.TinyPass.COM:443/api/tinypass.min.js", "Piano")]
        [InlineData("https://steadyhq.com/widget.js", "Steady")]
        public void AVendorHostOrItsSubdomainNamesTheVendor(string src, string vendor)
        {
            Assert.Equal(vendor, PaywallMarkup.VendorOfScript(src));
        }

        [Theory]
        [InlineData("https://example.com/js/tinypass.com.js")]
        [InlineData("https://example.com/load?from=cdn.tinypass.com")]
        [InlineData("https://tinypass.com.example.net/x.js")]
        [InlineData("https://nottinypass.com/x.js")]
        [InlineData("/static/tinypass.com/x.js")]
        [InlineData("tinypass")]
        public void APathQueryLookalikeOrRelativeAddressIsNoVendor(string src)
        {
            Assert.Null(PaywallMarkup.VendorOfScript(src));
        }
    }
}
