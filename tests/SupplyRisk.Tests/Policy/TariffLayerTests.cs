using System.IO;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Policy;

/// <summary>
/// Tariffs read where goods cross a border: on materials at the stage and item class they cross as, on assembled goods
/// by class and category where they enter the buyer; layers stack, the latest measure within a layer wins.
/// Test data: testium is mined in CN (80 %) and AU (20 %), refined in CN (50 %) and the rest of the world (50 %), and
/// costs 100 US$/kg; the buyer BLOC is DE and FR.
/// </summary>
public sealed class TariffLayerTests
{
    private static readonly ReferenceDataset Data = TestData.Build();
    private static readonly CountryCode CN = CountryCode.Parse("CN");
    private static readonly CountryCode AU = CountryCode.Parse("AU");
    private static readonly CountryCode DE = CountryCode.Parse("DE");
    private static readonly CountryCode JP = CountryCode.Parse("JP");
    private static readonly DateTime Day = new(2026, 11, 28);
    private static readonly MaterialId Testium = "testium";

    private static ExposureScorer Context(params PolicyMeasure[] tariffs) =>
        ExposureScorer.Create(Data, PolicyTimeline.Empty, Scenario.Create("t").With(tariffs).Build(), Data.GetBuyer("BLOC"), Day);

    private static PolicyMeasure OnTestium(string id, CountryCode importer, CountryCode exporter, StageKind? stage, ItemClass? itemClass, double rate, string layer, DateTime? effective = null) =>
        PolicyMeasure.Tariff(
            id,
            id,
            importer,
            new MeasureScope(new[] { Testium }, stage is StageKind s ? new[] { s } : null, new[] { exporter }, itemClass is ItemClass c ? new[] { c } : null),
            rate,
            layer,
            effective is DateTime e ? MeasureWindow.Create(e) : null);

    private static PolicyMeasure OnGoods(string id, CountryCode importer, CountryCode exporter, ItemClass itemClass, PartCategory category, double rate, string layer) =>
        PolicyMeasure.Tariff(id, id, importer, new MeasureScope(counterparties: new[] { exporter }, itemClasses: new[] { itemClass }, categories: new[] { category }), rate, layer);

    /// <summary>A widget made in DE (inside the buyer) holding 10 g of testium: its material crosses CN/AU → CN/ROW → DE.</summary>
    private static PartCatalog Widget() =>
        new(new[] { new Part("W", "widget", PartCategory.Other, CountryShares.Create((DE, 1.0)), new[] { new MaterialContent(Testium, 10) }) });

    [Fact]
    public void A_tariff_on_ore_acts_where_ore_crosses_a_border_and_not_on_the_refined_material()
    {
        // CN charges 30 % on ore from AU: AU mines 20 %, CN refines 50 %, so 10 % of the ore crosses AU → CN.
        ExposureReport ore = Context(OnTestium("cn-ore", CN, AU, StageKind.Extraction, ItemClass.Ore, 0.30, "x")).Score(Widget(), "W");
        Assert.Equal(0.2 * 0.5 * 0.30, ore.CostImpactMaterialTariffs, 12);
        Assert.Equal(0.0, ore.CostImpactPartTariffs);

        // The same rate on the refined material from AU never acts: no refined testium leaves AU.
        ExposureReport refined = Context(OnTestium("cn-refined", CN, AU, null, ItemClass.RefinedMaterial, 0.30, "x")).Score(Widget(), "W");
        Assert.Equal(0.0, refined.CostImpactTariffs);

        // A tariff by DE on ore from CN never acts either: ore is refined in CN or elsewhere, not in DE.
        ExposureReport deOre = Context(OnTestium("de-ore", DE, CN, StageKind.Extraction, null, 0.30, "x")).Score(Widget(), "W");
        Assert.Equal(0.0, deOre.CostImpactTariffs);
    }

