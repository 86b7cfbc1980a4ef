using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EntityKit.Json;

namespace EntityKit.Tests.Json;

/// <summary>docs/schema/article-analysis.schema.json and the record's definition (<see cref="ArticleAnalysisRecord"/>)
/// stay in sync: the same members at every level, the same required ones, the same boilerplate kinds. A new member
/// in the record fails here until the schema describes it.</summary>
public sealed class ArticleAnalysisSchemaTests
{
    private static readonly JsonElement Schema = LoadSchema();

    [Fact]
    public void Schema_EveryObjectHasExactlyTheRecordsMembersInTheSameOrder()
    {
        foreach (var (path, type, schema) in ObjectsOfTheRecord())
        {
            var recordMembers = type.Properties.OrderBy(p => p.Order).Select(p => p.Name).ToList();
            var schemaMembers = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            Assert.True(
                recordMembers.SequenceEqual(schemaMembers),
                $"{path}: the record has [{string.Join(", ", recordMembers)}], the schema [{string.Join(", ", schemaMembers)}]; update docs/schema/article-analysis.schema.json");
        }
    }

    [Fact]
    public void Schema_RequiredMembersAreTheRecordsRequiredMembers()
    {
        foreach (var (path, type, schema) in ObjectsOfTheRecord())
        {
            var recordRequired = type.Properties.Where(p => p.IsRequired).Select(p => p.Name).Order(StringComparer.Ordinal);
            var schemaRequired = schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
            Assert.Equal(recordRequired, schemaRequired);
            Assert.False(schema.GetProperty("additionalProperties").GetBoolean(), $"{path}: the schema must reject unknown members");
        }
    }

    [Fact]
    public void Schema_BoilerplateKindsAreTheEnumsNames()
    {
        var kinds = Definition("boilerplate").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!);

        Assert.Equal(Enum.GetNames<BoilerplateKind>(), kinds);
    }

    [Fact]
    public void Schema_OptionalMembersAreLeftOutWhenNull()
    {
        // A member the schema does not require must be absent, not null, when it has no value.
        var json = ArticleAnalysisJson.Serialize(new ArticleAnalysisRecord { Id = "a", Sentences = [], Mentions = [], Entities = [], Error = null });

        Assert.Equal("""{"id":"a","sentences":[],"mentions":[],"entities":[],"error":null}""", json);
    }

    /// <summary>Every object type of the record with its path and its schema, found by walking the record's
    /// source-generated metadata and following the schema's <c>$ref</c>s.</summary>
    private static IEnumerable<(string Path, JsonTypeInfo Type, JsonElement Schema)> ObjectsOfTheRecord()
    {
        var pending = new Queue<(string, JsonTypeInfo, JsonElement)>();
        pending.Enqueue(("record", ArticleAnalysisJson.TypeInfo, Schema));
        while (pending.TryDequeue(out var item))
        {
            yield return item;
            var (path, type, schema) = item;
            foreach (var property in type.Properties)
            {
                var memberType = type.Options.GetTypeInfo(property.PropertyType);
                var memberSchema = Resolve(schema.GetProperty("properties").GetProperty(property.Name));
                if (memberType.Kind == JsonTypeInfoKind.Enumerable && memberSchema.TryGetProperty("items", out var items))
                {
                    memberType = type.Options.GetTypeInfo(memberType.ElementType!);
                    memberSchema = Resolve(items);
                }

                if (memberType.Kind == JsonTypeInfoKind.Object)
                {
                    pending.Enqueue(($"{path}.{property.Name}", memberType, memberSchema));
                }
            }
        }
    }

    private static JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? Definition(reference.GetString()!["#/$defs/".Length..]) : schema;

    private static JsonElement Definition(string name) => Schema.GetProperty("$defs").GetProperty(name);

    private static JsonElement LoadSchema()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "schema", "article-analysis.schema.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }
}
