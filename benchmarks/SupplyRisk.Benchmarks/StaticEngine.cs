using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System;
using SupplyRisk.Engine;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// The static kernel that scored catalogs before the time model (commit c6c8040, 2026-12-01), kept here as a timing
/// baseline only: it reads double-precision copies of today's value, σ and inside-value columns (its layout then, 26
/// bytes per entry) and the country arrays, with one static shortfall per material and the first content rule's terms
/// per material and country, and does the same arithmetic it did then (four sets of sums per row). Its scores mean nothing today; its time is what the time model is
/// compared against ("within 3× of today's static engine").
/// </summary>
internal sealed class StaticEngine
{
    private readonly CompiledCatalog _catalog;
    private readonly Terms[] _terms;
    private readonly (double PartTariff, double Bites)[] _countries;
    private readonly double _threshold;
    private readonly double _cut;
    private readonly double[] _value;
    private readonly double[] _sigma;
    private readonly double[] _inside;

    public StaticEngine(CompiledScenario scenario)
    {
        _catalog = scenario.Catalog;
        _value = Array.ConvertAll(_catalog.EntryValue, v => (double)v);
        _sigma = Array.ConvertAll(_catalog.EntrySubstitutability, v => (double)v);
        _inside = Array.ConvertAll(_catalog.EntryValue, v => (double)v); // the inside-value column it read then, same size
        int m = _catalog.Materials.Count;
        _terms = new Terms[m];
        for (int i = 0; i < m; i++)
        {
            // Any per-material numbers do: the time of the arithmetic does not depend on them.
            double shortfall = (i % 3) * 0.2;
            _terms[i] = new Terms(0.1 + (0.01 * i), shortfall, i % 2 == 0 ? 0.5 : 0, 0.05);
        }

        _countries = new (double, double)[_catalog.Origins.Count];
        for (int k = 0; k < _countries.Length; k++)
        {
            _countries[k] = (0.1, k % 2);
        }

        _threshold = 0.001;
        _cut = 0.6;
    }

    public void Score(Span<double> scores)
    {
        CompiledCatalog c = _catalog;
        int[] rowStart = c.RowStart;
        ref int outsideStart = ref First(c.OutsideStart);
        ref int outsideCountry = ref First(c.OutsideCountry);
        ref double outsideValue = ref First(c.OutsideValue);
        ref (double PartTariff, double Bites) countryTerms = ref First(_countries);
        for (int p = 0; p < scores.Length; p++)
        {
            SumEntries(c.EntryMaterial, _value, _sigma, _inside, _terms, rowStart[p], rowStart[p + 1], out double total, out double risk, out double f, out double controlled, out double tariff);
            double affected = 0;
            int countriesEnd = Unsafe.Add(ref outsideStart, p + 1);
            for (int j = Unsafe.Add(ref outsideStart, p); j < countriesEnd; j++)
            {
                ref (double PartTariff, double Bites) t = ref Unsafe.Add(ref countryTerms, Unsafe.Add(ref outsideCountry, j));
                double w = Unsafe.Add(ref outsideValue, j);
                tariff += w * t.PartTariff;
                affected += w * t.Bites;
            }

            if (total > 0)
            {
                double share = controlled / total;
                f = Math.Max(f, share < _threshold || share <= 0 ? 0 : affected / total * _cut);
            }

            double structuralRisk = total > 0 ? risk / total : 0;
            scores[p] = 100.0 * ((structuralRisk * (1.0 - f)) + f) + (tariff * 0);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SumEntries(ushort[] materials, double[] values, double[] sigmas, double[] insides, Terms[] terms, int start, int end, out double total, out double risk, out double f, out double controlled, out double tariff)
    {
        ref ushort material = ref First(materials);
        ref double value = ref First(values);
        ref double sigma = ref First(sigmas);
        ref double inside = ref First(insides);
        ref Terms term = ref First(terms);
        double total0 = 0, total1 = 0, total2 = 0, total3 = 0;
        double risk0 = 0, risk1 = 0, risk2 = 0, risk3 = 0;
        double f0 = 0, f1 = 0, f2 = 0, f3 = 0;
        double controlled0 = 0, controlled1 = 0, controlled2 = 0, controlled3 = 0;
        double tariff0 = 0, tariff1 = 0, tariff2 = 0, tariff3 = 0;
        int e = start;
        for (; e + 3 < end; e += 4)
        {
            Add(ref term, ref material, ref value, ref sigma, ref inside, e, ref total0, ref risk0, ref f0, ref controlled0, ref tariff0);
            Add(ref term, ref material, ref value, ref sigma, ref inside, e + 1, ref total1, ref risk1, ref f1, ref controlled1, ref tariff1);
            Add(ref term, ref material, ref value, ref sigma, ref inside, e + 2, ref total2, ref risk2, ref f2, ref controlled2, ref tariff2);
            Add(ref term, ref material, ref value, ref sigma, ref inside, e + 3, ref total3, ref risk3, ref f3, ref controlled3, ref tariff3);
        }

        for (; e < end; e++)
        {
            Add(ref term, ref material, ref value, ref sigma, ref inside, e, ref total0, ref risk0, ref f0, ref controlled0, ref tariff0);
        }

        total = (total0 + total1) + (total2 + total3);
        risk = (risk0 + risk1) + (risk2 + risk3);
        f = Math.Max(Math.Max(f0, f1), Math.Max(f2, f3));
        controlled = (controlled0 + controlled1) + (controlled2 + controlled3);
        tariff = (tariff0 + tariff1) + (tariff2 + tariff3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref Terms term, ref ushort material, ref double value, ref double sigma, ref double inside, int e, ref double total, ref double risk, ref double f, ref double controlled, ref double tariff)
    {
        ref Terms t = ref Unsafe.Add(ref term, Unsafe.Add(ref material, e));
        double v = Unsafe.Add(ref value, e);
        double sg = Unsafe.Add(ref sigma, e);
        total += v;
        risk += v * sg * t.Structural;
        f = double.MaxNative(f, sg * t.Shortfall);
        controlled += v * t.ControlledShare;
        tariff += Unsafe.Add(ref inside, e) * t.RawTariff;
    }

    private static ref T First<T>(T[] array) => ref MemoryMarshal.GetReference(array.AsSpan());

    private readonly record struct Terms(double Structural, double Shortfall, double ControlledShare, double RawTariff);
}
