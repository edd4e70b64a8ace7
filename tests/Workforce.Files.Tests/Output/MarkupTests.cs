using Workforce.Files.Output.Report;

namespace Workforce.Files.Tests.Output;

public class MarkupTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "&#39;=HYPERLINK(&quot;http://x&quot;)")]
    [InlineData("+1", "&#39;+1")]
    [InlineData("-2", "&#39;-2")]
    [InlineData("@sum", "&#39;@sum")]
    [InlineData("\tA", "&#39;\tA")]
    [InlineData("A,01", "A,01")]
    [InlineData("Агент", "Агент")]
    [InlineData("A=1", "A=1")]
    [InlineData("A<&>1", "A&lt;&amp;&gt;1")]
    [InlineData("", "")]
    public void A_name_is_escaped_and_gets_a_leading_apostrophe_only_where_a_spreadsheet_takes_it_for_a_formula(string name, string html) =>
        Assert.Equal(html, Markup.Text(name));

    [Fact]
    public void Figures_are_not_neutralised() => Assert.Equal("-3.5", Markup.Escape(Markup.Figure(-3.5, 1)));
}
