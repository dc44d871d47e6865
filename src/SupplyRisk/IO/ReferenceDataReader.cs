using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.IO;

/// <summary>
/// Turns data files into a <see cref="ReferenceDataset"/>: parses every file in the order given (later
/// files override earlier ones by key), checks everything, and either returns a complete dataset or
/// throws one <see cref="ReferenceDataException"/> listing every problem.
/// </summary>
internal sealed class ReferenceDataReader
{
    private static readonly Dictionary<DataFileKind, string[]> RequiredColumns = new()
    {
        [DataFileKind.CountryGroups] = new[] { "group", "country", "source" },
        [DataFileKind.Governance] = new[] { "country", "wgi_mean6", "source" },
        [DataFileKind.Materials] = new[] { "id", "name", "source" },
        [DataFileKind.StageShares] = new[] { "material", "stage", "country", "share", "quality", "source" },
        [DataFileKind.BuyerImportReliance] = new[] { "buyer", "material", "import_reliance", "quality", "source" },
        [DataFileKind.BuyerSourcing] = new[] { "buyer", "material", "stage", "country", "share", "quality", "source" },
        [DataFileKind.PublishedAssessments] = new[] { "material", "source" },
        [DataFileKind.MaterialPrices] = new[] { "material", "usd_per_kg", "source" },
        [DataFileKind.MaterialDynamics] = new[] { "material", "channel_cover_days", "alternative_supply_share", "alternative_lead_days", "substitution_lead_days", "trader_stock_share", "price_elasticity", "max_price_multiplier", "quality", "source" },
        [DataFileKind.CoverDefaults] = new[] { "category", "item_class", "cover_days", "quality", "source" },
    };

