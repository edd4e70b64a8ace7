using Workforce.Files.Csv;

namespace Workforce.Files.Tests.Csv;

public sealed class CsvFileTests : IDisposable
{
    /// <summary>Ids a planner's HR export may well hold: a comma, a quote, non-Latin letters, text a spreadsheet takes for a formula.</summary>
    private static readonly string[] HostileIds = ["A,01", "B\"02\"", "Агент-03", "代理 04", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@sum"];

    private readonly string _directory = Directory.CreateTempSubdirectory("workforce-csv-").FullName;

    private string PathOf(string name) => Path.Combine(_directory, name);

    [Fact]
    public void Only_fields_with_a_comma_a_quote_or_a_line_break_are_quoted_and_formula_text_goes_out_verbatim()
    {
        var path = PathOf("ids.csv");

        CsvFile.Write(path, ["id", "note"], HostileIds, id => [id, "two\nlines"]);

        Assert.Equal(
            "id,note\n"
            + "\"A,01\",\"two\nlines\"\n"
            + "\"B\"\"02\"\"\",\"two\nlines\"\n"
            + "Агент-03,\"two\nlines\"\n"
            + "代理 04,\"two\nlines\"\n"
            + "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"two\nlines\"\n"
            + "+1,\"two\nlines\"\n"
            + "-2,\"two\nlines\"\n"
            + "@sum,\"two\nlines\"\n",
            File.ReadAllText(path));
    }

    [Fact]
    public void What_is_written_reads_back_as_the_same_fields()
    {
        var path = PathOf("ids.csv");

        CsvFile.Write(path, ["id", "name", "empty"], HostileIds, id => [id, $"{id}, \"named\"\r\n", string.Empty]);

        var rows = CsvFile.Read(path, ["id", "name", "empty"]).ToList();
        Assert.Equal(HostileIds, rows.Select(r => r.Id("id")));
        Assert.Equal(HostileIds.Select(id => $"{id}, \"named\""), rows.Select(r => r.Text("name")));
        Assert.All(rows, r => Assert.True(r.IsEmpty("empty")));
    }

    [Fact]
    public void The_file_is_utf8_without_a_byte_order_mark_with_lines_ending_in_a_line_feed()
    {
        var path = PathOf("plain.csv");

        CsvFile.Write(path, ["a", "b"], [1], _ => ["Ä", "1.5"]);

        Assert.Equal("a,b\nÄ,1.5\n"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("A\n01", "A\\n01")]
    [InlineData("A\t01", "A\\t01")]
    [InlineData("A01\u0007", "A01\\u0007")]
    public void An_id_with_a_control_character_is_refused_with_the_line_it_starts_on_and_the_character_shown(string id, string shown)
    {
        var path = PathOf("agents.csv");
        File.WriteAllText(path, $"agent_id\nA00\n\"{id}\"\n");

        var error = Assert.Throws<InputErrorException>(() => CsvFile.Read(path, ["agent_id"]).Select(r => r.Id("agent_id")).ToList()).Error;

        Assert.Equal(3, error.Line);
        Assert.Equal("agent_id", error.Field);
        Assert.Contains($"'{shown}'", error.Message, StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n'));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