    [Fact]
    public void Layers_stack_the_latest_measure_wins_within_a_layer_and_the_engine_charges_the_same()
    {
        // DE charges on refined testium from CN (half the refined material): 20 % + 5 % in two layers, and in layer
        // "a" a later 40 % replaces the 20 %.
        PolicyMeasure early = OnTestium("a-early", DE, CN, StageKind.Processing, ItemClass.RefinedMaterial, 0.20, "a", new DateTime(2025, 1, 1));
        PolicyMeasure other = OnTestium("b", DE, CN, StageKind.Processing, null, 0.05, "b", new DateTime(2025, 1, 1));
        PolicyMeasure later = OnTestium("a-later", DE, CN, StageKind.Processing, ItemClass.RefinedMaterial, 0.40, "a", new DateTime(2026, 1, 1));

        Assert.Equal(0.5 * 0.25, Context(early, other).Score(Widget(), "W").CostImpactMaterialTariffs, 12);
        ExposureScorer context = Context(early, other, later);
        ExposureReport report = context.Score(Widget(), "W");
        Assert.Equal(0.5 * 0.45, report.CostImpactMaterialTariffs, 12);
        Assert.Equal(1.0 + (0.5 * 0.45), report.Materials.Single().CostMultiplier, 12);

        CompiledCatalog catalog = CompiledCatalog.Compile(Widget(), Data, Data.GetBuyer("BLOC"));
        ExposureEngine.Score(CompiledScenario.Compile(context, catalog), 0, out _, out double cost);
        Assert.Equal(report.CostImpact, cost, 6);
    }

    [Fact]
    public void A_product_made_outside_enters_whole_and_inside_its_imported_components_pay_theirs()
    {
        // Product P: made half in DE (inside BLOC), half in CN; its component C is made in JP and holds the testium.
        var parts = new PartCatalog(new[]
        {
            new Part("P", "car", PartCategory.Automotive, CountryShares.Create((DE, 0.5), (CN, 0.5)), null, new[] { new BomLine("C", 1) }, itemClass: ItemClass.Product),
            new Part("C", "motor", PartCategory.Automotive, CountryShares.Create((JP, 1.0)), new[] { new MaterialContent(Testium, 10) }),
        });
        ExposureScorer context = Context(
            OnGoods("cars-cn", DE, CN, ItemClass.Product, PartCategory.Automotive, 0.25, "cars"),
            OnGoods("parts-jp", DE, JP, ItemClass.Component, PartCategory.Automotive, 0.10, "parts"),
            OnGoods("phones-jp", DE, JP, ItemClass.Component, PartCategory.Phone, 0.90, "phones"));

        ExposureReport report = context.Score(parts, "P");

        // Half the cars enter whole from CN at 25 %; of the half made in DE, the JP motor enters at 10 %; the phone
        // tariff does not reach car parts.
        Assert.Equal((0.5 * 0.25) + (0.5 * 0.10), report.CostImpactPartTariffs, 12);
        FlatMaterial line = context.Flatten(parts, "P").Materials.Single();
        Assert.Equal(new[] { new GoodsOrigin(CN, ItemClass.Product, PartCategory.Automotive), new GoodsOrigin(JP, ItemClass.Component, PartCategory.Automotive) }, line.ImportedGrams.Select(g => g.Key));
        Assert.Equal(new[] { 5.0, 5.0 }, line.ImportedGrams.Select(g => g.Value));

        CompiledCatalog catalog = CompiledCatalog.Compile(parts, Data, Data.GetBuyer("BLOC"));
        int p = catalog.PartNumbers.ToList().IndexOf("P");
        ExposureEngine.Score(CompiledScenario.Compile(context, catalog), p, out _, out double cost);
        Assert.Equal(report.CostImpact, cost, 6);
    }

