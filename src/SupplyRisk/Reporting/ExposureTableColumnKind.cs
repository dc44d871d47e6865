namespace SupplyRisk.Reporting;

/// <summary>The type of an <see cref="ExposureTable"/> column, as its writers store it.</summary>
public enum ExposureTableColumnKind
{
    /// <summary>Text (<see cref="string"/>; CSV: the text, quoted where needed; Arrow: utf8).</summary>
    Text = 0,

    /// <summary>A real number (<see cref="double"/>; CSV: invariant round-trip form; Arrow: float64).</summary>
    Number = 1,

    /// <summary>A whole number (<see cref="int"/>; CSV: invariant digits; Arrow: int32).</summary>
    Integer = 2,

    /// <summary>A calendar date (<see cref="System.DateTime"/>, date part only; CSV: <c>yyyy-MM-dd</c>; Arrow: date32).</summary>
    Date = 3,

    /// <summary>A yes/no value (<see cref="bool"/>; CSV: <c>true</c>/<c>false</c>; Arrow: bool).</summary>
    Boolean = 4,
}
