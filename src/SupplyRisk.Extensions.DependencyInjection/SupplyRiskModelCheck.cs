using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupplyRisk.IO;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>
/// An options type with no values whose start-up validation builds the <see cref="SupplyRiskModel"/> singleton, so
/// that a bad data file stops the host's start with every file/line problem instead of failing the first request.
/// (<c>ValidateOnStart</c> is the one start-up hook that Microsoft.Extensions.Options offers without a dependency on hosting.)
/// </summary>
internal sealed class SupplyRiskModelCheck
{
}

/// <summary>Builds the model at start-up and turns its data problems into validation failures.</summary>
internal sealed class SupplyRiskModelCheckValidator : IValidateOptions<SupplyRiskModelCheck>
{
    private readonly IServiceProvider _services;

    public SupplyRiskModelCheckValidator(IServiceProvider services) => _services = services;

    public ValidateOptionsResult Validate(string? name, SupplyRiskModelCheck options)
    {
        try
        {
            _ = _services.GetRequiredService<SupplyRiskModel>();
            return ValidateOptionsResult.Success;
        }
        catch (OptionsValidationException)
        {
            // The options' own validation reports these problems; listing them twice would not help.
            return ValidateOptionsResult.Skip;
        }
        catch (DataFormatException e)
        {
            return ValidateOptionsResult.Fail(e.Errors.Select(error => "SupplyRisk data: " + error));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return ValidateOptionsResult.Fail("SupplyRisk data: " + e.Message);
        }
    }
}
