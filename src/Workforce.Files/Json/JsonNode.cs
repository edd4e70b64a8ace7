using System.Globalization;
using System.Text.Json;
using Workforce.Core.Common;

namespace Workforce.Files.Json;

/// <summary>
/// A JSON value together with where it sits (file, path, line), with typed accessors that report a
/// wrong or missing value as an <see cref="InputError"/> naming the file, line and field.
/// </summary>
internal readonly struct JsonNode(JsonElement element, string path, string fileName, JsonLineMap lines)
{
    public JsonElement Element { get; } = element;

    public string Path { get; } = path;

    public bool Has(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public JsonNode Child(string name)
    {
        if (!Has(name))
        {
            throw Fail(Combine(name), "is required but missing");
        }

        return new JsonNode(Element.GetProperty(name), Combine(name), fileName, lines);
    }

    public JsonNode? OptionalChild(string name) =>
        Has(name) ? new JsonNode(Element.GetProperty(name), Combine(name), fileName, lines) : null;

    public IEnumerable<JsonNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Fail(Path, "expected a JSON array");
        }

        var index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            yield return new JsonNode(item, $"{Path}[{index.ToString(CultureInfo.InvariantCulture)}]", fileName, lines);
            index++;
        }
    }

    public IEnumerable<(string Name, JsonNode Value)> Properties()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(Path, "expected a JSON object");
        }

        foreach (var property in Element.EnumerateObject())
        {
            yield return (property.Name, new JsonNode(property.Value, Combine(property.Name), fileName, lines));
        }
    }

    public string String(string name)
    {
        var child = Child(name);
        if (child.Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(child.Element.GetString()))
        {
            throw child.Fail("expected a non-empty string");
        }

        return child.Element.GetString()!;
    }

    /// <summary>An id: a non-empty string with no control character (a line break, a tab, ...) anywhere.</summary>
    public string Id(string name)
    {
        var id = String(name);
        return Csv.IdText.HasControl(id)
            ? throw Child(name).Fail($"an id must not hold control characters (a line break, a tab, ...), got '{Csv.IdText.Visible(id)}'")
            : id;
    }

    public string? OptionalString(string name) => Has(name) ? String(name) : null;

    public double Number(string name) => Child(name).AsNumber();

    public double? OptionalNumber(string name) => Has(name) ? Number(name) : null;

    public double AsNumber()
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw Fail("expected a finite number");
        }

        return value;
    }

    public string AsString()
    {
        if (Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Element.GetString()))
        {
            throw Fail("expected a non-empty string");
        }

        return Element.GetString()!;
    }

    /// <summary>A number that must lie in the open interval (0, 1): a fraction that is neither nothing nor everything.</summary>
    public double OpenFraction(string name)
    {
        var value = Number(name);
        return value is > 0 and < 1 ? value : throw Child(name).Fail($"must lie strictly between 0 and 1, got {Format(value)}");
    }

    public double Positive(string name)
    {
        var value = Number(name);
        return value > 0 ? value : throw Child(name).Fail($"must be greater than 0, got {Format(value)}");
    }

    public double NonNegative(string name)
    {
        var value = Number(name);
        return value >= 0 ? value : throw Child(name).Fail($"must not be negative, got {Format(value)}");
    }

    public int WholeNumber(string name, int min, int max)
    {
        var value = Number(name);
        return value >= min && value <= max && value == Math.Floor(value)
            ? (int)value
            : throw Child(name).Fail($"expected a whole number from {min} to {max}, got {Format(value)}");
    }

    public InputErrorException Fail(string message) => Fail(Path, message);

    public InputErrorException Fail(string path, string message) =>
        new(new InputError(fileName, lines.LineOf(path) ?? lines.LineOf(Path), path, message));

    private string Combine(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
