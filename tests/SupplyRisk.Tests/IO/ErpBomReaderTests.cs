using System;
using System.IO;
using System.Linq;
using System.Text;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Tests.IO;

public sealed class ErpBomReaderTests
{
    private static readonly ReferenceDataset Data = EmbeddedData.Dataset;

    private static ErpBomResult Read(string csv, ErpBomOptions? options = null) =>
        ErpBomReader.Read(new StringReader(csv), "bom.csv", options ?? ErpBomOptions.Default, Data);

    private static BomFormatException Refused(string csv, ErpBomOptions? options = null) =>
        Assert.Throws<BomFormatException>(() => Read(csv, options));

    private static double Flat(ErpBomResult result, string part, string material) =>
        result.Parts.Flatten(part).Materials.Single(m => m.Material == MaterialId.From(material)).Grams;

    [Fact]
    public void A_SAP_CS12_export_with_semicolons_decimal_commas_and_kg_reads_into_the_tree_it_describes()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "IO", "ErpBoms", "sap-cs12.csv");
        ErpBomResult result = ErpBomReader.Read(path, new ErpBomOptions { Columns = ErpBomColumns.Sap, RootPartNumber = "BEV-1" }, Data);

        Assert.Equal(new[] { "BEV-1" }, result.TopLevelParts.Select(p => p.PartNumber));
        Assert.Equal("BEV-1", result.Catalog.Products.Single().RootPart);
        Part magnet = result.Parts.Get("MAG-7");
        Assert.Equal("NdFeB magnet; sintered", magnet.Name);
        Assert.Equal(CountryCode.Parse("CN"), magnet.MadeIn.Entries.Single().Country);
        Assert.Equal(new[] { ("dysprosium", 40.0), ("neodymium", 300.0) }, magnet.Materials.Select(m => (m.Material.Value, m.Grams)).OrderBy(m => m.Item1).Select(m => (m.Item1, Math.Round(m.Item2, 9))));
        Assert.Equal(new[] { ("MAG-7", 2.0), ("WIRE-CU", 1.0) }, result.Parts.Get("MOTOR-100").Children.Select(c => (c.ChildPartNumber, c.Quantity)));
        Assert.Equal(5500, result.Parts.Get("WIRE-CU").Materials.Single().Grams, 9);
        Assert.True(result.Parts.Get("WIRE-CU").MadeIn.Entries.Single().Country.IsRestOfWorld, "an empty made-in is the documented default, ROW");
        // MAG-7 is exploded twice (under MOTOR-100 and under BEV-1): its lines are read once, not doubled.
        Assert.Equal(900, Flat(result, "BEV-1", "neodymium"), 9);
        Assert.Equal(120, Flat(result, "BEV-1", "dysprosium"), 9);
        Assert.Equal(5500, Flat(result, "BEV-1", "copper"), 9);
        Assert.Empty(result.SkippedMaterials);
    }

    [Fact]
    public void An_indented_file_with_plain_levels_and_a_level_0_root_reads_parents_from_the_levels()
    {
        const string csv = "Level,Component,Description,Quantity,Material,Mass,Unit,Made in\n"
            + "0,CAR,Car,1,,,,DE\n"
            + "1,DOOR,Door,4,,,,PL\n"
            + "2,,,,copper,0.25,kg,\n"
            + "1,MOTOR,Motor,1,,,,\"CN:0.6;JP:0.4\"\n"
            + "2,MAG,Magnet,3,,,,CN\n"
            + "3,,,,dysprosium,12,g,\n"
            + "2,,,,copper,2000,g,\n";
        ErpBomResult result = Read(csv);

        Assert.Equal(new[] { "CAR" }, result.TopLevelParts.Select(p => p.PartNumber));
        Assert.Equal(new[] { ("DOOR", 4.0), ("MOTOR", 1.0) }, result.Parts.Get("CAR").Children.Select(c => (c.ChildPartNumber, c.Quantity)));
        Assert.Equal(0.6, result.Parts.Get("MOTOR").MadeIn.Entries.Single(e => e.Country == CountryCode.Parse("CN")).Share, 12);
        Assert.Equal(4 * 250 + 2000, Flat(result, "CAR", "copper"), 9);
        Assert.Equal(36, Flat(result, "CAR", "dysprosium"), 9);
    }

    [Fact]
    public void A_flat_parent_child_file_separated_by_tabs_reads_with_the_separator_detected()
    {
        const string csv = "Parent\tComponent\tDescription\tQuantity\tMaterial\tMass\tUnit\n"
            + "PHONE\tBOARD\tMain board\t1\t\t\t\n"
            + "PHONE\tBATTERY\tBattery\t1\t\t\t\n"
            + "BATTERY\tRM-CO\tCobalt\t\tcobalt\t19800\tmg\n"
            + "BOARD\tRM-CU\tCopper\t\tcopper\t0.015\tkg\n";
        ErpBomResult result = Read(csv);

        Assert.Equal(new[] { "PHONE" }, result.TopLevelParts.Select(p => p.PartNumber));
        Assert.Equal(19.8, Flat(result, "PHONE", "cobalt"), 9);
        Assert.Equal(15, Flat(result, "PHONE", "copper"), 9);
        Assert.Equal("PHONE", result.Parts.Get("PHONE").Name); // a part named only as a parent has no description: its number
    }

    [Fact]
    public void The_same_component_under_one_parent_and_the_same_material_in_one_part_on_several_lines_are_summed()
    {
        const string csv = "Parent;Component;Description;Quantity;Material;Mass;Unit\n"
            + "ASM;SCREW;Screw M4;2;;;\n"
            + "ASM;SCREW;Screw M4;3,5;;;\n"
            + "SCREW;;;;copper;1,5;g\n"
            + "SCREW;;;;copper;0,5;g\n";
        ErpBomResult result = Read(csv);

        Assert.Equal(5.5, result.Parts.Get("ASM").Children.Single().Quantity, 12);
        Assert.Equal(2, result.Parts.Get("SCREW").Materials.Single().Grams, 12);
        Assert.Equal(11, Flat(result, "ASM", "copper"), 9);
    }

    [Fact]
    public void Unknown_materials_fail_by_default_and_the_error_lists_every_one_with_its_first_line()
    {
        const string csv = "Parent,Component,Quantity,Material,Mass\n"
            + "P,,,unobtainium,5\n"
            + "P,,,copper,5\n"
            + "P,,,kryptonite,1\n"
            + "Q,,,unobtainium,2\n";
        BomFormatException e = Refused(csv);

        Assert.Equal(2, e.Errors.Count);
        Assert.Equal(("unobtainium", 2), (e.Errors[0].Material, e.Errors[0].Line!.Value));
        Assert.Equal(("kryptonite", 4), (e.Errors[1].Material, e.Errors[1].Line!.Value));
        Assert.Contains("2 line(s): 2, 5", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("unobtainium", e.Message, StringComparison.Ordinal);
        Assert.Contains("kryptonite", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_materials_can_be_skipped_and_are_then_reported_while_the_rest_is_read()
    {
        const string csv = "Parent,Component,Quantity,Material,Mass,Unit\n"
            + "P,C,2,,,\n"
            + "C,,,unobtainium,5,g\n"
            + "C,,,copper,5,g\n"
            + "P,,,unobtainium,0.5,kg\n";
        ErpBomResult result = Read(csv, new ErpBomOptions { UnknownMaterials = UnknownMaterialHandling.SkipAndReport });

        SkippedMaterial skipped = Assert.Single(result.SkippedMaterials);
        Assert.Equal("unobtainium", skipped.Material);
        Assert.Equal(new[] { 3, 5 }, skipped.Lines);
        Assert.Equal(505, skipped.Grams, 9);
        Assert.Equal(10, Flat(result, "P", "copper"), 9);
        Assert.Empty(result.Parts.Get("P").Materials);
    }

    [Fact]
    public void A_bad_quantity_is_an_error_naming_the_file_the_line_and_the_column()
    {
        const string csv = "Level;Component number;Comp. Qty (BUn);Un;Substance\n"
            + "0;ROOT;1;PC;\n"
            + "1;A;1.000;PC;\n"
            + "1;B;-2;PC;\n"
            + "1;C;abc;PC;\n";
        BomFormatException e = Refused(csv, new ErpBomOptions { Columns = ErpBomColumns.Sap });

        Assert.Equal(new int?[] { 3, 4, 5 }, e.Errors.Select(x => x.Line));
        Assert.All(e.Errors, x => Assert.Equal("bom.csv", x.File));
        Assert.All(e.Errors, x => Assert.Contains("'Comp. Qty (BUn)'", x.Message, StringComparison.Ordinal));
        Assert.Contains("bom.csv line 3: 'Comp. Qty (BUn)' is '1.000', not a finite number with decimal separator ','", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_that_are_unknown_or_do_not_fit_the_line_are_refused()
    {
        const string csv = "Parent,Component,Quantity,Material,Unit\n"
            + "P,A,2,,kg\n"
            + "P,B,2,,m\n"
            + "P,,3,copper,lb\n"
            + "P,,3,copper,PC\n"
            + "P,,3,copper,\n";
        BomFormatException e = Refused(csv);

        Assert.Equal(new int?[] { 2, 3, 4, 5, 6 }, e.Errors.Select(x => x.Line));
        Assert.Contains("a mass unit, on a component line", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("not a unit read here", e.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("not a mass unit", e.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("not a mass unit", e.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("is empty on a material line", e.Errors[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicting_descriptions_name_both_lines_and_a_shared_assembly_exploded_differently_is_refused()
    {
        const string descriptions = "Parent,Component,Description,Quantity,Material\nP,A,Bolt,1,\nQ,A,Nut,1,\n";
        DataError conflict = Assert.Single(Refused(descriptions).Errors);
        Assert.Equal(3, conflict.Line);
        Assert.Contains("on line 2", conflict.Message, StringComparison.Ordinal);

        const string explosions = "Level,Component,Quantity,Material,Mass\n0,R,1,,\n1,S,1,,\n2,,,copper,5\n1,T,1,,\n2,S,1,,\n3,,,copper,6\n";
        DataError differs = Assert.Single(Refused(explosions).Errors);
        Assert.Equal(6, differs.Line);
        Assert.Contains("than on line 3", differs.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Structural_problems_are_errors_a_cycle_a_level_jump_a_missing_root_and_missing_columns()
    {
        Assert.Contains("cycle", Refused("Parent,Component,Quantity,Material\nA,B,1,\nB,A,1,\n").Message, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(Refused("Level,Component,Quantity,Material\n0,A,1,\n2,B,1,\n").Errors).Line);
        Assert.Contains("RootPartNumber", Assert.Single(Refused("Level,Component,Quantity,Material\n1,A,1,\n").Errors).Message, StringComparison.Ordinal);
        Assert.Contains("lacks the material column", Refused("Parent,Component,Quantity\nA,B,1\n").Message, StringComparison.Ordinal);
        Assert.Contains("both a parent column", Refused("Parent,Level,Component,Quantity,Material\nA,1,B,1,\n").Message, StringComparison.Ordinal);
        Assert.Contains("as many", Refused("Parent;Component,Quantity;Material,x\n").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_part_limit_of_BomLimits_stops_the_read()
    {
        BomFormatException e = Refused("Parent,Component,Quantity,Material\nA,B,1,\nA,C,1,\nA,D,1,\n", new ErpBomOptions { Limits = new BomLimits(maxParts: 3) });
        Assert.Contains("BomLimits.MaxParts", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(4, e.Errors[0].Line);
    }

    [Fact]
    public void A_stream_is_decoded_strictly_as_files_are()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes("Parent,Component,Description,Quantity,Material\nA,B,Schraube M\u00F6,1,\n");
        IOException e = Assert.Throws<IOException>(() => ErpBomReader.Read(new MemoryStream(latin1), "latin1.csv", ErpBomOptions.Default, Data));
        Assert.Contains("latin1.csv", e.Message, StringComparison.Ordinal);

        byte[] utf8 = Encoding.UTF8.GetBytes("Parent,Component,Description,Quantity,Material\nA,B,Schraube M\u00F6,1,\n");
        Assert.Equal("Schraube M\u00F6", ErpBomReader.Read(new MemoryStream(utf8), "utf8.csv", ErpBomOptions.Default, Data).Parts.Get("B").Name);
    }

    [Fact]
    public void Options_refuse_what_they_cannot_read()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ErpBomOptions { Delimiter = '|' });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ErpBomOptions { DecimalSeparator = ';' });
        Assert.Throws<ArgumentException>(() => new ErpBomOptions { RootPartNumber = " " });
        Assert.Throws<ArgumentException>(() => new ErpBomColumns { Component = new[] { "Part", "part " } });
        string[] names = { "Item" };
        var columns = new ErpBomColumns { Component = names };
        names[0] = "changed";
        Assert.Equal("Item", columns.Component.Single()); // the caller's array is copied, not kept
    }

    [Fact]
    public void The_same_BOM_as_native_BOM_CSV_and_as_an_ERP_export_flattens_to_equal_material_totals()
    {
        const string native = "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n"
            + "CAR,Car,other,DE,MOTOR,1,,,\n"
            + "CAR,,,,DOOR,4,copper,1200,\n"
            + "MOTOR,Motor,other,JP,MAG,2.5,copper,5000,\n"
            + "MAG,Magnet,other,CN,,,neodymium,300,\n"
            + "MAG,,,,,,dysprosium,40,\n"
            + "DOOR,Door,other,PL,,,copper,250,\n";
        const string erp = "Level;Component;Description;Quantity;Material;Mass;Unit;Made in\n"
            + "0;CAR;Car;1;;;;DE\n"
            + "1;MOTOR;Motor;1;;;;JP\n"
            + "2;MAG;Magnet;2,5;;;;CN\n"
            + "3;RM-1;NdFeB;;neodymium;0,3;kg;\n"
            + "3;RM-2;Dy;;Dysprosium;40000;mg;\n"
            + "2;RM-3;Cu;;copper;5;kg;\n"
            + "1;DOOR;Door;2;;;;PL\n"
            + "2;RM-3;Cu;;copper;250;g;\n"
            + "1;DOOR;Door;2;;;;PL\n"
            + "2;RM-3;Cu;;copper;250;g;\n"
            + "1;RM-3;Cu;;copper;1,2;kg;\n";
        FlatPart fromNative = BomCsv.Read(new StringReader(native), "bom.csv").Parts.Flatten("CAR");
        ErpBomResult fromErp = Read(erp);
        FlatPart flat = fromErp.Parts.Flatten("CAR");

        Assert.Equal(fromNative.Materials.Select(m => m.Material), flat.Materials.Select(m => m.Material));
        foreach (var (a, b) in fromNative.Materials.Zip(flat.Materials))
        {
            Assert.Equal(a.Grams, b.Grams, 9);
        }

        Assert.Equal(
            BomCsv.Read(new StringReader(native), "bom.csv").Parts.Parts.Select(p => (p.PartNumber, p.Name, p.MadeIn.Entries.Single().Country)).OrderBy(p => p.PartNumber),
            fromErp.Parts.Parts.Select(p => (p.PartNumber, p.Name, p.MadeIn.Entries.Single().Country)).OrderBy(p => p.PartNumber));
    }

    [Fact]
    public void An_item_class_column_makes_a_magnet_a_magnet_so_that_Chinas_licences_reach_it_across_the_border()
    {
        // A Japanese motor with a Chinese-made magnet. Classed as a magnet, its dysprosium crosses China's border inside
        // the magnet and the April 2025 licences bite; left a component, the dysprosium is consumed where the magnet is made.
        string Bom(string magnetClass) =>
            "Parent,Component,Description,Material,Quantity,Unit,Made in,Item class,HS code\n" +
            ",MOTOR,Traction motor,,1,PC,JP,assembly,8501.53\n" +
            "MOTOR,MAG,NdFeB magnet,,2,PC,CN," + magnetClass + ",8505.11\n" +
            "MAG,RM-DY,Dysprosium,dysprosium,40,g,,,\n" +
            "MAG,RM-ND,Neodymium,neodymium,300,g,,,\n";
        ErpBomResult magnet = Read(Bom("magnet"));
        ErpBomResult component = Read(Bom(""));
        Assert.Equal(SupplyRisk.Materials.ItemClass.Magnet, magnet.Parts.Get("MAG").ItemClass);
        Assert.Equal(SupplyRisk.Materials.ItemClass.Component, component.Parts.Get("MAG").ItemClass);
        Assert.Equal("850511", magnet.Parts.Get("MAG").HsCode);
        Assert.Equal(SupplyRisk.Materials.ItemClass.Assembly, magnet.Parts.Get("MOTOR").ItemClass);

        var scorer = SupplyRiskModel.Default.CreateScorer("JP", "cn-ree-licensing-2025", new DateTime(2026, 11, 28));
        double asMagnet = scorer.Score(magnet.Parts, "MOTOR").Materials.Single(m => m.Material == MaterialId.From("dysprosium")).MinimumAvailability;
        double asComponent = scorer.Score(component.Parts, "MOTOR").Materials.Single(m => m.Material == MaterialId.From("dysprosium")).MinimumAvailability;
        Assert.True(asMagnet < asComponent, $"classed as a magnet, the dysprosium's lowest availability ({asMagnet:P1}) is below the component's ({asComponent:P1})");
    }

    [Fact]
    public void Item_class_and_HS_code_must_be_valid_agree_across_a_parts_rows_and_stay_off_material_lines()
    {
        const string Header = "Parent,Component,Material,Quantity,Unit,Item class,HS code\n";
        Assert.Contains("'Item class' is 'magnit', not an item class", Refused(Header + ",A,,1,PC,magnit,\nA,X,copper,1,g,,\n").Message, StringComparison.Ordinal);
        Assert.Contains("'HS code' is '85A', not an HS code", Refused(Header + ",A,,1,PC,,85A\nA,X,copper,1,g,,\n").Message, StringComparison.Ordinal);
        string twice = Header + ",A,,1,PC,assembly,\nA,B,,1,PC,magnet,\nA,B,,1,PC,component,\nB,X,copper,1,g,,\n";
        Assert.Contains("part 'B' is classed as 'component' here but 'magnet' on line 3", Refused(twice).Message, StringComparison.Ordinal);
        Assert.Contains("'Item class' is given on a material line", Refused(Header + ",A,,1,PC,,\nA,X,copper,1,g,magnet,\n").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_are_skipped_above_the_header_only_and_line_numbers_count_them()
    {
        const string Csv =
            "# exported from ERP\n" +
            "\n" +
            "Parent,Component,Material,Quantity,Unit\n" +
            ",A,,1,PC\n" +
            "A,#C1,,1,PC\n" +
            "#C1,X,neodymium,5,g\n";
        ErpBomResult result = Read(Csv);
        Assert.Equal(5, Flat(result, "A", "neodymium"), 9); // the row whose part number starts with # is data, not a comment

        DataError error = Assert.Single(Refused(Csv + "A,B,,lots,PC\n").Errors);
        Assert.Equal(7, error.Line); // counted from the file's first line, comments and blanks included
    }
}
