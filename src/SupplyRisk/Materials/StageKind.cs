namespace SupplyRisk.Materials;

/// <summary>The stages of a material's supply chain, in order.</summary>
public enum StageKind
{
    /// <summary>Mining or primary extraction (for by-products such as gallium, absent).</summary>
    Extraction = 0,

    /// <summary>Processing: refining, separation, smelting, primary refined metal.</summary>
    Processing = 1,

    /// <summary>Manufacturing of a first product, such as NdFeB permanent magnets.</summary>
    Manufacturing = 2,
}