    [Fact]
    public void A_tariff_that_displaces_a_layer_sets_it_aside_only_on_the_goods_it_covers()
    {
        // A 10 % surcharge on all goods from CN; a 25 % duty on cars displaces it on cars, not on car parts; an
        // exemption for phones is a 0 % tariff that displaces the surcharge.
        PolicyMeasure surcharge = PolicyMeasure.Tariff("surcharge", "s", DE, new MeasureScope(counterparties: new[] { CN }), 0.10, "section-122");
        PolicyMeasure cars = PolicyMeasure.Tariff("cars", "c", DE, new MeasureScope(counterparties: new[] { CN }, itemClasses: new[] { ItemClass.Product }, categories: new[] { PartCategory.Automotive }), 0.25, "section-232", displaces: new[] { "section-122" });
        PolicyMeasure phones = PolicyMeasure.Tariff("phones-exempt", "p", DE, new MeasureScope(counterparties: new[] { CN }, categories: new[] { PartCategory.Phone }), 0.0, "exemptions", displaces: new[] { "section-122" });
        var effects = new ShockEffects(Data.GetBuyer("BLOC"), new[] { surcharge, cars, phones }, ShockSeverity.Default);

        Assert.Equal(0.25, effects.AssembledGoodsTariff(CN, ItemClass.Product, PartCategory.Automotive), 12);
        Assert.Equal(0.10, effects.AssembledGoodsTariff(CN, ItemClass.Component, PartCategory.Automotive), 12);
        Assert.Equal(0.0, effects.AssembledGoodsTariff(CN, ItemClass.Product, PartCategory.Phone), 12);
        Assert.Equal(0.10, effects.CrossingTariff(Testium, StageKind.Processing, ItemClass.RefinedMaterial, CN, DE), 12);

        Assert.Contains("must not be the tariff's own layer", Assert.Throws<ArgumentException>(() =>
            PolicyMeasure.Tariff("self", "s", DE, MeasureScope.All, 0.1, "x", displaces: new[] { "x" })).Message);
        const string csv =
            "id,title,kind,issuer,destinations,materials,announced,effective,suspended_from,suspended_until,expires,rate,layer,quality,source,note,displaces\n" +
            "ban,Ban,export-ban,CN,US,gallium,2025-12-03,2025-12-03,,,,,,primary,test,,section-122\n";
        DataError error = Assert.Single(Assert.Throws<PolicyFormatException>(() => PolicyCsv.Read(new StringReader(csv), "ban.csv")).Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("'displaces' belongs to tariffs", error.Message);
    }

    [Fact]
    public void A_tariff_scoped_by_HS_code_reaches_only_parts_coded_under_it_and_the_engine_agrees()
    {
        // Two cars from CN, one battery-electric (8703.80) and one with no code; a 100 % duty on 8703.80 and 25 % on
        // every car, in one layer: the later, narrower row wins for the coded car only.
        var cn = CountryShares.Create((CN, 1.0));
        var parts = new PartCatalog(new[]
        {
            new Part("EV", "ev", PartCategory.Automotive, cn, new[] { new MaterialContent(Testium, 10) }, itemClass: ItemClass.Product, hsCode: "8703.80"),
            new Part("CAR", "car", PartCategory.Automotive, cn, new[] { new MaterialContent(Testium, 10) }, itemClass: ItemClass.Product),
        });
        PolicyMeasure allCars = PolicyMeasure.Tariff("cars", "c", DE, new MeasureScope(counterparties: new[] { CN }, itemClasses: new[] { ItemClass.Product }, categories: new[] { PartCategory.Automotive }), 0.25, "s301", MeasureWindow.Create(new DateTime(2019, 5, 10)));
        PolicyMeasure evs = PolicyMeasure.Tariff("evs", "e", DE, new MeasureScope(counterparties: new[] { CN }, hsCodes: new[] { "8703 80" }), 1.0, "s301", MeasureWindow.Create(new DateTime(2024, 9, 27)));
        ExposureScorer context = Context(allCars, evs);

        Assert.Equal(1.0, context.Score(parts, "EV").CostImpactPartTariffs, 12);
        Assert.Equal(0.25, context.Score(parts, "CAR").CostImpactPartTariffs, 12);
        Assert.Equal(new[] { "870380" }, evs.Scope.HsCodes);
        Assert.True(evs.Scope.CoversAssembledGood(ItemClass.Product, PartCategory.Other, "87038010"));
        Assert.False(evs.Scope.CoversAssembledGood(ItemClass.Product, PartCategory.Automotive, "870340"));

        CompiledCatalog catalog = CompiledCatalog.Compile(parts, Data, Data.GetBuyer("BLOC"));
        CompiledScenario compiled = CompiledScenario.Compile(context, catalog);
        foreach (string number in new[] { "EV", "CAR" })
        {
            ExposureEngine.Score(compiled, catalog.PartNumbers.ToList().IndexOf(number), out _, out double cost);
            Assert.Equal(context.Score(parts, number).CostImpact, cost, 6);
        }

        Assert.Contains("'87.03x' is not an HS code", Assert.Throws<ArgumentException>(() => new Part("X", "x", PartCategory.Other, cn, hsCode: "87.03x")).Message);
        Assert.Throws<ArgumentException>(() => new MeasureScope(hsCodes: new[] { "8" }));
        var bom = Assert.Throws<BomFormatException>(() => BomJson.Read("""{ "parts": [ { "partNumber": "A", "category": "other", "madeIn": "DE", "hsCode": 8703 } ] }""", "a.json"));
        Assert.Contains(bom.Errors, e => e.Message.StartsWith("$.parts[0].hsCode: must be an HS code", StringComparison.Ordinal));
    }

    [Fact]
    public void A_customs_union_tariff_is_applied_by_every_member_at_its_outer_border_only()
    {
        // BLOC (DE and FR) charges 20 % on refined testium and on products from CN; goods moving from DE to FR pay none.
        Buyer bloc = Data.GetBuyer("BLOC");
        CountryCode fr = CountryCode.Parse("FR");
        PolicyMeasure union = PolicyMeasure.CustomsUnionTariff("bloc-duty", "b", bloc, new MeasureScope(counterparties: new[] { CN, DE }), 0.20, "bloc");
        Assert.True(union.Issuer.IsCustomsUnion);
        Assert.Equal("BLOC", union.Issuer.Value);
        Assert.Equal(bloc.Members, union.Importers);

        var forBloc = new ShockEffects(bloc, new[] { union }, ShockSeverity.Default);
        var forFrance = new ShockEffects(Buyer.FromCountry(fr), new[] { union }, ShockSeverity.Default);
        var forJapan = new ShockEffects(Buyer.FromCountry(JP), new[] { union }, ShockSeverity.Default);
        Assert.Equal(0.20, forBloc.CrossingTariff(Testium, StageKind.Processing, ItemClass.RefinedMaterial, CN, fr), 12);
        Assert.Equal(0.0, forBloc.CrossingTariff(Testium, StageKind.Processing, ItemClass.RefinedMaterial, DE, fr)); // inside the union
        Assert.Equal(0.20, forFrance.AssembledGoodsTariff(CN, ItemClass.Product, PartCategory.Automotive), 12);
        Assert.Equal(0.0, forFrance.AssembledGoodsTariff(DE, ItemClass.Product, PartCategory.Automotive)); // DE is a member: no border
        Assert.Equal(0.0, forJapan.AssembledGoodsTariff(CN, ItemClass.Product, PartCategory.Automotive));

        Assert.Throws<ArgumentException>(() => PolicyMeasure.CustomsUnionTariff("one", "o", Buyer.FromCountry(DE), MeasureScope.All, 0.1, "x"));
        Assert.Throws<ArgumentException>(() => CountryCode.ForCustomsUnion("DE"));
        Assert.False(CountryCode.TryParse("EU", out _)); // a union is never a supplier or a made-in country

        const string csv =
            "id,title,kind,issuer,destinations,materials,announced,effective,suspended_from,suspended_until,expires,rate,layer,quality,source,note,item_classes,categories\n" +
            "cvd,CVD,tariff,EU,CN,*,2024-10-29,2024-10-30,,,,0.207,eu-cvd,secondary,test,,product,automotive\n" +
            "ban,Ban,export-ban,EU,CN,gallium,2024-10-29,2024-10-30,,,,,,secondary,test,,,\n";
        var error = Assert.Throws<PolicyFormatException>(() => PolicyCsv.Read(new StringReader(csv), "eu.csv"));
        Assert.Equal(3, Assert.Single(error.Errors).Line);
        Assert.Contains("'EU' is a customs union, which can issue tariffs only", error.Errors[0].Message);
        PolicyMeasure cvd = PolicyCsv.Read(new StringReader(string.Join("\n", csv.Split('\n').Take(2)) + "\n"), "eu.csv").Measures.Single();
        Assert.Equal(27, cvd.Importers.Count);
        Assert.Equal(0.207, new ShockEffects(EmbeddedData.Dataset.GetBuyer("DE"), new[] { cvd }, ShockSeverity.Default).AssembledGoodsTariff(CN, ItemClass.Product, PartCategory.Automotive), 12);
    }

    [Fact]
    public void A_company_rate_displaces_the_general_rate_on_that_makers_goods_only_and_the_engine_agrees()
    {
        // The EU's duty on Chinese BEVs: 20.7 % in general, 17.0 % on BYD's cars (a layer of its own that displaces the
        // general one on the goods it covers). A car with no maker, or another maker, pays the general rate.
        var cn = CountryShares.Create((CN, 1.0));
        var parts = new PartCatalog(new[]
        {
            new Part("BYD-EV", "ev", PartCategory.Automotive, cn, new[] { new MaterialContent(Testium, 10) }, itemClass: ItemClass.Product, maker: "BYD"),
            new Part("NIO-EV", "ev", PartCategory.Automotive, cn, new[] { new MaterialContent(Testium, 10) }, itemClass: ItemClass.Product, maker: "NIO"),
            new Part("ANY-EV", "ev", PartCategory.Automotive, cn, new[] { new MaterialContent(Testium, 10) }, itemClass: ItemClass.Product),
        });
        PolicyMeasure general = PolicyMeasure.Tariff("cvd", "c", DE, new MeasureScope(counterparties: new[] { CN }, itemClasses: new[] { ItemClass.Product }, categories: new[] { PartCategory.Automotive }), 0.207, "eu-cvd");
        PolicyMeasure byd = PolicyMeasure.Tariff("cvd-byd", "b", DE, new MeasureScope(counterparties: new[] { CN }, itemClasses: new[] { ItemClass.Product }, categories: new[] { PartCategory.Automotive }, makers: new[] { "byd" }), 0.170, "eu-cvd-byd", displaces: new[] { "eu-cvd" });
        ExposureScorer context = Context(general, byd);

        Assert.Equal(0.170, context.Score(parts, "BYD-EV").CostImpactPartTariffs, 12); // matched ignoring case
        Assert.Equal(0.207, context.Score(parts, "NIO-EV").CostImpactPartTariffs, 12);
        Assert.Equal(0.207, context.Score(parts, "ANY-EV").CostImpactPartTariffs, 12);
        Assert.False(byd.Scope.CoversMaterialCrossing(Testium, StageKind.Processing, ItemClass.RefinedMaterial)); // a maker's rate is on goods only

        CompiledCatalog catalog = CompiledCatalog.Compile(parts, Data, Data.GetBuyer("BLOC"));
        CompiledScenario compiled = CompiledScenario.Compile(context, catalog);
        foreach (string number in new[] { "BYD-EV", "NIO-EV", "ANY-EV" })
        {
            ExposureEngine.Score(compiled, catalog.PartNumbers.ToList().IndexOf(number), out _, out double cost);
            Assert.Equal(context.Score(parts, number).CostImpact, cost, 6);
        }

        // The embedded record carries the company rates of Implementing Regulation (EU) 2024/2754.
        ExposureScorer eu = SupplyRiskModel.Default.CreateScorer("DE", "current", Day);
        string Bev(string maker) =>
            "{ \"parts\": [ { \"partNumber\": \"EV\", \"category\": \"automotive\", \"madeIn\": \"CN\", \"itemClass\": \"product\", \"hsCode\": \"8703.80.10\""
            + (maker.Length == 0 ? string.Empty : ", \"maker\": \"" + maker + "\"")
            + ", \"materials\": [ { \"material\": \"copper\", \"grams\": 80000 } ] } ] }";
        double Rate(string maker) => eu.Score(BomJson.Read(Bev(maker), "ev.json").Parts, "EV").CostImpactPartTariffs;
        Assert.Equal(0.170, Rate("BYD"), 12);
        Assert.Equal(0.188, Rate("Geely"), 12);
        Assert.Equal(0.353, Rate("SAIC"), 12);
        Assert.Equal(0.078, Rate("Tesla"), 12);
        Assert.Equal(0.207, Rate(""), 12);

        Assert.Throws<ArgumentException>(() => new MeasureScope(makers: new[] { " " }));
        Assert.Contains("maker", Assert.Throws<ArgumentException>(() => new Part("X", "x", PartCategory.Other, cn, maker: "A\tB")).Message);
        Assert.Contains("$.parts[0].maker: must be a string", Assert.Throws<BomFormatException>(() => BomJson.Read("{ \"parts\": [ { \"partNumber\": \"A\", \"category\": \"other\", \"madeIn\": \"DE\", \"maker\": 7 } ] }", "a.json")).Message);
    }

    [Fact]
    public void A_part_flattened_for_another_buyer_or_none_is_refused_by_the_scorer()
    {
        ExposureScorer context = Context();
        var none = Assert.Throws<ArgumentException>(() => context.Score(Widget().Flatten("W")));
        Assert.Contains("flattened without an importer", none.Message);
        var other = Assert.Throws<ArgumentException>(() => context.Score(Widget().Flatten("W", importer: Buyer.FromCountry(CN))));
        Assert.Contains("for buyer 'CN'", other.Message);
    }

    [Fact]
    public void Only_tariffs_name_assembled_goods_or_categories_and_they_cannot_also_name_materials()
    {
        var cars = new MeasureScope(itemClasses: new[] { ItemClass.Product }, categories: new[] { PartCategory.Automotive });
        Assert.Contains("only a tariff can cover assembled goods", Assert.Throws<ArgumentException>(() => PolicyMeasure.ExportBan("b", "b", CN, cars)).Message);
        var mixed = new MeasureScope(new[] { Testium }, itemClasses: new[] { ItemClass.Product });
        Assert.Contains("cannot also name materials", Assert.Throws<ArgumentException>(() => PolicyMeasure.Tariff("t", "t", DE, mixed, 0.1, "x")).Message);
        Assert.Throws<ArgumentException>(() => new MeasureScope(categories: new[] { (PartCategory)42 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShockEffects(Data.GetBuyer("BLOC"), Array.Empty<PolicyMeasure>(), ShockSeverity.Default).AssembledGoodsTariff(CN, ItemClass.Magnet, PartCategory.Other));
    }

    [Fact]
    public void A_policy_file_naming_an_unknown_item_class_or_category_is_refused_with_file_line_and_field()
    {
        const string csv =
            "id,title,kind,issuer,destinations,materials,announced,effective,suspended_from,suspended_until,expires,rate,layer,quality,source,note,magnitude,stages,item_classes,categories\n" +
            "ok,Cars,tariff,US,CN,*,2025-03-26,2025-04-03,,,,0.25,autos,secondary,test,,,,product,automotive\n" +
            "bad-class,Widgets,tariff,US,CN,*,2025-03-26,2025-04-03,,,,0.25,autos,secondary,test,,,,widget,automotive\n" +
            "bad-category,Trucks,tariff,US,CN,*,2025-03-26,2025-04-03,,,,0.25,autos,secondary,test,,,,product,trucks\n";
        var error = Assert.Throws<PolicyFormatException>(() => PolicyCsv.Read(new StringReader(csv), "tariffs.csv"));
        Assert.Equal(new int?[] { 3, 4 }, error.Errors.Select(e => e.Line));
        Assert.All(error.Errors, e => Assert.Equal("tariffs.csv", e.File));
        Assert.Contains("item_classes: 'widget' is not an item class", error.Errors[0].Message);
        Assert.Contains("categories: 'trucks' is not a part category", error.Errors[1].Message);

        PolicyMeasure cars = PolicyCsv.Read(new StringReader(csv.Split('\n')[0] + "\n" + csv.Split('\n')[1] + "\n"), "ok.csv").Measures.Single();
        Assert.Equal(new[] { PartCategory.Automotive }, cars.Scope.Categories);
        Assert.True(cars.Scope.CoversAssembledGood(ItemClass.Product, PartCategory.Automotive));
        Assert.False(cars.Scope.CoversAssembledGood(ItemClass.Component, PartCategory.Automotive));
        Assert.False(cars.Scope.CoversMaterialCrossing(Testium, StageKind.Processing, ItemClass.RefinedMaterial));
    }
}
