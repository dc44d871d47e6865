namespace SupplyRisk.Parts;

/// <summary>What a part or product is used in.</summary>
public enum PartCategory
{
    /// <summary>Cars and their components.</summary>
    Automotive = 0,

    /// <summary>Phones.</summary>
    Phone = 1,

    /// <summary>Laptops, servers and other computing.</summary>
    Computing = 2,

    /// <summary>Wind turbines, grid and storage.</summary>
    Energy = 3,

    /// <summary>Anything else.</summary>
    Other = 4,
}
