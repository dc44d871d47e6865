using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.IO;

namespace SupplyRisk.Parts;

/// <summary>
/// Products and the parts of their bills of materials. The embedded catalog (<c>SupplyRiskModel.Default.Products</c>) holds the built-in archetypes
/// (<c>bev</c>, <c>hev</c>, <c>ice-car</c>, <c>smartphone</c>, <c>laptop</c>, <c>wind-turbine-dd</c>), each
/// number sourced (see docs/data/products.md). Immutable and thread-safe.
/// </summary>
public sealed class ProductCatalog
{
    private readonly Dictionary<string, Product> _products;

    /// <summary>Creates a catalog.</summary>
    /// <exception cref="ArgumentException">A product id repeats or a product's root part is not in the parts.</exception>
    public ProductCatalog(IEnumerable<Product> products, PartCatalog parts)
    {
        Parts = parts ?? throw new ArgumentNullException(nameof(parts));
        Product[] list = (products ?? throw new ArgumentNullException(nameof(products))).ToArray();
        var problems = new List<string>();
        _products = new Dictionary<string, Product>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            Product product = list[i];
            if (product is null)
            {
                problems.Add($"product {i + 1} is null");
                continue;
            }

            if (_products.ContainsKey(product.Id))
            {
                problems.Add($"product id '{product.Id}' is used more than once");
            }
            else
            {
                _products.Add(product.Id, product);
            }

            if (!parts.Contains(product.RootPart))
            {
                problems.Add($"product '{product.Id}' has unknown root part '{product.RootPart}'");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid product catalog: " + string.Join("; ", problems) + ".", nameof(products));
        }

        Products = Array.AsReadOnly(list);
    }

    /// <summary>The products, in the order given.</summary>
    public IReadOnlyList<Product> Products { get; }

    /// <summary>Every part of their bills of materials.</summary>
    public PartCatalog Parts { get; }

    /// <summary>Finds a product by id (ordinal, case-sensitive).</summary>
    public bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Product? product)
    {
        product = null;
        return id is not null && _products.TryGetValue(id, out product);
    }

    /// <summary>The product with that id.</summary>
    /// <exception cref="KeyNotFoundException">No such product; the message lists the known ids.</exception>
    public Product Get(string id) =>
        _products.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out Product? p)
            ? p
            : throw new KeyNotFoundException($"Unknown product '{id}'; known: {string.Join(", ", _products.Keys)}.");
}