    private readonly List<DataError> _errors = new();
    private readonly Dictionary<string, (List<CountryCode> Members, CsvRecord Record)> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<CountryCode, (GovernanceScore Score, Provenance Provenance)> _governance = new();
    private readonly Dictionary<string, (CsvRecord Record, Func<IReadOnlyList<SupplyStage>, Material> Create, string? Group)> _materials = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Material, StageKind Stage), List<ShareRow>> _stageShares = new();
    private readonly Dictionary<(string Buyer, string Material, StageKind? Stage), (double Value, Provenance Provenance, CsvRecord Record)> _importReliance = new();
    private readonly Dictionary<(string Buyer, string Material, StageKind Stage), List<ShareRow>> _sourcing = new();
    private readonly Dictionary<string, (PublishedAssessment Assessment, CsvRecord Record)> _published = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (MaterialPrice Price, CsvRecord Record)> _prices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DynamicsRow Row, CsvRecord Record)> _dynamics = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Category, string ItemClass), Parts.CoverDefault> _covers = new();

    public ReferenceDataset Read(IEnumerable<DataSource> sources, GovernanceScore restOfWorldGovernance)
    {
        foreach (DataSource source in sources)
        {
            IReadOnlyList<CsvRecord> records;
            using (var reader = new StringReader(source.Text))
            {
                records = CsvReader.Read(reader, source.Name, _errors, RequiredColumns[source.Kind]);
            }

            if (records.Count == 0)
            {
                continue;
            }

            switch (source.Kind)
            {
                case DataFileKind.CountryGroups:
                    ReadGroups(records);
                    break;
                case DataFileKind.Governance:
                    ReadGovernance(records);
                    break;
                case DataFileKind.Materials:
                    ReadMaterials(records);
                    break;
                case DataFileKind.StageShares:
                    ReadStageShares(records);
                    break;
                case DataFileKind.BuyerImportReliance:
                    ReadImportReliance(records);
                    break;
                case DataFileKind.BuyerSourcing:
                    ReadSourcing(records);
                    break;
                case DataFileKind.PublishedAssessments:
                    ReadPublished(records);
                    break;
                case DataFileKind.MaterialPrices:
                    ReadPrices(records);
                    break;
                case DataFileKind.MaterialDynamics:
                    ReadDynamics(records);
                    break;
                case DataFileKind.CoverDefaults:
                    ReadCoverDefaults(records);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(sources), source.Kind, "Unknown data file kind.");
            }
        }

        // Assemble even after parse errors: cross-file checks add their problems to the same list.
        ReferenceDataset dataset = Assemble(restOfWorldGovernance);
        if (_errors.Count > 0)
        {
            throw new ReferenceDataException(_errors.ToArray());
        }

        return dataset;
    }

    private void ReadGroups(IReadOnlyList<CsvRecord> records)
    {
        var fromThisFile = new Dictionary<string, (List<CountryCode>, CsvRecord)>(StringComparer.Ordinal);
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, _errors);
            string group = f.RequiredText("group");
            CountryCode? country = f.CountryCode("country", allowRestOfWorld: false);
            f.Provenance(null);
            if (!f.Ok)
            {
                continue;
            }

            if (!fromThisFile.TryGetValue(group, out var entry))
            {
                entry = (new List<CountryCode>(), record);
                fromThisFile.Add(group, entry);
            }

            if (entry.Item1.Contains(country!.Value))
            {
                f.Fail($"country {country} is listed twice in group '{group}'");
                continue;
            }

            entry.Item1.Add(country.Value);
        }

        foreach (var pair in fromThisFile)
        {
            _groups[pair.Key] = pair.Value;
        }
    }

    private void ReadGovernance(IReadOnlyList<CsvRecord> records)
    {
        var seen = new HashSet<CountryCode>();
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, _errors);
            CountryCode? country = f.CountryCode("country", allowRestOfWorld: false);
            double wgi = f.RequiredNumber("wgi_mean6", GovernanceScore.MinimumEstimate, GovernanceScore.MaximumEstimate);
            Provenance provenance = f.Provenance(record.Has("quality") ? "quality" : null, "data_year");
            if (!f.Ok)
            {
                continue;
            }

            if (!seen.Add(country!.Value))
            {
                f.Fail("duplicate country: it already has a governance score in this file");
                continue;
            }

            _governance[country.Value] = (GovernanceScore.FromEstimate(wgi), provenance);
        }
    }

    private void ReadMaterials(IReadOnlyList<CsvRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, _errors);
            MaterialId? id = f.MaterialId("id");
            string name = f.RequiredText("name");
            string group = f.Text("group");
            MaterialId groupId = default;
            if (group.Length > 0 && !MaterialId.TryFrom(group, out groupId))
            {
                f.Fail($"group '{group}' is not a material id");
            }

            double? eol = f.OptionalFraction("eol_rir", plainOneIsAmbiguous: true);
            double? siSr = f.OptionalFraction("si_sr");
            double? siEi = f.OptionalFraction("si_ei");
            Provenance provenance = f.Provenance(record.Has("quality") ? "quality" : null);
            if (!f.Ok)
            {
                continue;
            }

            if (!seen.Add(id!.Value.Value))
            {
                f.Fail("duplicate material id in this file");
                continue;
            }

            string symbol = f.Text("symbol");
            MaterialId materialId = id.Value;
            _materials[materialId.Value] = (
                record,
                stages => new Material(materialId, name, stages)
                {
                    Symbol = symbol.Length == 0 ? null : symbol,
                    Group = groupId.IsDefault ? (MaterialId?)null : groupId,
                    EndOfLifeRecyclingInputRate = eol,
                    SubstitutionIndexSupplyRisk = siSr,
                    SubstitutionIndexEconomicImportance = siEi,
                    ParametersProvenance = provenance,
                },
                groupId.IsDefault ? null : groupId.Value);
        }
    }

    private void ReadStageShares(IReadOnlyList<CsvRecord> records) =>
        ReadShares(
            records,
            f =>
            {
                MaterialId? material = f.MaterialId("material");
                StageKind? stage = f.StageKind("stage", optional: false);
                return material is null || stage is null
                    ? default((bool, (string, StageKind)))
                    : (true, (material.Value.Value, stage.Value));
            },
            _stageShares);

    private void ReadShares<TKey>(IReadOnlyList<CsvRecord> records, Func<FieldReader, (bool Ok, TKey Key)> readKey, Dictionary<TKey, List<ShareRow>> target)
        where TKey : notnull
    {
        var fromThisFile = new Dictionary<TKey, List<ShareRow>>();
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, _errors);
            var (keyOk, key) = readKey(f);
            CountryCode? country = f.CountryCode("country", allowRestOfWorld: true);
            double share = f.RequiredFraction("share");
            Provenance provenance = f.Provenance("quality");
            if (!f.Ok || !keyOk)
            {
                continue;
            }

            if (!fromThisFile.TryGetValue(key, out List<ShareRow>? rows))
            {
                rows = new List<ShareRow>();
                fromThisFile.Add(key, rows);
            }

            if (rows.Any(r => r.Share.Country == country!.Value))
            {
                f.Fail($"duplicate row: country {country} already has a share in this stage (line {rows.First(r => r.Share.Country == country!.Value).Record.Line})");
                continue;
            }

            string label = f.Text("stage_label");
            rows.Add(new ShareRow(record, new CountryShare(country!.Value, share, provenance), label.Length == 0 ? null : label));
        }

        foreach (var pair in fromThisFile)
        {
            target[pair.Key] = pair.Value;
        }
    }

    private void ReadImportReliance(IReadOnlyList<CsvRecord> records)
    {
        var seen = new HashSet<(string, string, StageKind?)>();
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, _errors);
            string buyer = f.RequiredText("buyer");
            MaterialId? material = f.MaterialId("material");
            StageKind? stage = f.StageKind("stage", optional: true);
            double ir = f.RequiredFraction("import_reliance");
            Provenance provenance = f.Provenance("quality");
            if (!f.Ok)
            {
                continue;
            }

            var key = (buyer, material!.Value.Value, stage);
            if (!seen.Add(key))
            {
                f.Fail($"duplicate import reliance for buyer {buyer}");
                continue;
            }

            _importReliance[key] = (ir, provenance, record);
        }
    }

    private void ReadSourcing(IReadOnlyList<CsvRecord> records) =>
        ReadShares(
            records,
            f =>
            {
                string buyer = f.RequiredText("buyer");
                MaterialId? material = f.MaterialId("material");
                StageKind? stage = f.StageKind("stage", optional: false);
                return buyer.Length == 0 || material is null || stage is null
                    ? default((bool, (string, string, StageKind)))
                    : (true, (buyer, material.Value.Value, stage.Value));
            },
            _sourcing);

    private void ReadPublished(IReadOnlyList<CsvRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, _errors);
            MaterialId? material = f.MaterialId("material");
            double? sr = f.OptionalNumber("sr", 0, 100);
            double? ei = f.OptionalNumber("ei", 0, 100);
            bool? critical = f.YesNo("critical");
            bool? strategic = f.YesNo("strategic");
            Provenance provenance = f.Provenance(record.Has("quality") ? "quality" : null);
            if (!f.Ok)
            {
                continue;
            }

            if (!seen.Add(material!.Value.Value))
            {
                f.Fail("duplicate material in this file");
                continue;
            }

            _published[material.Value.Value] = (new PublishedAssessment(material.Value, sr, ei, critical, strategic, provenance), record);
        }
    }

    private void ReadPrices(IReadOnlyList<CsvRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, _errors);
            MaterialId? material = f.MaterialId("material");
            double price = f.RequiredNumber("usd_per_kg", 0, 1e9);
            if (f.Ok && price <= 0)
            {
                f.Fail("'usd_per_kg' must be positive");
            }

            Provenance provenance = f.Provenance(record.Has("quality") ? "quality" : null);
            if (!f.Ok)
            {
                continue;
            }

            if (!seen.Add(material!.Value.Value))
            {
                f.Fail("duplicate material in this file");
                continue;
            }

            _prices[material.Value.Value] = (new MaterialPrice(material.Value, price, provenance), record);
        }
    }

    private void ReadDynamics(IReadOnlyList<CsvRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, _errors);
            string key = f.RequiredText("material");
            MaterialId material = default;
            if (key.Length > 0 && key != "*" && !MaterialId.TryFrom(key, out material))
            {
                f.Fail($"'{key}' is not a material id (or * for the default row)");
            }

            // A material's row may leave a value empty: it then takes the default row's (the * row must give them all).
            double? Value(string column, double min, double max) =>
                key == "*" ? f.RequiredNumber(column, min, max) : f.OptionalNumber(column, min, max);
            var row = new DynamicsRow(
                material,
                Value("channel_cover_days", 0, MaterialDynamics.MaximumDays),
                Value("alternative_supply_share", 0, 1),
                Value("alternative_lead_days", 0, MaterialDynamics.MaximumDays),
                Value("substitution_lead_days", 0, MaterialDynamics.MaximumDays),
                f.OptionalNumber("world_supply_t", 0, 1e12),
                Value("trader_stock_share", 0, 1),
                Value("price_elasticity", 0, 10),
                Value("max_price_multiplier", 1, 100),
                f.Provenance("quality"));
            if (f.Ok && row.PriceElasticity is <= 0)
            {
                f.Fail("'price_elasticity' must be positive");
            }

            if (!f.Ok)
            {
                continue;
            }

            if (!seen.Add(key))
            {
                f.Fail("duplicate material in this file");
                continue;
            }

            _dynamics[key] = (row, record);
        }
    }

    private void ReadCoverDefaults(IReadOnlyList<CsvRecord> records)
    {
        var seen = new HashSet<(string, string)>();
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, _errors);
            string categoryText = f.RequiredText("category");
            string classText = f.RequiredText("item_class");
            Parts.PartCategory? category = null;
            ItemClass? itemClass = null;
            if (categoryText.Length > 0 && categoryText != "*")
            {
                if (Parts.PartCategories.TryParse(categoryText, out Parts.PartCategory c))
                {
                    category = c;
                }
                else
                {
                    f.Fail($"category '{categoryText}' is not {Parts.PartCategories.Expected} (or *)");
                }
            }

            if (classText.Length > 0 && classText != "*")
            {
                if (ItemClasses.TryParse(classText, out ItemClass k))
                {
                    itemClass = k;
                }
                else
                {
                    f.Fail($"item_class '{classText}' is not one of {ItemClasses.Expected} (or *)");
                }
            }

            double days = f.RequiredNumber("cover_days", 0, Parts.Part.MaximumCoverDays);
            Provenance provenance = f.Provenance("quality");
            if (!f.Ok)
            {
                continue;
            }

            var key = (category?.ToString() ?? "*", itemClass?.ToString() ?? "*");
            if (!seen.Add(key))
            {
                f.Fail("duplicate (category, item_class) in this file");
                continue;
            }

            _covers[key] = new Parts.CoverDefault(category, itemClass, days, provenance);
        }
    }

    private ReferenceDataset Assemble(GovernanceScore restOfWorldGovernance)
    {
        var groups = new List<CountryGroup>();
        foreach (var pair in _groups.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            groups.Add(new CountryGroup(pair.Key, pair.Key, pair.Value.Members));
        }

        var governance = new GovernanceTable(_governance.Select(p => (p.Key, p.Value.Score, p.Value.Provenance)), restOfWorldGovernance);

        // Shares of every stage: unknown material, invalid sums, suppliers without governance.
        var stagesByMaterial = new Dictionary<string, List<SupplyStage>>(StringComparer.Ordinal);
        foreach (var pair in _stageShares.OrderBy(p => p.Key.Material, StringComparer.Ordinal).ThenBy(p => p.Key.Stage))
        {
            string material = pair.Key.Material;
            CsvRecord first = pair.Value[0].Record;
            if (!_materials.ContainsKey(material))
            {
                _errors.Add(new DataError(first.File, first.Line, "refers to an unknown material: it is not in the materials file", material, StageName(pair.Key.Stage)));
                continue;
            }

            CountryShares? shares = BuildShares(pair.Value, material, StageName(pair.Key.Stage), governance, "stage");
            if (shares is null)
            {
                continue;
            }

            if (!stagesByMaterial.TryGetValue(material, out List<SupplyStage>? stages))
            {
                stages = new List<SupplyStage>();
                stagesByMaterial.Add(material, stages);
            }

            stages.Add(new SupplyStage(pair.Key.Stage, pair.Value.Select(r => r.Label).FirstOrDefault(l => l is not null), shares));
        }

        var materials = new List<Material>();
        foreach (var pair in _materials.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            CsvRecord record = pair.Value.Record;
            if (pair.Value.Group is string group && !_materials.ContainsKey(group))
            {
                _errors.Add(new DataError(record.File, record.Line, $"refers to an unknown group material '{group}'", pair.Key));
            }

            if (!stagesByMaterial.TryGetValue(pair.Key, out List<SupplyStage>? stages))
            {
                bool hadRows = _stageShares.Keys.Any(k => k.Material == pair.Key);
                if (!hadRows)
                {
                    _errors.Add(new DataError(record.File, record.Line, "has no supply stages: add its country shares to a stage-shares file", pair.Key));
                }

                continue;
            }

            materials.Add(pair.Value.Create(stages));
        }

        var buyers = new Dictionary<string, Buyer>(StringComparer.Ordinal);
        // Buyers are keyed by their canonical code, so 'US' and 'USA' are one buyer.
        Buyer? ResolveBuyer(string code, CsvRecord record, string material)
        {
            CountryGroup? group = groups.FirstOrDefault(g => string.Equals(g.Id, code, StringComparison.Ordinal));
            Buyer? buyer = group is not null ? Buyer.FromGroup(group)
                : CountryCode.TryParse(code, out CountryCode country) && !country.IsRestOfWorld ? Buyer.FromCountry(country) : null;
            if (buyer is null)
            {
                _errors.Add(new DataError(record.File, record.Line, $"buyer '{code}' is neither a country group nor an ISO country code", material));
                return null;
            }

            if (!buyers.TryGetValue(buyer.Code, out Buyer? known))
            {
                buyers[buyer.Code] = known = buyer;
            }

            return known;
        }

        var profileParts = new Dictionary<(string Buyer, string Material), ProfileParts>();
        ProfileParts Parts(string buyer, string material)
        {
            if (!profileParts.TryGetValue((buyer, material), out ProfileParts? parts))
            {
                parts = new ProfileParts();
                profileParts.Add((buyer, material), parts);
            }

            return parts;
        }

        foreach (var pair in _importReliance)
        {
            var (buyerCode, material, stage) = pair.Key;
            CsvRecord record = pair.Value.Record;
            if (!_materials.ContainsKey(material))
            {
                _errors.Add(new DataError(record.File, record.Line, "refers to an unknown material", material));
                continue;
            }

            if (ResolveBuyer(buyerCode, record, material) is not Buyer irBuyer)
            {
                continue;
            }

            ProfileParts parts = Parts(irBuyer.Code, material);
            if (stage is StageKind kind)
            {
                parts.StageImportReliance[kind] = (pair.Value.Value, pair.Value.Provenance);
            }
            else
            {
                parts.ImportReliance = (pair.Value.Value, pair.Value.Provenance);
            }
        }

        foreach (var pair in _sourcing)
        {
            var (buyerCode, material, stage) = pair.Key;
            CsvRecord record = pair.Value[0].Record;
            if (!_materials.ContainsKey(material))
            {
                _errors.Add(new DataError(record.File, record.Line, "refers to an unknown material", material, StageName(stage)));
                continue;
            }

            if (ResolveBuyer(buyerCode, record, material) is not Buyer sourcingBuyer)
            {
                continue;
            }

            CountryShares? shares = BuildShares(pair.Value, material, StageName(stage), governance, $"buyer {buyerCode} sourcing");
            if (shares is not null)
            {
                Parts(sourcingBuyer.Code, material).Sourcing[stage] = shares;
            }
        }

        foreach (var pair in _published)
        {
            if (!_materials.ContainsKey(pair.Key))
            {
                _errors.Add(new DataError(pair.Value.Record.File, pair.Value.Record.Line, "refers to an unknown material", pair.Key));
            }
        }

        foreach (var pair in _dynamics.Where(p => p.Key != "*"))
        {
            if (!_materials.ContainsKey(pair.Key))
            {
                _errors.Add(new DataError(pair.Value.Record.File, pair.Value.Record.Line, "refers to an unknown material", pair.Key));
            }
        }

        foreach (var pair in _prices)
        {
            if (!_materials.ContainsKey(pair.Key))
            {
                _errors.Add(new DataError(pair.Value.Record.File, pair.Value.Record.Line, "refers to an unknown material", pair.Key));
            }
        }

        var profiles = profileParts
            .OrderBy(p => p.Key.Buyer, StringComparer.Ordinal).ThenBy(p => p.Key.Material, StringComparer.Ordinal)
            .Select(p => new BuyerMaterialProfile(
                buyers[p.Key.Buyer],
                MaterialId.From(p.Key.Material),
                p.Value.ImportReliance,
                p.Value.StageImportReliance,
                p.Value.Sourcing))
            .ToList();

        return new ReferenceDataset(
            groups,
            governance,
            materials,
            buyers.Values.OrderBy(b => b.Code, StringComparer.Ordinal).ToList(),
            profiles,
            _published.Values.Select(p => p.Assessment).OrderBy(p => p.Material).ToList(),
            _prices.Values.Select(p => p.Price).OrderBy(p => p.Material).ToList(),
            AssembleDynamics(),
            _covers.OrderBy(p => p.Key.Category, StringComparer.Ordinal).ThenBy(p => p.Key.ItemClass, StringComparer.Ordinal).Select(p => p.Value).ToList());
    }

    /// <summary>The dynamics rows, each material's empty values taken from the default (*) row.</summary>
    private List<MaterialDynamics> AssembleDynamics()
    {
        DynamicsRow? defaults = _dynamics.TryGetValue("*", out var d) ? d.Row : null;
        var list = new List<MaterialDynamics>();
        foreach (var pair in _dynamics.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            DynamicsRow row = pair.Value.Row;
            double? Or(Func<DynamicsRow, double?> value) => value(row) ?? (defaults is null ? null : value(defaults));
            double?[] values =
            {
                Or(r => r.ChannelCoverDays), Or(r => r.AlternativeSupplyShare), Or(r => r.AlternativeLeadDays), Or(r => r.SubstitutionLeadDays),
                Or(r => r.TraderStockShare), Or(r => r.PriceElasticity), Or(r => r.MaximumPriceMultiplier),
            };
            if (values.Any(v => v is null))
            {
                _errors.Add(new DataError(pair.Value.Record.File, pair.Value.Record.Line, "leaves a value empty but the dataset has no default (*) row to take it from", pair.Key));
                continue;
            }

            list.Add(new MaterialDynamics(row.Material, values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value, row.WorldSupplyTonnes, values[4]!.Value, values[5]!.Value, values[6]!.Value, row.Provenance));
        }

        return list;
    }

    private CountryShares? BuildShares(List<ShareRow> rows, string material, string stage, GovernanceTable governance, string what)
    {
        CsvRecord first = rows[0].Record;
        bool ok = true;
        foreach (ShareRow row in rows)
        {
            if (!governance.Contains(row.Share.Country))
            {
                _errors.Add(new DataError(row.Record.File, row.Record.Line, $"supplier in {what} has no governance (WGI) score", material, stage, row.Share.Country.Value));
                ok = false;
            }
        }

        IReadOnlyList<string> problems = CountryShares.Validate(rows.Select(r => r.Share));
        foreach (string problem in problems)
        {
            _errors.Add(new DataError(first.File, first.Line, $"{what} shares are invalid: {problem}", material, stage));
        }

        return ok && problems.Count == 0 ? CountryShares.Create(rows.Select(r => r.Share)) : null;
    }

    private static string StageName(StageKind stage) => StageKinds.Name(stage);

    /// <summary>A row of a dynamics file as read: a material's empty values are null until the default row fills them.</summary>
    private sealed record DynamicsRow(
        MaterialId Material,
        double? ChannelCoverDays,
        double? AlternativeSupplyShare,
        double? AlternativeLeadDays,
        double? SubstitutionLeadDays,
        double? WorldSupplyTonnes,
        double? TraderStockShare,
        double? PriceElasticity,
        double? MaximumPriceMultiplier,
        Provenance Provenance);

    private sealed class ProfileParts
    {
        public (double, Provenance)? ImportReliance { get; set; }

        public Dictionary<StageKind, (double, Provenance)> StageImportReliance { get; } = new();

        public Dictionary<StageKind, CountryShares> Sourcing { get; } = new();
    }
}
