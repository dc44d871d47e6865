using System;

namespace SupplyRisk.Materials;

/// <summary>One stage of a material's supply chain and its country shares. Immutable and thread-safe.</summary>
public sealed class SupplyStage
{
    /// <summary>Creates a stage.</summary>
    /// <param name="kind">Which stage.</param>
    /// <param name="label">A human label such as "mine production" or "NdFeB magnet manufacturing"; defaults to the kind.</param>
    /// <param name="shares">The supplier countries' shares of the stage's output.</param>
    public SupplyStage(StageKind kind, string? label, CountryShares shares)
    {
        if (!Enum.IsDefined(typeof(StageKind), kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown supply stage.");
        }

        Kind = kind;
        Label = string.IsNullOrWhiteSpace(label) ? StageKinds.Name(kind) : label!;
        Shares = shares ?? throw new ArgumentNullException(nameof(shares));
    }

    /// <summary>Which stage.</summary>
    public StageKind Kind { get; }

    /// <summary>The human label.</summary>
    public string Label { get; }

    /// <summary>The supplier countries' shares.</summary>
    public CountryShares Shares { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} ({Label})";
}
