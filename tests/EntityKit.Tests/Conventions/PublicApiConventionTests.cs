using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using EntityKit.Lexicon;

namespace EntityKit.Tests.Conventions;

/// <summary>
/// Conventions of the core package's public surface that the compiler does not enforce. The members themselves are
/// guarded by the public API baseline (src/EntityKit/PublicAPI.*.txt); these tests guard how they are shaped.
/// Each test lists every offender, so a failure says what to fix.
/// </summary>
public sealed class PublicApiConventionTests
{
    /// <summary>Value types that are mutable on purpose, with the reason.</summary>
    private static readonly Dictionary<Type, string> DeliberatelyMutableStructs = new()
    {
        [typeof(GazetteerHits)] = "filled in place, token by token, in the caller's span by Gazetteer.Annotate (no copy per token)",
    };

    private static readonly Type[] PublicTypes = typeof(Article).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealed_UnlessAbstractWithAClosedHierarchy()
    {
        // A public abstract class is a closed hierarchy when no outside code can call its constructors
        // (private protected or private ones only), like TokenPredicate.
        var offenders = PublicTypes
            .Where(type => type.IsClass && !type.IsSealed && !typeof(Delegate).IsAssignableFrom(type))
            .Where(type => !type.IsAbstract || type
                .GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(constructor => constructor.IsPublic || constructor.IsFamily || constructor.IsFamilyOrAssembly))
            .Select(type => type.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicProperties_HaveNoPublicSetter_OnlyInit()
    {
        var offenders = PublicTypes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(property => property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(property => $"{property.DeclaringType!.FullName}.{property.Name}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicFields_AreReadOnlyOrConstant_OutsideDeliberatelyMutableStructs()
    {
        var offenders = PublicTypes
            .Where(type => !DeliberatelyMutableStructs.ContainsKey(type))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsInitOnly && !field.IsLiteral && !field.DeclaringType!.IsEnum)
            .Select(field => $"{field.DeclaringType!.FullName}.{field.Name}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicStructs_AreReadOnly_UnlessMutableOnPurpose()
    {
        var offenders = PublicTypes
            .Where(type => type.IsValueType && !type.IsEnum && !IsReadOnlyStruct(type))
            .Where(type => !DeliberatelyMutableStructs.ContainsKey(type))
            .Select(type => type.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void DeliberatelyMutableStructs_AreStillPublicMutableStructs()
    {
        // Keeps the exception list honest: an entry that became readonly or internal must leave it.
        foreach (var type in DeliberatelyMutableStructs.Keys)
        {
            Assert.True(type.IsPublic && type.IsValueType && !IsReadOnlyStruct(type), $"{type.FullName} no longer needs its exception");
        }
    }

    [Fact]
    public void CoreAssembly_ReferencesOnlyTheBclAngleSharpAndSmartReader()
    {
        // The runtime never loads the training stack (EntityKit.Training) or anything else outside the BCL
        // besides the HTML article extraction of Article.FromHtml.
        var outsideTheBcl = typeof(Article).Assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name != "netstandard" && name != "mscorlib" && !name.StartsWith("System.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["AngleSharp", "SmartReader"], outsideTheBcl);
    }

    [Fact]
    public void OptionProperties_SayTheirDefaultInTheirDocumentation()
    {
        // Every settable member of an *Options type tells the reader what it is when not set: "default" in its text
        // or a reference to a Default… constant. Reads the XML documentation the package ships beside the assembly.
        var documentation = XDocument.Load(Path.ChangeExtension(typeof(Article).Assembly.Location, ".xml"))
            .Descendants("member")
            .ToDictionary(member => (string)member.Attribute("name")!, member => string.Concat(member.Nodes()));
        var optionTypes = PublicTypes.Where(type => type.IsClass && type.Name.EndsWith("Options", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(optionTypes);

        var offenders = optionTypes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(property => property.SetMethod is { IsPublic: true })
            .Select(property => $"P:{property.DeclaringType!.FullName!.Replace('+', '.')}.{property.Name}")
            .Where(name => !documentation.TryGetValue(name, out var xml) || !xml.Contains("default", StringComparison.OrdinalIgnoreCase));

        Assert.Empty(offenders);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsReadOnlyStruct(Type type) => type.GetCustomAttribute<IsReadOnlyAttribute>() is not null;
}
