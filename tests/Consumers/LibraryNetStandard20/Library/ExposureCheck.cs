using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Versioning;
using SupplyRisk;
using SupplyRisk.Criticality;
using SupplyRisk.Geography;

namespace Consumer
{
    /// <summary>Calls SupplyRisk's API from netstandard2.0 code and reports what it got.</summary>
    public static class ExposureCheck
    {
        /// <summary>The target framework of the SupplyRisk.dll that was loaded, e.g. ".NETStandard,Version=v2.0".</summary>
        public static string? LoadedSupplyRiskFramework =>
            typeof(SupplyRiskModel).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        /// <summary>Scores a small BOM and computes the EU method; returns the failed checks (none when all is well).</summary>
        public static IReadOnlyList<string> Run(TextWriter output)
        {
            var failures = new List<string>();
            var model = SupplyRiskModel.Default;

            // A BOM from JSON text (the JSON reader: System.Text.Json on netstandard2.0).
            const string bomJson = @"{ ""parts"": [
  { ""partNumber"": ""FAN-MOTOR"", ""name"": ""Cooling fan motor"", ""category"": ""automotive"", ""madeIn"": ""DE"", ""itemClass"": ""assembly"",
    ""materials"": [ { ""material"": ""copper"", ""grams"": 250, ""substitutability"": 0.3 } ],
    ""children"": [ { ""part"": ""FAN-MAGNETS"", ""quantity"": 1 } ] },
  { ""partNumber"": ""FAN-MAGNETS"", ""name"": ""NdFeB magnets"", ""category"": ""automotive"", ""madeIn"": ""CN"", ""itemClass"": ""magnet"",
    ""materials"": [ { ""material"": ""neodymium"", ""grams"": 20, ""substitutability"": 0.99 },
                     { ""material"": ""dysprosium"", ""grams"": 1, ""substitutability"": 1 } ] } ] }";
            string path = Path.Combine(Path.GetTempPath(), "supplyrisk-consumer-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(path, bomJson);
            try
            {
                var bom = model.ReadBom(path);
                var scorer = model.CreateScorer("EU", "trade-war-2025", new DateTime(2026, 12, 6));
                foreach (var r in scorer.ScoreAll(bom.Parts))
                {
                    output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                        "{0}: score {1:0.0}, output lost {2:P1}, top material {3}", r.PartNumber, r.Score, r.OutputLost, r.Materials[0].Material));
                    if (!(r.Score > 0 && r.Score <= 100)) failures.Add("score " + r.Score + " not in (0, 100]");
                }
            }
            finally
            {
                File.Delete(path);
            }

            // An ERP export (CsvHelper underneath), with options set through init accessors: both break when code
            // compiled against one build of a package meets another build at run time, unless the package allows for it.
            const string erp = "Parent;Component;Description;Quantity;Material;Mass;Unit\n"
                + "FAN;MAGNETS;Magnet set;2;;;\n"
                + "MAGNETS;RM-ND;Neodymium;;neodymium;10,5;g\n"
                + "FAN;RM-CU;Copper;;copper;0,2;kg\n";
            var erpBom = SupplyRisk.IO.ErpBomReader.Read(new StringReader(erp), "fan.csv",
                new SupplyRisk.IO.ErpBomOptions { Delimiter = ';', DecimalSeparator = ',' }, model.Data);
            double neodymium = 0;
            foreach (var m in erpBom.Parts.Flatten("FAN").Materials)
            {
                if (m.Material.Value == "neodymium") neodymium = m.Grams;
            }

            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "ERP BOM: {0} top-level part(s), neodymium {1} g per FAN", erpBom.TopLevelParts.Count, neodymium));
            if (Math.Abs(neodymium - 21.0) > 1e-9) failures.Add("ERP BOM neodymium " + neodymium + " g, expected 2 x 10.5 = 21");

            // The EU supply-risk method from published inputs.
            var globalSupply = new[]
            {
                new SupplierInput(CountryCode.Parse("CN"), 0.86, GovernanceScore.FromEstimate(-0.29)),
                new SupplierInput(CountryCode.Parse("VN"), 0.14, GovernanceScore.FromEstimate(-0.10), tradeFactor: 1.0),
            };
            var euSourcing = new[]
            {
                new SupplierInput(CountryCode.Parse("AT"), 0.60, GovernanceScore.FromEstimate(1.20), tradeFactor: 0.8),
                new SupplierInput(CountryCode.Parse("CN"), 0.40, GovernanceScore.FromEstimate(-0.29)),
            };
            SupplyRiskResult sr = EuSupplyRisk.Compute(globalSupply, euSourcing,
                importReliance: 0.80, endOfLifeRecyclingInputRate: 0.42, substitutionIndex: 0.96);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "EU method: SR {0:0.000}", sr.Value));
            if (Math.Abs(sr.Value - 1.490) > 0.0005) failures.Add("EU SR " + sr.Value + ", the README says 1.490");
            return failures;
        }
    }
}
