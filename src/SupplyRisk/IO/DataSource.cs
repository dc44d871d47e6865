namespace SupplyRisk.IO;

/// <summary>The text of one data file, read eagerly so a builder can be built more than once.</summary>
internal sealed class DataSource
{
    public DataSource(DataFileKind kind, string name, string text)
    {
        Kind = kind;
        Name = name;
        Text = text;
    }

    public DataFileKind Kind { get; }

    public string Name { get; }

    public string Text { get; }
}
